using Raaqj.Web.Domain.Reviews;

namespace Raaqj.Web.Domain.Selection;

// A submitted review's scores by criterion, as the sensitivity check re-totals them.
public sealed record ScoredReview(string ReviewerId, int ProposalId, IReadOnlyDictionary<int, decimal?> Scores);

public sealed record NamedCriterion(CriterionScale Scale, string Title);

// One weight moved by a step, and the proposals then in the top places.
public sealed record SensitivityScenario(string Label, int Delta, IReadOnlyList<int> Top);

// How often a proposal is in the top places across the scenarios; robust when it always is.
public sealed record Stability(int ProposalId, bool InCurrentTop, int ScenariosInTop, int Scenarios)
{
    public bool Robust => InCurrentTop && ScenariosInTop == Scenarios;
}

public sealed record SensitivityResult(IReadOnlyList<int> CurrentTop, IReadOnlyList<SensitivityScenario> Scenarios, IReadOnlyList<Stability> Proposals);

// Moves each criterion weight and each priority weight, one at a time, up and down by Step points
// (never below zero; the others stay as they are), re-ranks from the reviewers' own scores, and counts how often
// each proposal stays in the top places. A proposal in the current top that stays in every scenario is robust.
public static class Sensitivity
{
    public const int Step = 10;

    public static SensitivityResult Analyze(
        IReadOnlyList<NamedCriterion> criteria, IReadOnlyList<ScoredReview> reviews, IReadOnlyDictionary<int, PriorityFactors> factors,
        PriorityWeights weights, int topCount)
    {
        var current = Ranking.Top(RankWith(criteria.Select(c => c.Scale).ToList(), reviews, factors, weights), topCount);
        var scenarios = new List<SensitivityScenario>();
        foreach (var delta in new[] { Step, -Step })
        {
            foreach (var criterion in criteria)
            {
                if (criterion.Scale.Weight + delta < 0)
                    continue;
                var moved = criteria.Select(c => c == criterion ? c.Scale with { Weight = c.Scale.Weight + delta } : c.Scale).ToList();
                scenarios.Add(new($"{criterion.Title} {Signed(delta)}", delta, Ranking.Top(RankWith(moved, reviews, factors, weights), topCount)));
            }
            foreach (var (name, weight) in weights.Named())
            {
                if (weight + delta < 0)
                    continue;
                var top = Ranking.Top(RankWith(criteria.Select(c => c.Scale).ToList(), reviews, factors, weights.With(name, delta)), topCount);
                scenarios.Add(new($"{PriorityWeights.Label(name)} {Signed(delta)}", delta, top));
            }
        }

        var place = current.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
        var stability = current.Concat(scenarios.SelectMany(s => s.Top)).Distinct()
            .Select(id => new Stability(id, place.ContainsKey(id), scenarios.Count(s => s.Top.Contains(id)), scenarios.Count))
            .OrderByDescending(s => s.InCurrentTop).ThenByDescending(s => s.ScenariosInTop)
            .ThenBy(s => place.GetValueOrDefault(s.ProposalId, int.MaxValue)).ThenBy(s => s.ProposalId)
            .ToList();
        return new SensitivityResult(current, scenarios, stability);
    }

    // The full ranking from raw scores: weighted totals with these criterion weights, calibration, then the combined rank.
    public static IReadOnlyList<RankedProposal> RankWith(
        IReadOnlyList<CriterionScale> criteria, IReadOnlyList<ScoredReview> reviews, IReadOnlyDictionary<int, PriorityFactors> factors, PriorityWeights weights)
    {
        var totals = reviews.Select(r => new ReviewTotal(r.ReviewerId, r.ProposalId, Scoring.Total(criteria, r.Scores).Value)).ToList();
        var calibrated = Calibration.Results(totals).ToDictionary(r => r.ProposalId, r => r.Calibrated);
        return Ranking.Rank(factors.Select(f => new RankingInput(f.Key, calibrated.GetValueOrDefault(f.Key), f.Value)).ToList(), weights);
    }

    private static string Signed(int delta) => delta > 0 ? $"+{delta}" : $"−{-delta}";
}
