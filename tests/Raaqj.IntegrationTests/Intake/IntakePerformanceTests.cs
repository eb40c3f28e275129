using Raaqj.IntegrationTests.Infrastructure;
using Raaqj.Web.Domain.Organizations;
using Raaqj.Web.Domain.Proposals;

namespace Raaqj.IntegrationTests.Intake;

public sealed class IntakePerformanceTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    private void AddProposals(int count)
    {
        factory.Query(db =>
        {
            var rfpId = db.RequestsForAction.Select(r => r.Id).First();
            var start = db.Organizations.Count();
            for (var i = 0; i < count; i++)
            {
                var organization = new Organization { LegalName = $"Anchor {start + i:0000}", Ein = "12-3456789", City = "Town", StateCode = "OH", PostalCode = "44114" };
                db.Organizations.Add(organization);
                var proposal = new Proposal
                {
                    RequestForActionId = rfpId, RegionName = $"Region {start + i}",
                    Counties = [new ProposalCounty { Fips = "39035", StateCode = "OH" }, new ProposalCounty { Fips = "42049", StateCode = "PA" }],
                    MatchCommitments = [new MatchCommitment { Source = "County", Amount = 1000 + i, IsCommitted = true }],
                };
                proposal.RefreshSummary();
                db.SaveChanges();
                proposal.OrganizationId = organization.Id;
                db.Proposals.Add(proposal);
            }
            return db.SaveChanges();
        });
    }

    [Fact]
    public async Task The_intake_list_issues_the_same_commands_for_10_and_for_500_proposals_and_pages_by_25()
    {
        var staff = await factory.SignedInAsync(Accounts.Staff);
        AddProposals(10);
        var withTen = await factory.SqlCommandsFor(staff, "/intake?sort=match");

        AddProposals(490);
        var withFiveHundred = await factory.SqlCommandsFor(staff, "/intake?sort=match");
        var page = await staff.GetPageAsync("/intake?sort=match");

        Assert.Equal(withTen, withFiveHundred);
        Assert.InRange(withFiveHundred, 1, 8);
        Assert.Equal(25, page.QuerySelectorAll("tbody tr").Length);
        Assert.Contains("Showing 1–25 of 500", page.Text());
        Assert.Contains("$1,489", page.QuerySelector("tbody tr")!.TextContent);
    }
}
