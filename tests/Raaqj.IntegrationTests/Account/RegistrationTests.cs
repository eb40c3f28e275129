using System.Net;
using Raaqj.IntegrationTests.Infrastructure;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Domain.Audit;

namespace Raaqj.IntegrationTests.Account;

public sealed class RegistrationTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    private static (string, string)[] Registration(string email, string password = "four random words here", string? confirm = null) =>
        [("DisplayName", "Dana Director"), ("Email", email), ("Password", password), ("ConfirmPassword", confirm ?? password)];

    [Fact]
    public async Task Anchor_registers_confirms_the_email_and_logs_in()
    {
        const string email = "dana@riverbend-workforce.org";
        var client = factory.NewClient();

        var registered = await client.PostFormAsync("/account/register", "/account/register", Registration(email));
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        Assert.StartsWith("/account/check-email", registered.Headers.Location!.OriginalString);

        var beforeConfirming = await client.PostFormAsync("/account/login", "/account/login", ("Email", email), ("Password", "four random words here"));
        Assert.Contains("confirm your email", (await beforeConfirming.ReadPageAsync()).Text());

        var confirmation = await client.GetPageAsync(factory.LinkInLatestMailTo(email));
        Assert.Contains("Email confirmed", confirmation.Text());

        await client.SignInAsync(email, "four random words here");
        var dashboard = await client.GetAsync("/dashboard");
        Assert.Equal("/dashboard/anchor", dashboard.Headers.Location!.OriginalString);
        Assert.True(factory.Query(db => db.AuditEntries.Any(a => a.Action == AuditActions.UserRegistered && a.ActorEmail == email)));
    }

    [Fact]
    public async Task Registering_an_address_that_has_an_account_reveals_nothing_and_mails_the_owner()
    {
        var response = await factory.NewClient().PostFormAsync("/account/register", "/account/register", Registration(Accounts.Staff));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/check-email", response.Headers.Location!.OriginalString);
        Assert.Contains(factory.To(Accounts.Staff), m => m.Subject == "You already have a RAAQJ portal account");
    }

    [Theory]
    [InlineData("short pass", "Password", "at least 12 characters")]
    [InlineData("passwordpassword", "Password", "too common")]
    public async Task A_weak_password_is_refused_next_to_the_field_and_what_was_typed_is_kept(string password, string field, string message)
    {
        var email = $"weak-{Guid.NewGuid():N}@example.net";

        var response = await factory.NewClient().PostFormAsync("/account/register", "/account/register", Registration(email, password));
        var page = await response.ReadPageAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, page.FieldError(field));
        Assert.Equal(email, page.GetElementById("Email")!.GetAttribute("value"));
        Assert.Equal("Dana Director", page.GetElementById("DisplayName")!.GetAttribute("value"));
        Assert.False(factory.Query(db => db.Users.Any(u => u.Email == email)));
    }

    [Fact]
    public async Task Mismatched_passwords_and_a_bad_email_are_named_next_to_their_fields()
    {
        var response = await factory.NewClient().PostFormAsync("/account/register", "/account/register",
            Registration("not-an-email", "four random words here", "something else entirely"));
        var page = await response.ReadPageAsync();

        Assert.Contains("email address like", page.FieldError("Email"));
        Assert.Contains("do not match", page.FieldError("ConfirmPassword"));
        Assert.Equal("true", page.GetElementById("Email")!.GetAttribute("aria-invalid"));
    }

    [Fact]
    public async Task A_forgotten_password_is_reset_through_the_emailed_link()
    {
        const string email = "anchor2@example.org";
        await factory.Given.AccountAsync(Roles.Anchor, email);
        var client = factory.NewClient();

        await client.PostFormAsync("/account/forgot-password", "/account/forgot-password", ("Email", email));
        var link = factory.LinkInLatestMailTo(email);
        var reset = await client.PostFormAsync(link, "/account/reset-password",
            ("Email", email), ("Code", Uri.UnescapeDataString(link.Split("code=")[1])), ("Password", "a brand new river stone"), ("ConfirmPassword", "a brand new river stone"));

        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        await client.SignInAsync(email, "a brand new river stone");
    }

    [Fact]
    public async Task Asking_to_reset_an_unknown_address_answers_the_same_and_sends_nothing()
    {
        var response = await factory.NewClient().PostFormAsync("/account/forgot-password", "/account/forgot-password", ("Email", "nobody@nowhere.example"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Empty(factory.To("nobody@nowhere.example"));
    }
}
