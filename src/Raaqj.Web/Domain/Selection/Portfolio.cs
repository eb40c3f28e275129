namespace Raaqj.Web.Domain.Selection;

// The rules staff set for the cohort: how many regions, the money available (none = no limit), whether a state
// may have only one region, and whether two regions may share a county.
public sealed record PortfolioRules(int CohortSize, decimal? Budget, bool OnePerState, bool NoSharedCounties = false);

// A ranked proposal as the portfolio weighs it: its combined score, what it asks for, the states its counties are in and the counties (FIPS).
public sealed record PortfolioCandidate(int ProposalId, string Name, double Score, decimal AmountRequested, IReadOnlyCollection<string> States,
    IReadOnlyCollection<string>? Counties = null)
{
    public IReadOnlyCollection<string> CountyCodes => Counties ?? [];
}

// The best set found, its total score, and whether the search was completed (so the set is proven best).
public sealed record PortfolioSuggestion(IReadOnlyList<int> ProposalIds, double TotalScore, bool Exact);

public static class Portfolio
{
    // A search larger than this stops with the best set found so far (never reached at program scale).
    public const int SearchLimit = 2_000_000;

    // Every rule the chosen set breaks, in words a program officer would use.
    public static IReadOnlyList<string> Warnings(IReadOnlyCollection<PortfolioCandidate> chosen, PortfolioRules rules)
    {
        var warnings = new List<string>();
        if (chosen.Count > rules.CohortSize)
            warnings.Add($"{chosen.Count} regions are shortlisted; the cohort has room for {rules.CohortSize}.");
        var requested = chosen.Sum(c => c.AmountRequested);
        if (rules.Budget is { } budget && requested > budget)
            warnings.Add($"The shortlist requests {Money.Dollars(requested)}, {Money.Dollars(requested - budget)} over the available budget of {Money.Dollars(budget)}.");
        if (rules.OnePerState)
            foreach (var state in chosen.SelectMany(c => c.States.Select(s => (State: s, c.Name))).GroupBy(x => x.State).Where(g => g.Count() > 1).OrderBy(g => g.Key))
                warnings.Add($"{state.Key} has {state.Count()} shortlisted regions ({string.Join(", ", state.Select(x => x.Name))}); the rule allows one per state.");
        // With the rule off, shared counties are still flagged on every row and under the population totals.
        if (rules.NoSharedCounties)
        {
            var names = chosen.ToDictionary(c => c.ProposalId, c => c.Name);
            var overlaps = RegionOverlaps.Find(chosen.SelectMany(c => c.CountyCodes.Select(f => (c.ProposalId, f))));
            foreach (var (id, shared) in overlaps.OrderBy(o => names[o.Key]))
                foreach (var other in shared.Where(s => s.OtherProposalId > id))
                    warnings.Add($"{names[id]} and {names[other.OtherProposalId]} share {other.Fips.Count} {(other.Fips.Count == 1 ? "county" : "counties")}; the rule allows no shared county.");
        }
        return warnings;
    }

    // The set with the highest total combined score that keeps every rule: at most the cohort size, within the
    // budget, no two regions sharing a state and no two sharing a county when those rules are on. Branch and bound: candidates are tried from
    // the best score down; a branch is dropped when even the best remaining scores could not beat the best set
    // found. That bound makes the search exact while pruning almost everything at program scale (docs/selection.md).
    public static PortfolioSuggestion Suggest(IReadOnlyList<PortfolioCandidate> candidates, PortfolioRules rules)
    {
        var sorted = candidates.Where(c => c.Score > 0 && (rules.Budget is null || c.AmountRequested <= rules.Budget))
            .OrderByDescending(c => c.Score).ThenBy(c => c.ProposalId).ToList();
        var best = new List<int>();
        var bestScore = 0.0;
        var chosen = new List<int>();
        var states = new Dictionary<string, int>();
        var counties = new HashSet<string>();
        var visited = 0;
        var exact = true;

        void Search(int from, double score, decimal spent)
        {
            if (score > bestScore + 1e-9)
            {
                bestScore = score;
                best = [.. chosen];
            }
            var room = rules.CohortSize - chosen.Count;
            if (room == 0)
                return;
            for (var i = from; i < sorted.Count; i++)
            {
                // The best this branch could still reach: the next `room` scores, which are the largest left.
                var bound = score;
                for (var j = i; j < Math.Min(sorted.Count, i + room); j++)
                    bound += sorted[j].Score;
                if (bound <= bestScore + 1e-9)
                    return;
                if (++visited > SearchLimit)
                {
                    exact = false;
                    return;
                }
                var candidate = sorted[i];
                if (rules.Budget is { } budget && spent + candidate.AmountRequested > budget)
                    continue;
                if (rules.OnePerState && candidate.States.Any(states.ContainsKey))
                    continue;
                if (rules.NoSharedCounties && candidate.CountyCodes.Any(counties.Contains))
                    continue;
                chosen.Add(candidate.ProposalId);
                foreach (var state in candidate.States)
                    states[state] = candidate.ProposalId;
                if (rules.NoSharedCounties)
                    counties.UnionWith(candidate.CountyCodes);
                Search(i + 1, score + candidate.Score, spent + candidate.AmountRequested);
                chosen.RemoveAt(chosen.Count - 1);
                foreach (var state in candidate.States)
                    states.Remove(state);
                if (rules.NoSharedCounties)
                    counties.ExceptWith(candidate.CountyCodes);
            }
        }

        Search(0, 0, 0);
        return new PortfolioSuggestion(best, Math.Round(bestScore, 2), exact);
    }
}
