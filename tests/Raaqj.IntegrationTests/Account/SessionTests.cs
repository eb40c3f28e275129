using System.Net;
using Microsoft.EntityFrameworkCore;
using Raaqj.IntegrationTests.Infrastructure;
using Raaqj.Web.Domain.Accounts;

namespace Raaqj.IntegrationTests.Account;

// Sessions end at once, on every copy of the cookie: logout, password change or reset, disabling, role change.
public sealed class SessionTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    private async Task<HttpStatusCode> DashboardWith(string cookie) => (await PasswordPageWith(cookie)).StatusCode;

    private Task<HttpResponseMessage> PasswordPageWith(string? cookie) => factory.GetWithCookieAsync("/account/password", cookie);

    [Fact]
    public async Task Someone_whose_session_ended_is_told_so_at_the_login_page_and_a_newcomer_is_not()
    {
        var cookie = await factory.AuthCookieAsync(Accounts.Reviewer);
        var reviewer = factory.Given.Account(Accounts.Reviewer).Id;
        await factory.Given.InDatabase(db => db.AuthSessions.Where(s => s.UserId == reviewer).ExecuteDeleteAsync());

        var ended = await PasswordPageWith(cookie);
        var newcomer = await PasswordPageWith(null);
        var page = await factory.NewClient().GetPageAsync(ended.Headers.Location!.OriginalString);

        Assert.Contains("expired=true", ended.Headers.Location!.OriginalString);
        Assert.DoesNotContain("expired", newcomer.Headers.Location!.OriginalString);
        Assert.Contains("Your session ended", page.QuerySelector("[role=status]")!.TextContent);
    }

    [Fact]
    public async Task A_copied_cookie_stops_working_as_soon_as_its_owner_logs_out()
    {
        await factory.Given.AccountAsync(Roles.Reviewer, "reviewer2@example.org");
        var copied = await factory.AuthCookieAsync("reviewer2@example.org");
        var owner = factory.NewClient();
        owner.DefaultRequestHeaders.Add("Cookie", copied);
        Assert.Equal(HttpStatusCode.OK, await DashboardWith(copied));

        var logout = await owner.PostFormAsync("/account/password", "/account/logout");

        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, await DashboardWith(copied));
    }

    [Fact]
    public async Task Changing_the_password_ends_every_other_session_at_once_and_keeps_this_one()
    {
        var client = await factory.RegisteredAnchorAsync("changer@example.org", "the first long passphrase");
        var elsewhere = await factory.AuthCookieAsync("changer@example.org", "the first long passphrase");

        var changed = await client.PostFormAsync("/account/password", "/account/password",
            ("CurrentPassword", "the first long passphrase"), ("Password", "a second long passphrase"), ("ConfirmPassword", "a second long passphrase"));

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, await DashboardWith(elsewhere));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/password")).StatusCode);
        Assert.Contains("password was changed", factory.To("changer@example.org").Last().Subject);
    }

    [Fact]
    public async Task A_wrong_current_password_changes_nothing_and_says_so_by_the_field()
    {
        var client = await factory.RegisteredAnchorAsync("forgetful@example.org", "the first long passphrase");

        var response = await client.PostFormAsync("/account/password", "/account/password",
            ("CurrentPassword", "not my password at all"), ("Password", "a second long passphrase"), ("ConfirmPassword", "a second long passphrase"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await response.ReadPageAsync()).FieldError("CurrentPassword"));
        await factory.NewClient().SignInAsync("forgetful@example.org", "the first long passphrase");
    }

    [Fact]
    public async Task Resetting_the_password_ends_every_session()
    {
        var email = "resetter@example.org";
        await factory.RegisteredAnchorAsync(email, "the first long passphrase");
        var session = await factory.AuthCookieAsync(email, "the first long passphrase");

        await factory.NewClient().PostFormAsync("/account/forgot-password", "/account/forgot-password", ("Email", email));
        var link = factory.LinkInLatestMailTo(email);
        var reset = await factory.NewClient().PostFormAsync(link, "/account/reset-password",
            ("Email", email), ("Code", System.Web.HttpUtility.ParseQueryString(new Uri(new Uri(PortalFactory.PublicUrl), link).Query)["code"]!),
            ("Password", "a second long passphrase"), ("ConfirmPassword", "a second long passphrase"));

        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, await DashboardWith(session));
    }

    [Theory]
    [InlineData("disable")]
    [InlineData("roles")]
    public async Task Disabling_an_account_or_changing_its_roles_ends_its_sessions_at_once(string change)
    {
        var email = (await factory.Given.AccountAsync(change == "disable" ? Roles.Reviewer : Roles.Anchor)).Email;
        var session = await factory.AuthCookieAsync(email);
        var admin = await factory.SignedInAsync(Accounts.Admin);
        var id = factory.Query(db => db.Users.Single(u => u.Email == email).Id);

        var response = change == "disable"
            ? await admin.PostFormAsync($"/admin/users/{id}", $"/admin/users/{id}/disable")
            : await admin.PostFormAsync($"/admin/users/{id}", $"/admin/users/{id}/roles", ("roles", "Anchor"), ("roles", "Reviewer"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, await DashboardWith(session));
    }

    [Fact]
    public async Task A_session_outlives_the_periodic_security_stamp_check()
    {
        var client = await factory.SignedInAsync((await factory.Given.AccountAsync(Roles.Reviewer)).Email);

        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        var afterCheck = await client.GetAsync("/account/password");
        var next = await client.GetAsync("/account/password");

        Assert.Equal(HttpStatusCode.OK, afterCheck.StatusCode);
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
    }
}
