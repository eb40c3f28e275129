using System.Net;
using Raaqj.IntegrationTests.Infrastructure;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Domain.Audit;

namespace Raaqj.IntegrationTests.Account;

public sealed class LoginTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    [Fact]
    public async Task Account_locks_after_five_failed_logins_even_with_the_right_password_afterwards()
    {
        const string email = "reviewer3@example.org";
        await factory.Given.AccountAsync(Roles.Reviewer, email);
        var client = factory.NewClient();
        for (var attempt = 0; attempt < 5; attempt++)
            await client.PostFormAsync("/account/login", "/account/login", ("Email", email), ("Password", "wrong password " + attempt));

        var response = await client.PostFormAsync("/account/login", "/account/login", ("Email", email), ("Password", Accounts.Password));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("locked for 15 minutes", (await response.ReadPageAsync()).Text());
        await client.PostFormAsync("/account/login", "/account/login", ("Email", email), ("Password", "still wrong"));
        Assert.Equal(1, factory.Query(db => db.AuditEntries.Count(a => a.Action == AuditActions.UserLockedOut && a.ActorEmail == email)));
    }

    [Fact]
    public async Task A_wrong_password_gets_one_message_that_does_not_say_which_part_was_wrong()
    {
        var response = await factory.NewClient().PostFormAsync("/account/login", "/account/login", ("Email", Accounts.Reviewer), ("Password", "not the password"));
        var page = await response.ReadPageAsync();

        Assert.Contains("do not match an account", page.Text());
        Assert.Equal(Accounts.Reviewer, page.GetElementById("Email")!.GetAttribute("value"));
        Assert.Equal("", page.GetElementById("Password")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Login_returns_to_the_page_asked_for_but_never_to_another_site()
    {
        var client = factory.NewClient();
        var local = await client.PostFormAsync("/account/login", "/account/login",
            ("Email", Accounts.Staff), ("Password", Accounts.Password), ("ReturnUrl", "/rfp"));
        var other = await factory.NewClient().PostFormAsync("/account/login", "/account/login",
            ("Email", Accounts.Staff), ("Password", Accounts.Password), ("ReturnUrl", "https://evil.example/"));

        Assert.Equal("/rfp", local.Headers.Location!.OriginalString);
        Assert.Equal("/dashboard", other.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Logging_out_ends_the_session()
    {
        var client = await factory.SignedInAsync(Accounts.Staff);

        var response = await client.PostFormAsync("/dashboard/staff", "/account/logout");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/dashboard/staff")).StatusCode);
    }
}
