namespace Raaqj.Web.Domain.Selection;

// A proposal as the ranking needs it: its calibrated review score (null until a review is complete) and its priorities.
public sealed record RankingInput(int ProposalId, double? ReviewScore, PriorityFactors Factors);

// One proposal's place: the points each part earned (they add up to the combined score, 0-100) and the
// figures it lacks. Without a complete review a proposal has no combined score and no rank.
public sealed record RankedProposal(
    int ProposalId, int? Rank, double? Combined, double? ReviewPoints, double? MatchPoints, double? PopulationPoints, double? PartnershipPoints,
    IReadOnlyList<string> Missing);

// The combined rank. The calibrated review score counts as it is (0-100). Each priority counts in proportion to
// the proposal highest on it: the leader on local match earns the whole local-match weight, a proposal with half
// its figure earns half. Local match counts up to one dollar per dollar requested, so one very large pledge does
// not flatten everyone else. A missing figure earns nothing and is named, so staff can see why.
public static class Ranking
{
    public const double FullMatchRatio = 1.0;

    public static IReadOnlyList<RankedProposal> Rank(IReadOnlyList<RankingInput> proposals, PriorityWeights weights)
    {
        var total = (double)weights.Total;
        double? Part(double? value, double best, int weight) =>
            value is null ? null : total == 0 ? 0 : Math.Round(weight * (best > 0 ? value.Value / best : 0) * 100 / total, 2);

        var match = proposals.ToDictionary(p => p.ProposalId, p => p.Factors.MatchRatio is { } r ? Math.Min(r, FullMatchRatio) : (double?)null);
        var bestMatch = match.Values.Max() ?? 0;
        var bestShare = proposals.Max(p => p.Factors.PopulationShare) ?? 0;
        var bestPartnerships = proposals.Count == 0 ? 0 : proposals.Max(p => p.Factors.PartnershipCount);

        var scored = proposals.Select(p =>
        {
            var missing = new List<string>();
            if (p.ReviewScore is null) missing.Add("complete review");
            if (match[p.ProposalId] is null) missing.Add("amount requested");
            if (p.Factors.PopulationShare is null) missing.Add("population shares");
            var review = Part(p.ReviewScore, 100, weights.ReviewScore);
            var matchPoints = Part(match[p.ProposalId], bestMatch, weights.LocalMatch);
            var population = Part(p.Factors.PopulationShare, bestShare, weights.PopulationConcentration);
            var partnership = Part(p.Factors.PartnershipCount, bestPartnerships, weights.PastPartnership);
            double? combined = review is null ? null : Math.Round(review.Value + (matchPoints ?? 0) + (population ?? 0) + (partnership ?? 0), 2);
            return new RankedProposal(p.ProposalId, null, combined, review, matchPoints, population, partnership, missing);
        });

        var ordered = scored
            .OrderByDescending(r => r.Combined ?? double.MinValue)
            .ThenByDescending(r => r.ReviewPoints ?? double.MinValue)
            .ThenBy(r => r.ProposalId)
            .ToList();
        return ordered.Select((r, i) => r.Combined is null ? r : r with { Rank = i + 1 }).ToList();
    }

    // The proposals ranked 1 to count.
    public static IReadOnlyList<int> Top(IEnumerable<RankedProposal> ranking, int count) =>
        ranking.Where(r => r.Rank is not null && r.Rank <= count).OrderBy(r => r.Rank).Select(r => r.ProposalId).ToList();
}
