using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Proposals;
using Raaqj.Web.Domain.Reviews;
using Raaqj.Web.Domain.Rfp;
using Raaqj.Web.Domain.Selection;
using Raaqj.Web.Features.Rfp;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Caching;

namespace Raaqj.Web.Features.Selection;

// The round being selected, with the weights and rules staff set for it.
// AcceptsProposals: Still open for proposals: regions may yet submit or withdraw, so nothing can be released.
public sealed record SelectionRound(
    int Id, string Title, string TimeZoneId, PriorityWeights Weights, PortfolioRules Rules, Guid Version,
    IReadOnlyList<(string Title, int Weight)> Criteria, bool AcceptsProposals, DateTime ClosesAtUtc);

// Another submitted region that claims some of the same counties, named for the badge that flags it.
public sealed record RegionOverlap(int ProposalId, string Region, IReadOnlyList<string> Counties)
{
    // For each proposal, the others it shares counties with, by region and county name.
    public static IReadOnlyDictionary<int, IReadOnlyList<RegionOverlap>> Among(IEnumerable<(int ProposalId, string Fips)> counties,
        IReadOnlyDictionary<int, string> regions, Infrastructure.Geography.CountyCatalog catalog) =>
        RegionOverlaps.Find(counties).ToDictionary(o => o.Key, o => (IReadOnlyList<RegionOverlap>)o.Value
            .Select(s => new RegionOverlap(s.OtherProposalId, string.IsNullOrEmpty(regions[s.OtherProposalId]) ? "an unnamed region" : regions[s.OtherProposalId],
                s.Fips.Select(f => catalog.Find(f)?.Label ?? f).ToList())).ToList());

    public string Describe() => $"Shares {Counties.Count} {(Counties.Count == 1 ? "county" : "counties")} with {Region}: {string.Join(", ", Counties)}";
}

// Everything staff weigh about one submitted proposal, side by side.
public sealed record SelectionRow(
    int ProposalId, int OrganizationId, string Organization, string Region, string? ReceiptNumber, IReadOnlyList<string> States,
    PriorityFactors Factors, IReadOnlyDictionary<PriorityPopulation, int> PopulationCounts,
    ProposalResult? Reviews, RankedProposal Ranked, SelectionDecision? Decision, IReadOnlyList<string> Counties, IReadOnlyList<RegionOverlap> Overlaps)
{
    public IReadOnlyList<string> CensusRegions => States.Select(Domain.Geography.CensusRegions.Of).OfType<string>().Distinct().Order().ToList();

    public bool Shortlisted => Decision?.IsShortlisted == true;

    // Where the proposal stands in selection, for badges, filters and the map.
    public SelectionStage Stage => Decision?.Outcome switch
    {
        DecisionOutcome.Selected => SelectionStage.Selected,
        DecisionOutcome.Waitlisted => SelectionStage.Waitlisted,
        DecisionOutcome.Declined => SelectionStage.Declined,
        _ => Shortlisted ? SelectionStage.Shortlisted : SelectionStage.Submitted,
    };

    public PortfolioCandidate AsCandidate() =>
        new(ProposalId, $"{Organization} ({Region})", Ranked.Combined ?? 0, Factors.AmountRequested ?? 0, States, Counties);
}

public enum SelectionStage
{
    Submitted,
    Shortlisted,
    Selected,
    Waitlisted,
    Declined,
}

// The submitted proposals of a round, ranked with the round's weights; the rows come in rank order.
public sealed record SelectionBoard(SelectionRound Round, IReadOnlyList<SelectionRow> Rows);

// Loads the selection evidence of the current round in a fixed number of queries, whatever the number of
// proposals: each query is a flat projection, and the figures are put together in memory.
// The board is read once per change of content (ContentCache) and shared, read-only, by the requests that follow;
// whether the round still takes proposals depends on the hour, so it is worked out on every request.
public sealed class SelectionBoardHandler(AppDbContext db, ProgramClock clock, Infrastructure.Geography.CountyCatalog catalog, ContentCache cache, CurrentRound currentRound)
{
    private sealed record Cached(SelectionBoard Board, RequestForAction Round);

