using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Infrastructure.Identity;

namespace Raaqj.UnitTests.Infrastructure;

public sealed class CommonPasswordValidatorTests
{
    [Theory]
    [InlineData("passwordpassword")]
    [InlineData("PasswordPassword")]
    [InlineData("aaaaaaaaaaaaaaa")]
    [InlineData("abababababababab")]
    public void Common_or_trivial_passwords_are_refused(string password) =>
        Assert.True(CommonPasswordValidator.IsCommon(password));

    [Fact]
    public void A_password_containing_the_email_name_is_refused() =>
        Assert.True(CommonPasswordValidator.IsCommon("my dana.director pass", new AppUser { Email = "dana.director@example.org" }));

    [Theory]
    [InlineData("four random words here")]
    [InlineData("Raaqj!Demo2026")]
    public void An_uncommon_passphrase_is_accepted(string password) =>
        Assert.False(CommonPasswordValidator.IsCommon(password, new AppUser { Email = "dana@example.org" }));
}
