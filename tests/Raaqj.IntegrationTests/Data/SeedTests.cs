using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Raaqj.IntegrationTests.Infrastructure;
using Raaqj.Web.Data.Seed;
using Raaqj.Web.Domain.Rfp;

namespace Raaqj.IntegrationTests.Data;

// The Development demo on its own: the only tests that know its people, regions and figures.
public sealed class SeedTests(DemoSeedFactory factory) : PortalTest<DemoSeedFactory>(factory)
{
    private static int DemoProposalCount => DemoProposals.OtherRegions.Count + 2;

    // The round open now; the inaugural cohort's round closed months ago.
    private int OpenRound => factory.Query(db => db.RequestsForAction.Single(r => r.Status == RfpStatus.Published).Id);

    [Fact]
    public async Task Seeding_again_adds_nothing()
    {
        var before = factory.Query(db => (db.Users.Count(), db.UserRoles.Count(), db.RequestsForAction.Count(), db.SelectionCriteria.Count(), db.Organizations.Count(), db.Proposals.Count(), db.Reviews.Count()));

        await factory.WithScopeAsync(async sp =>
        {
            await sp.GetRequiredService<DemoData>().SeedAsync();
            return 0;
        });

        Assert.Equal(before, factory.Query(db => (db.Users.Count(), db.UserRoles.Count(), db.RequestsForAction.Count(), db.SelectionCriteria.Count(), db.Organizations.Count(), db.Proposals.Count(), db.Reviews.Count())));
        Assert.Equal(DemoData.Accounts.Count, before.Item1);
    }

    [Fact]
    public void The_demo_request_is_open_now_and_carries_the_program_s_six_weighted_criteria()
    {
        var open = OpenRound;
        var rfp = factory.Query(db => db.RequestsForAction.Include(r => r.Criteria).AsNoTracking().Single(r => r.Id == open));
        var now = factory.Clock.GetUtcNow().UtcDateTime;

        Assert.Equal(RfpPhase.Open, rfp.PhaseAt(now));
        Assert.Equal(6, rfp.Criteria.Count);
        Assert.Equal(100, rfp.WeightTotal);
        Assert.Contains(rfp.Criteria, c => c.Title == "Fundraising plan and local match");
        Assert.Equal(6, rfp.CohortSize);
        Assert.Equal("America/New_York", rfp.TimeZoneId);
    }

    [Fact]
    public async Task Anchor1_has_a_submitted_proposal_and_anchor2_a_draft_in_different_organizations()
    {
        var anchor1 = await factory.SignedInAsync("anchor1@example.org", DemoData.Password);
        var anchor2 = await factory.SignedInAsync("anchor2@example.org", DemoData.Password);

        var submitted = await anchor1.GetPageAsync((await anchor1.GetAsync("/proposals")).Headers.Location!.OriginalString);
        var draft = await anchor2.GetPageAsync((await anchor2.GetAsync("/proposals")).Headers.Location!.OriginalString);

        Assert.Contains("Receipt number RAAQJ-2026-", submitted.Text());
        Assert.Contains("Northeast Ohio", submitted.Text());
        Assert.Contains("still needed", draft.Text());
        var open = OpenRound;
        Assert.Equal(DemoProposalCount, factory.Query(db => db.Proposals.Where(p => p.RequestForActionId == open).Select(p => p.OrganizationId).Distinct().Count()));
        Assert.Equal(DemoProposalCount - 1, factory.Query(db => db.Proposals.Count(p => p.RequestForActionId == open && p.ReceiptNumber != null)));
    }

    [Fact]
    public async Task The_results_page_shows_real_figures_at_first_run()
    {
        var staff = await factory.SignedInAsync("staff@example.org", DemoData.Password);

        var page = await staff.GetPageAsync("/reviews/results");

        var row = page.QuerySelectorAll("tbody tr").First(r => r.TextContent.Contains("Great Lakes Workforce Board"));
        Assert.Contains("2 of 2", row.TextContent);
        Assert.Equal(1, factory.Query(db => db.ConflictDeclarations.Count(c => c.Kind != Raaqj.Web.Domain.Reviews.ConflictKind.None)));
    }

    [Fact]
    public void The_two_demo_anchors_own_different_organizations()
    {
        var owners = factory.Query(db => db.OrganizationMembers
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { u.Email, m.OrganizationId, m.Role }).ToList());

