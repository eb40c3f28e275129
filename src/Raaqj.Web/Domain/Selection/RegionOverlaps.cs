namespace Raaqj.Web.Domain.Selection;

// Another proposal whose region shares counties with this one, and which (FIPS codes).
public sealed record SharedCounties(int OtherProposalId, IReadOnlyList<string> Fips);

// Regions that claim the same counties. Two such regions in one cohort would serve (and count) the same people
// twice, so every selection page flags them and staff can make "no shared county" a cohort rule.
public static class RegionOverlaps
{
    // For each proposal that shares any county, the others it shares with, most shared first.
    public static IReadOnlyDictionary<int, IReadOnlyList<SharedCounties>> Find(IEnumerable<(int ProposalId, string Fips)> counties)
    {
        var byCounty = counties.Distinct().GroupBy(c => c.Fips).Where(g => g.Count() > 1)
            .Select(g => (Fips: g.Key, Proposals: g.Select(c => c.ProposalId).Order().ToList())).ToList();
        var pairs = new Dictionary<(int, int), List<string>>();
        foreach (var (fips, proposals) in byCounty)
            foreach (var a in proposals)
                foreach (var b in proposals.Where(b => b != a))
                {
                    if (!pairs.TryGetValue((a, b), out var shared))
                        pairs[(a, b)] = shared = [];
                    shared.Add(fips);
                }
        return pairs.GroupBy(p => p.Key.Item1).ToDictionary(g => g.Key,
            g => (IReadOnlyList<SharedCounties>)g.Select(p => new SharedCounties(p.Key.Item2, p.Value.Order().ToList()))
                .OrderByDescending(s => s.Fips.Count).ThenBy(s => s.OtherProposalId).ToList());
    }
}
