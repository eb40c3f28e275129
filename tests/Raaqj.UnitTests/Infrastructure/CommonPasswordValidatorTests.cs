using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Infrastructure.Identity;

namespace Raaqj.UnitTests.Infrastructure;

public sealed class CommonPasswordValidatorTests
{
    // Well-known breached passwords of 12 characters or more (the attack run found these accepted).
    [Theory]
    [InlineData("password1234")]
    [InlineData("123456789012")]
    [InlineData("Password@123")]
    [InlineData("1q2w3e4r5t6y")]
    [InlineData("qwertyuiop12")]
    [InlineData("iloveyou1234")]
    [InlineData("trustno1trustno1")]
    [InlineData("football2024")]
    [InlineData("sunshine1234")]
    [InlineData("princess1234")]
    [InlineData("welcome12345")]
    [InlineData("letmein12345")]
    [InlineData("baseball1234")]
    [InlineData("Qwerty123456!")]
    [InlineData("P@ssw0rd1234")]
    [InlineData("passwordpassword")]
    [InlineData("aaaaaaaaaaaaaaa")]
    [InlineData("abababababababab")]
    [InlineData("abcdefghijkl")]
    public void Breached_common_or_trivial_passwords_are_refused(string password) =>
        Assert.True(CommonPasswordValidator.IsTooWeak(password));

    [Fact]
    public void The_list_holds_tens_of_thousands_of_breached_passwords() =>
        Assert.True(CommonPasswordValidator.BreachedPasswordCount > 25_000, $"only {CommonPasswordValidator.BreachedPasswordCount} passwords");

    [Fact]
    public void A_password_made_of_the_persons_own_name_and_email_is_refused() =>
        Assert.True(CommonPasswordValidator.IsTooWeak("dana.director2026", new AppUser { Email = "dana.director@example.org", DisplayName = "Dana Director" }));

    [Theory]
    [InlineData("four random words here")]
    [InlineData("Raaqj!Demo2026")]
    [InlineData("cohort launch is in march")]
    public void An_uncommon_passphrase_is_accepted(string password) =>
        Assert.False(CommonPasswordValidator.IsTooWeak(password, new AppUser { Email = "dana@example.org", DisplayName = "Dana" }));
}