        var anchor1 = Assert.Single(owners, o => o.Email == "anchor1@example.org");
        var anchor2 = Assert.Single(owners, o => o.Email == "anchor2@example.org");
        Assert.NotEqual(anchor1.OrganizationId, anchor2.OrganizationId);
        Assert.All([anchor1.Role, anchor2.Role], role => Assert.Equal(Raaqj.Web.Domain.Organizations.MemberRole.Owner, role));
    }

    [Fact]
    public void The_demo_is_ready_for_selection_with_every_submitted_proposal_reviewed_and_no_decision_yet()
    {
        var open = OpenRound;
        var reviewed = factory.Query(db => db.Proposals.Where(p => p.RequestForActionId == open && p.ReceiptNumber != null)
            .Select(p => db.Reviews.Count(r => r.ProposalId == p.Id && r.Total != null)).ToList());
        var states = factory.Query(db => db.ProposalCounties.Where(c => db.Proposals.Any(p => p.Id == c.ProposalId && p.RequestForActionId == open)).Select(c => c.StateCode).Distinct().Count());

        Assert.Equal(DemoProposalCount - 1, reviewed.Count);
        Assert.All(reviewed, count => Assert.InRange(count, 1, 3));
        Assert.True(reviewed.Count > 6, "more regions than places, so there is a choice to make");
        Assert.True(states >= 8);
        Assert.Equal(0, factory.Query(db => db.SelectionDecisions.Count(d => d.RequestForActionId == open)));
        Assert.Equal(0, factory.Query(db => db.CohortRegions.Count(c => c.RequestForActionId == open)));
    }

    [Fact]
    public async Task The_inaugural_program_is_in_month_10_with_six_regions_some_milestones_done_some_late_and_one_slipped()
    {
        var staff = await factory.SignedInAsync("staff@example.org", DemoData.Password);
        var program = factory.Query(db => db.ProgramEditions.Single().Id);

        var dashboard = await staff.GetPageAsync("/dashboard/staff");
        var timeline = await staff.GetPageAsync($"/program/{program}");
        var tracker = await staff.GetPageAsync($"/program/{program}/tracker");
        var cohort = await factory.SignedInAsync(DemoProgram.OwnerOf(5), DemoData.Password);
        var region = factory.Query(db => db.CohortRegions.Single(r => r.RegionName == DemoProposals.InauguralCohort[5].Name).Id);

        Assert.StartsWith("Month 10 of 12 · Regional planning", dashboard.QuerySelector("[data-testid=dashboard-program-month]")!.TextContent);
        Assert.Equal(6, factory.Query(db => db.CohortRegions.Count(c => c.RequestForActionId != OpenRound)));
        Assert.Contains(timeline.QuerySelectorAll("[data-testid=slipped]"), li => li.TextContent.Contains("Initial impact measurement"));
        Assert.Equal(6 * Raaqj.Web.Domain.Timeline.ProgramPlan.Region.Count, tracker.QuerySelectorAll("[data-testid=tracker-cell]").Length);
        Assert.NotEmpty(tracker.QuerySelectorAll("td.cell-done"));
        Assert.NotEmpty(tracker.QuerySelectorAll("td.cell-late"));
        Assert.Contains("Blocked", (await cohort.GetPageAsync($"/regions/{region}/timeline")).Text());

        // Its workspace: a liaison, the cohort's announcements and its own, and its team.
        var workspace = await cohort.GetPageAsync($"/regions/{region}");
        Assert.Contains("staff@example.org", workspace.QuerySelector("[aria-labelledby=liaison-heading]")!.TextContent);
        Assert.Equal(3, workspace.QuerySelectorAll("[aria-labelledby=announcements-heading] li").Length);
        Assert.Contains(DemoProgram.OwnerOf(5), workspace.QuerySelector("[data-testid=region-team]")!.TextContent);
        var first = await factory.SignedInAsync(DemoProgram.OwnerOf(0), DemoData.Password);
        var mine = (await first.GetAsync("/regions/mine")).Headers.Location!.OriginalString;
        Assert.Equal(2, (await first.GetPageAsync(mine)).QuerySelectorAll("[aria-labelledby=announcements-heading] li").Length);

        // Technical assistance part of the way: one request rated and closed, one under way, one waiting for an answer.
        var queue = await staff.GetPageAsync("/ta");
        Assert.Equal(3, queue.QuerySelectorAll("[data-testid=ta-requests] li").Length);
        Assert.Equal(5, factory.Query(db => db.TaRequests.Single(r => r.Status == Raaqj.Web.Domain.Assistance.TaStatus.Closed).Rating));
        Assert.Contains("Registering a healthcare apprenticeship", (await first.GetPageAsync($"{mine}/ta")).Text());
    }
}

// The portal with everything the Development seed holds, reviews included, in place of the test cast.
public sealed class DemoSeedFactory : PortalFactory
{
    protected override Task BuildStartAsync() => WithScopeAsync(async services =>
    {
        await services.GetRequiredService<DemoData>().SeedAsync();
        return 0;
    });
}

// The portal as it starts in Production: migrations only, no demo data.
public sealed class ProductionFactory : PortalFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
    }

    public override Task InitializeAsync() => Task.CompletedTask;
}

public sealed class ProductionStartTests(ProductionFactory factory) : IClassFixture<ProductionFactory>
{
    [Fact]
    public async Task Production_start_creates_the_roles_but_never_demo_data()
    {
        var page = await factory.NewClient().GetPageAsync("/");

        Assert.Equal(0, factory.Query(db => db.Users.Count()));
        Assert.Equal(0, factory.Query(db => db.RequestsForAction.Count()));
        Assert.Equal(["Admin", "Anchor", "Reviewer", "Staff"], factory.Query(db => db.Roles.Select(r => r.Name!).OrderBy(n => n).ToList()));
        Assert.Contains("There is no open request for action right now", page.Text());
    }
}
