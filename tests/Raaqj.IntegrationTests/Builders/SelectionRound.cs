using Raaqj.IntegrationTests.Infrastructure;
using Raaqj.Web.Domain.Proposals;

namespace Raaqj.IntegrationTests.Builders;

// A round ready for selection, built by the test that needs it: eight submitted regions with different strengths
// (two in Ohio, one across two states, one without local match), each reviewed twice, and one draft.
// Northeast Ohio is the cast anchor's.
public static class SelectionRound
{
    public sealed record Region(string Name, string Organization, (string Fips, string State)[] Counties, decimal Requested,
        decimal Committed, decimal Pending, int Partnerships, decimal ShareBoost, int Quality);

    public static readonly IReadOnlyList<Region> Submitted =
    [
        new("Rio Grande Valley", "Rio Grande Valley Workforce Solutions", [("48061", "TX"), ("48215", "TX")], 140_000m, 90_000m, 0m, 2, 9m, 4),
        new("Metro Atlanta", "Atlanta Regional Workforce Partnership", [("13121", "GA"), ("13089", "GA")], 160_000m, 0m, 40_000m, 1, 4m, 3),
        new("Inland Empire", "Inland Empire Economic Partnership", [("06065", "CA"), ("06071", "CA")], 150_000m, 120_000m, 0m, 1, 2m, 4),
        new("Greater Kansas City", "Heartland Workforce Alliance", [("29095", "MO"), ("20209", "KS"), ("20091", "KS")], 175_000m, 60_000m, 60_000m, 3, 3m, 4),
        new("Mississippi Delta", "Delta Opportunity Partnership", [("28151", "MS"), ("28011", "MS")], 125_000m, 0m, 0m, 1, 14m, 3),
        new("Puget Sound", "Puget Sound Jobs Council", [("53033", "WA"), ("53053", "WA")], 200_000m, 80_000m, 100_000m, 2, 0m, 5),
        new("Central Ohio", "Central Ohio Talent Partnership", [("39049", "OH"), ("39041", "OH"), ("39089", "OH")], 140_000m, 50_000m, 20_000m, 1, 3m, 2),
    ];

    // Builds the round; the answer maps each region's name to its proposal id and its owner's email.
    public static async Task<Dictionary<string, (int Proposal, string Owner)>> BuildAsync(PortalFactory factory)
    {
        var given = factory.Given;
        var staffId = given.Account(Accounts.Staff).Id;
        var reviewers = new[] { given.Account(Accounts.Reviewer), await given.ReviewerAsync("CA", name: "Morgan Reviewer") };
        var regions = new Dictionary<string, (int, string)>
        {
            ["Northeast Ohio"] = (await given.SubmittedProposalAsync(given.RoundId, given.CastOrganization, "Northeast Ohio",
                [("39035", "OH"), ("39085", "OH"), ("39093", "OH"), ("39103", "OH"), ("39153", "OH")], NortheastOhio), Accounts.Anchor),
        };
        await given.SubmittedReviewAsync(regions["Northeast Ohio"].Item1, reviewers[0], staffId, 4);
        await given.SubmittedReviewAsync(regions["Northeast Ohio"].Item1, reviewers[1], staffId, 3);
        foreach (var region in Submitted)
        {
            var (organization, proposal) = await given.SubmittedRegionAsync(region.Name, region.Counties, region.Organization, p => Shape(p, region));
            regions[region.Name] = (proposal, organization.Owner.Email);
            await given.SubmittedReviewAsync(proposal, reviewers[0], staffId, region.Quality);
            await given.SubmittedReviewAsync(proposal, reviewers[1], staffId, Math.Max(1, region.Quality - 1));
        }
        var draft = await given.OrganizationAsync("Piedmont Community Foundation", state: "NC");
        regions["Charlotte-Piedmont"] = (await given.ProposalAsync(given.RoundId, draft, "Charlotte-Piedmont", [("37119", "NC")]), draft.Owner.Email);
        return regions;
    }

    // $195,000 of match for $150,000 requested: $120,000 committed (county and in-kind), $75,000 pending (a foundation).
    private static void NortheastOhio(Proposal proposal)
    {
        proposal.Partnerships =
        [
            new() { Position = 1, Partner = "Healthcare Pathways Table", StartYear = 2019, Achievements = "1,200 placements." },
            new() { Position = 2, Partner = "Regional apprenticeship consortium", StartYear = 2016, EndYear = 2022, Achievements = "450 apprentices." },
        ];
        proposal.MatchCommitments =
        [
            new() { Position = 1, Source = "Cuyahoga County", Kind = MatchKind.Public, Amount = 100_000m, IsCommitted = true },
            new() { Position = 2, Source = "A regional foundation", Kind = MatchKind.Philanthropic, Amount = 75_000m, IsCommitted = false },
            new() { Position = 3, Source = "Employer council staff time", Kind = MatchKind.InKind, Amount = 20_000m, IsCommitted = true },
        ];
    }

    private static void Shape(Proposal proposal, Region region)
    {
        proposal.AmountRequested = region.Requested;
        proposal.TotalBudget = region.Requested * 2.5m;
        proposal.MatchCommitments = new[] { (Source: $"{region.Name} Community Foundation", Amount: region.Committed, Committed: true), (Source: $"{region.Name} county funds", Amount: region.Pending, Committed: false) }
            .Where(m => m.Amount > 0)
            .Select((m, i) => new MatchCommitment { Position = i + 1, Source = m.Source, Kind = m.Committed ? MatchKind.Philanthropic : MatchKind.Public, Amount = m.Amount, IsCommitted = m.Committed })
            .ToList();
        proposal.Partnerships = Enumerable.Range(1, region.Partnerships)
            .Select(n => new PastPartnership { Position = n, Partner = $"{region.Name} partnership {n}", StartYear = 2012 + n, Achievements = "Hundreds placed." }).ToList();
        foreach (var figure in proposal.PopulationFigures)
            figure.SharePercent += region.ShareBoost;
    }
}