    public async Task<SelectionBoard?> Handle()
    {
        var now = clock.UtcNow;
        if (await currentRound.IdAsync() is not { } rfpId)
            return null;
        var cached = await cache.GetAsync($"selection-board/{rfpId}", () => Load(rfpId));
        return cached.Board with { Round = cached.Board.Round with { AcceptsProposals = cached.Round.AcceptsProposalsAt(now) } };
    }

    private async Task<Cached> Load(int rfpId)
    {
        var rfp = await db.RequestsForAction.AsNoTracking().Include(r => r.Criteria).FirstAsync(r => r.Id == rfpId);
        var round = new SelectionRound(rfp.Id, rfp.Title, rfp.TimeZoneId, rfp.PriorityWeights, rfp.PortfolioRules, rfp.Version,
            rfp.Criteria.OrderBy(c => c.Position).Select(c => (c.Title, c.Weight)).ToList(), AcceptsProposals: false, rfp.ClosesAtUtc);

        var submitted = db.Proposals.Where(p => p.RequestForActionId == rfpId && p.Status == ProposalStatus.Submitted);
        var proposals = await submitted.AsNoTracking()
            .Join(db.Organizations, p => p.OrganizationId, o => o.Id, (p, o) => new
            {
                p.Id, p.OrganizationId, Organization = o.LegalName, p.RegionName, p.ReceiptNumber, p.AmountRequested,
                Partnerships = p.Partnerships.Count,
            }).ToListAsync();
        var match = (await db.MatchCommitments.AsNoTracking().Where(m => submitted.Any(p => p.Id == m.ProposalId))
            .Select(m => new { m.ProposalId, m.Amount, m.IsCommitted }).ToListAsync()).ToLookup(m => m.ProposalId);
        var populations = (await db.PopulationFigures.AsNoTracking().Where(f => submitted.Any(p => p.Id == f.ProposalId))
            .Select(f => new { f.ProposalId, f.Population, f.Count, f.SharePercent }).ToListAsync()).ToLookup(f => f.ProposalId);
        var counties = (await db.ProposalCounties.AsNoTracking().Where(c => submitted.Any(p => p.Id == c.ProposalId))
            .Select(c => new { c.ProposalId, c.Fips, c.StateCode }).ToListAsync()).ToLookup(c => c.ProposalId);
        var overlaps = RegionOverlap.Among(counties.SelectMany(g => g.Select(c => (c.ProposalId, c.Fips))), proposals.ToDictionary(p => p.Id, p => p.RegionName), catalog);
        var reviews = await db.ReviewsThatCount().AsNoTracking().Where(r => submitted.Any(p => p.Id == r.ProposalId))
            .Select(r => new ReviewTotal(r.ReviewerUserId, r.ProposalId, r.Total)).ToListAsync();
        var decisions = await db.SelectionDecisions.AsNoTracking().Where(d => d.RequestForActionId == rfpId).ToDictionaryAsync(d => d.ProposalId);

        var results = Calibration.Results(reviews).ToDictionary(r => r.ProposalId);
        var factors = proposals.ToDictionary(p => p.Id, p => PriorityFactors.From(p.AmountRequested,
            match[p.Id].Select(m => (m.Amount, m.IsCommitted)), populations[p.Id].Select(f => f.SharePercent), p.Partnerships));
        var ranking = Ranking.Rank(proposals.Select(p => new RankingInput(p.Id, results.GetValueOrDefault(p.Id)?.Calibrated, factors[p.Id])).ToList(), round.Weights);
        var byId = proposals.ToDictionary(p => p.Id);
        var rows = ranking.Select(ranked =>
        {
            var p = byId[ranked.ProposalId];
            return new SelectionRow(p.Id, p.OrganizationId, p.Organization, p.RegionName, p.ReceiptNumber,
                counties[p.Id].Select(c => c.StateCode).Distinct().Order().ToList(), factors[p.Id],
                populations[p.Id].Where(f => f.Count is not null).ToDictionary(f => f.Population, f => f.Count!.Value),
                results.GetValueOrDefault(p.Id), ranked, decisions.GetValueOrDefault(p.Id), counties[p.Id].Select(c => c.Fips).ToList(),
                overlaps.GetValueOrDefault(p.Id, []));
        }).ToList();
        return new Cached(new SelectionBoard(round, rows), rfp);
    }
}
