using System.Net;
using Raaqj.IntegrationTests.Infrastructure;

namespace Raaqj.IntegrationTests.Security;

public sealed class AccessTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    // Every protected page, with the role that may open it.
    public static TheoryData<string, string> ProtectedPages => new()
    {
        { "/dashboard/admin", Accounts.Admin },
        { "/admin/users", Accounts.Admin },
        { "/admin/users/invite", Accounts.Admin },
        { "/admin/audit", Accounts.Admin },
        { "/admin/mail", Accounts.Admin },
        { "/dashboard/staff", Accounts.Staff },
        { "/rfp", Accounts.Staff },
        { "/rfp/new", Accounts.Staff },
        { "/rfp/1", Accounts.Staff },
        { "/rfp/1/edit", Accounts.Staff },
        { "/dashboard/reviewer", Accounts.Reviewer },
        { "/dashboard/anchor", Accounts.Anchor },
    };

    public static TheoryData<string> Everyone => new() { Accounts.Admin, Accounts.Staff, Accounts.Reviewer, Accounts.Anchor };

    [Theory, MemberData(nameof(ProtectedPages))]
    public async Task Anonymous_visitor_is_sent_to_login_from_a_protected_page(string path, string _)
    {
        var response = await factory.NewClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login?ReturnUrl=", response.Headers.Location!.PathAndQuery);
    }

    [Theory, MemberData(nameof(Everyone))]
    public async Task Each_role_reaches_its_own_pages_and_gets_403_elsewhere(string email)
    {
        var client = await factory.SignedInAsync(email);
        var pages = ProtectedPages.Select(row => (Path: (string)row[0], Owner: (string)row[1])).ToList();

        foreach (var (path, owner) in pages)
        {
            var response = await client.GetAsync(path);
            var expected = owner == email ? HttpStatusCode.OK : HttpStatusCode.Forbidden;
            Assert.True(expected == response.StatusCode, $"{email} GET {path}: expected {(int)expected}, got {(int)response.StatusCode}");
        }
    }

    [Theory, MemberData(nameof(Everyone))]
    public async Task The_dashboard_link_leads_each_role_to_its_own_dashboard(string email)
    {
        var client = await factory.SignedInAsync(email);

        var response = await client.GetAsync("/dashboard");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var role = email.Split('@')[0].TrimEnd('1');
        Assert.Equal($"/dashboard/{role}", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Forbidden_page_is_friendly_and_names_the_problem()
    {
        var client = await factory.SignedInAsync(Accounts.Anchor);

        var response = await client.GetAsync("/admin/users");
        var page = await response.ReadPageAsync();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("You don't have access to this page", page.Text());
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused_and_changes_nothing()
    {
        var client = await factory.SignedInAsync(Accounts.Staff);
        var before = factory.Query(db => db.RequestsForAction.Count());

        var response = await client.PostAsync("/rfp/new", new FormUrlEncodedContent(new Dictionary<string, string> { ["Form.Title"] = "Forged" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, factory.Query(db => db.RequestsForAction.Count()));
    }

    [Fact]
    public async Task Login_post_without_the_antiforgery_token_is_refused()
    {
        var response = await factory.NewClient().PostAsync("/account/login",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = Accounts.Admin, ["Password"] = Accounts.Password }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("raaqj.auth=")));
    }
}
