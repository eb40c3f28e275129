using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Raaqj.IntegrationTests.Infrastructure;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Notifications;
using Raaqj.Web.Domain.Operations;
using Raaqj.Web.Infrastructure.Notifications;

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
    public async Task A_warm_board_costs_one_small_query_the_stamp()
    {
        await Builders.SelectionRound.BuildAsync(factory);
        var staff = await factory.SignedInAsync(Accounts.Staff);
        await staff.GetAsync("/selection/map");

        var commands = await factory.SqlCommandsFor(staff, "/selection/map");

        // The session, the current round, the board and the header's unread count are all kept under the stamp.
        Assert.Equal(1, commands);
    }

    [Fact]
    public async Task A_notification_made_or_read_on_one_instance_changes_the_count_another_instance_shows()
    {
        await using var other = new SecondInstance(factory.DatabaseFile);
        var cookie = await factory.AuthCookieAsync(Accounts.Reviewer);
        var here = factory.NewClient();
        here.DefaultRequestHeaders.Add("Cookie", cookie);
        async Task<string?> CountThere() =>
            (await (await other.GetWithCookieAsync("/notifications", cookie)).ReadPageAsync()).QuerySelector(".unread-count")?.TextContent.Trim();
        Assert.Null(await CountThere());

        var reviewer = factory.Query(db => db.Users.Single(u => u.Email == Accounts.Reviewer).Id);
        await factory.WithScopeAsync(async services =>
        {
            await services.GetRequiredService<Notifier>().NotifyAsync([reviewer],
                new NotificationMessage(NotificationTopic.ReviewAssignments, "Two new proposals to review", "Open your queue.", "/reviews/mine"));
            return await services.GetRequiredService<AppDbContext>().SaveChangesAsync();
        });
        Assert.Equal("1 unread", await CountThere());

        Assert.Equal(HttpStatusCode.Redirect, (await here.PostFormAsync("/notifications", "/notifications/read")).StatusCode);
        Assert.Null(await CountThere());
    }

    [Fact]
    public async Task A_part_of_a_page_kept_rendered_follows_its_query_and_any_change_of_content_on_every_instance()
    {
        await Builders.SelectionRound.BuildAsync(factory);
        await using var other = new SecondInstance(factory.DatabaseFile);
        var there = await other.SignedInAsync(Accounts.Staff);
        async Task<List<string>> Organizations(string dir) =>
            (await there.GetPageAsync($"/selection?sort=organization&dir={dir}")).QuerySelectorAll(".ranking-proposal > a").Select(a => a.TextContent).ToList();
        var ascending = await Organizations("asc");
        Assert.True(ascending.Count > 1);
        Assert.Equal(ascending.AsEnumerable().Reverse(), await Organizations("desc"));

        await factory.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            (await db.Organizations.SingleAsync(o => o.LegalName == ascending[0])).LegalName = "Renamed Workforce Board";
            return await db.SaveChangesAsync();
        });

        Assert.Contains("Renamed Workforce Board", await Organizations("asc"));
        Assert.DoesNotContain(ascending[0], await Organizations("desc"));
    }
}
