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
        var rfp = factory.Query(db => db.RequestsForAction.Include(r => r.Criteria).AsNoTracking().Single());
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
        Assert.Equal(DemoProposalCount, factory.Query(db => db.Proposals.Select(p => p.OrganizationId).Distinct().Count()));
        Assert.Equal(DemoProposalCount - 1, factory.Query(db => db.Proposals.Count(p => p.ReceiptNumber != null)));
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
        var reviewed = factory.Query(db => db.Proposals.Where(p => p.ReceiptNumber != null)
            .Select(p => db.Reviews.Count(r => r.ProposalId == p.Id && r.Total != null)).ToList());
        var states = factory.Query(db => db.ProposalCounties.Select(c => c.StateCode).Distinct().Count());

        Assert.Equal(DemoProposalCount - 1, reviewed.Count);
        Assert.All(reviewed, count => Assert.InRange(count, 1, 3));
        Assert.True(reviewed.Count > 6, "more regions than places, so there is a choice to make");
        Assert.True(states >= 8);
        Assert.Equal(0, factory.Query(db => db.SelectionDecisions.Count()));
        Assert.Equal(0, factory.Query(db => db.CohortRegions.Count()));
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
