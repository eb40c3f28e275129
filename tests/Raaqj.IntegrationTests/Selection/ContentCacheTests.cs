using System.Net;
using Microsoft.AspNetCore.Hosting;
using Raaqj.IntegrationTests.Infrastructure;
using Raaqj.Web.Domain.Operations;

namespace Raaqj.IntegrationTests.Selection;

/// <summary>Pages and sessions are cached per instance under the content stamp; a change on any instance is seen by all.</summary>
public sealed class ContentCacheTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    private sealed class SecondInstance(string databaseFile) : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("ConnectionStrings:Raaqj", $"Data Source={databaseFile}");
        }
    }

    private static async Task<string> WeightOf(HttpClient staff) =>
        (await staff.GetPageAsync("/selection")).GetElementById("Form_LocalMatch")!.GetAttribute("value")!;

    [Fact]
    public async Task A_change_saved_on_one_instance_shows_on_the_other_at_its_next_request()
    {
        await Builders.SelectionRound.BuildAsync(factory);
        await using var other = new SecondInstance(factory.DatabaseFile);
        var here = await factory.SignedInAsync(Accounts.Staff);
        var there = await other.SignedInAsync(Accounts.Staff);
        var before = await WeightOf(there);
        var version = (await here.GetPageAsync("/selection")).QuerySelector("input[name='Form.Version']")!.GetAttribute("value")!;

        var saved = await here.PostFormAsync("/selection", "/selection/weights", ("Form.Version", version), ("Form.ReviewScore", "55"),
            ("Form.LocalMatch", "25"), ("Form.PopulationConcentration", "10"), ("Form.PastPartnership", "10"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.NotEqual("25", before);
        Assert.Equal("25", await WeightOf(there));
    }

    [Fact]
    public async Task A_logout_on_one_instance_ends_the_session_on_another_that_had_found_it_alive()
    {
        await using var other = new SecondInstance(factory.DatabaseFile);
        var cookie = await factory.AuthCookieAsync(Accounts.Reviewer);
        Assert.Equal(HttpStatusCode.OK, (await other.GetWithCookieAsync("/account/password", cookie)).StatusCode);
        var owner = factory.NewClient();
        owner.DefaultRequestHeaders.Add("Cookie", cookie);

        var logout = await owner.PostFormAsync("/account/password", "/account/logout");

        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Contains("expired=true", (await other.GetWithCookieAsync("/account/password", cookie)).Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task An_audited_change_that_touches_no_other_content_still_reaches_the_cached_admin_dashboard()
    {
        var admin = await factory.SignedInAsync(Accounts.Admin);
        Assert.DoesNotContain("changed which emails they get", (await admin.GetPageAsync("/dashboard/admin")).Text());
        var reviewer = await factory.SignedInAsync(Accounts.Reviewer);

        await reviewer.PostFormAsync("/notifications/email", "/notifications/email");

        Assert.Contains($"{Accounts.Reviewer} changed which emails they get", (await admin.GetPageAsync("/dashboard/admin")).Text());
    }

    [Fact]
    public async Task Content_saves_change_the_stamp_and_sign_ins_do_not()
    {
        string Stamp() => factory.Query(db => db.SystemSettings.Single(s => s.Name == SystemSetting.ContentVersion).Value);
        var first = Stamp();

        await factory.SignedInAsync(Accounts.Staff);
        var afterSignIn = Stamp();
        await factory.Given.SubmittedRegionAsync("Puget Sound", [("53033", "WA")]);

        Assert.Equal(first, afterSignIn);
        Assert.NotEqual(first, Stamp());
    }

    [Fact]
    public async Task A_warm_board_costs_two_small_queries_whatever_the_round()
    {
        await Builders.SelectionRound.BuildAsync(factory);
        var staff = await factory.SignedInAsync(Accounts.Staff);
        await staff.GetAsync("/selection/map");

        var commands = await factory.SqlCommandsFor(staff, "/selection/map");

        // The session, the current round, the stamp, the header's unread count; nothing of the board itself.
        Assert.InRange(commands, 1, 4);
    }
}
