using Raaqj.Web.Domain.Reviews;
using Raaqj.Web.Domain.Selection;

namespace Raaqj.UnitTests.Domain;

public class PriorityFactorsTests
{
    [Fact]
    public void Committed_and_pending_match_are_kept_apart_and_both_count_in_the_ratio()
    {
        var factors = PriorityFactors.From(200_000m, [(50_000m, true), (30_000m, false), (20_000m, true)], [30m, 40m, null, 20m], 2);

        Assert.Equal(70_000m, factors.CommittedMatch);
        Assert.Equal(30_000m, factors.PendingMatch);
        Assert.Equal(0.5, factors.MatchRatio);
        Assert.Equal(30.0, factors.PopulationShare); // the mean of the shares given; the one not given is left out
        Assert.True(factors.HasPastPartnership);
    }

    [Fact]
    public void A_figure_the_proposal_does_not_give_is_missing_not_zero()
    {
        var factors = PriorityFactors.From(null, [(10_000m, true)], [null, null], 0);

        Assert.Null(factors.MatchRatio);
        Assert.Null(factors.PopulationShare);
        Assert.False(factors.HasPastPartnership);
        Assert.Equal(0, factors.PartnershipCount);
    }

    [Fact]
    public void No_match_pledged_is_a_real_zero_when_the_amount_requested_is_known()
    {
        Assert.Equal(0.0, PriorityFactors.From(100_000m, [], [10m], 1).MatchRatio);
    }
}

public class RankingTests
{
    private static PriorityFactors Factors(double? ratio = 0.5, double? share = 20, int partnerships = 1) =>
        new(ratio is null ? null : 100_000m, (decimal)(ratio ?? 0) * 100_000m, 0, share, partnerships);

    [Fact]
    public void The_combined_score_adds_the_weighted_parts_each_priority_scaled_to_the_field_leader()
    {
        var weights = new PriorityWeights(70, 10, 10, 10);
        var ranking = Ranking.Rank(
        [
            new(1, 80, Factors(ratio: 0.5, share: 20, partnerships: 2)),
            new(2, 60, Factors(ratio: 0.25, share: 40, partnerships: 4)),
        ], weights);

        var first = ranking.Single(r => r.ProposalId == 1);
        Assert.Equal(56, first.ReviewPoints);       // 70 × 0.80
        Assert.Equal(10, first.MatchPoints);        // the leader on match
        Assert.Equal(5, first.PopulationPoints);    // half the leader's share
        Assert.Equal(5, first.PartnershipPoints);   // half the leader's count
        Assert.Equal(76, first.Combined);
        var second = ranking.Single(r => r.ProposalId == 2);
        Assert.Equal(42 + 5 + 10 + 10, second.Combined);
        Assert.Equal([1, 2], ranking.Select(r => r.Rank!.Value));
    }

    [Fact]
    public void Weights_decide_the_order()
    {
        RankingInput[] field = [new(1, 90, Factors(ratio: 0, share: 10, partnerships: 0)), new(2, 70, Factors(ratio: 1, share: 40, partnerships: 5))];

        Assert.Equal(1, Ranking.Rank(field, new PriorityWeights(100, 0, 0, 0))[0].ProposalId);
        Assert.Equal(2, Ranking.Rank(field, new PriorityWeights(40, 20, 20, 20))[0].ProposalId);
    }

    [Fact]
    public void Local_match_beyond_a_dollar_per_dollar_earns_no_more()
    {
        var ranking = Ranking.Rank([new(1, 50, Factors(ratio: 3)), new(2, 50, Factors(ratio: 1))], new PriorityWeights(70, 30, 0, 0));

        Assert.Equal(ranking[0].MatchPoints, ranking[1].MatchPoints);
    }

    [Fact]
    public void A_missing_figure_earns_nothing_and_is_named_while_a_missing_review_leaves_the_proposal_unranked()
    {
        var ranking = Ranking.Rank(
        [
            new(1, 70, Factors(ratio: null, share: null)),
            new(2, null, Factors()),
            new(3, 60, Factors()),
        ], PriorityWeights.Default);

        var incomplete = ranking.Single(r => r.ProposalId == 1);
        Assert.Null(incomplete.MatchPoints);
        Assert.Null(incomplete.PopulationPoints);
        Assert.Equal(["amount requested", "population shares"], incomplete.Missing);
        Assert.NotNull(incomplete.Rank);
        var unreviewed = ranking.Single(r => r.ProposalId == 2);
        Assert.Null(unreviewed.Rank);
        Assert.Null(unreviewed.Combined);
        Assert.Equal(2, ranking.Count(r => r.Rank is not null));
        Assert.Equal(2, ranking[^1].ProposalId);
    }

    [Fact]
    public void Weights_must_total_100_and_each_lie_between_0_and_100()
    {
        Assert.Empty(PriorityWeights.Default.Problems());
        Assert.Contains(new PriorityWeights(70, 10, 10, 0).Problems(), p => p.Message.Contains("total 90"));
        Assert.Contains(new PriorityWeights(120, -10, -10, 0).Problems(), p => p.Field == "ReviewScore");
    }
}

public class SensitivityTests
{
    private static readonly NamedCriterion Strategy = new(new CriterionScale(1, 50, 0, 10), "Strategy");
    private static readonly NamedCriterion Partners = new(new CriterionScale(2, 50, 0, 10), "Partners");

    private static ScoredReview Review(string reviewer, int proposal, int strategy, int partners) =>
        new(reviewer, proposal, new Dictionary<int, decimal?> { [1] = strategy, [2] = partners });

    private static readonly Dictionary<int, PriorityFactors> SameFactors =
        Enumerable.Range(1, 3).ToDictionary(i => i, _ => new PriorityFactors(100_000m, 50_000m, 0, 20, 1));

    [Fact]
    public void A_clear_leader_is_robust_and_a_marginal_choice_is_not()
    {
        // Proposal 1 is best on both criteria. Proposals 2 and 3 tie overall; 2 is stronger on strategy, so
        // moving either criterion weight decides which of them takes the second place.
        ScoredReview[] reviews =
        [
            Review("a", 1, 10, 10), Review("b", 1, 10, 10),
            Review("a", 2, 9, 1), Review("b", 2, 9, 1),
            Review("a", 3, 4, 6), Review("b", 3, 4, 6),
        ];

        var result = Sensitivity.Analyze([Strategy, Partners], reviews, SameFactors, new PriorityWeights(100, 0, 0, 0), topCount: 2);

        Assert.Equal(1, result.CurrentTop[0]);
        Assert.True(result.Proposals.Single(p => p.ProposalId == 1).Robust);
        var marginal = result.Proposals.Where(p => p.ProposalId != 1).ToList();
        Assert.NotEmpty(marginal);
        Assert.All(marginal, p => Assert.False(p.Robust));
        Assert.Contains(result.Scenarios, s => s.Label == "Strategy +10" && s.Top.Contains(2));
        Assert.Contains(result.Scenarios, s => s.Label == "Partners +10" && s.Top.Contains(3));
    }

    [Fact]
    public void Each_criterion_and_priority_weight_moves_both_ways_but_never_below_zero()
    {
        ScoredReview[] reviews = [Review("a", 1, 5, 5), Review("a", 2, 6, 6), Review("a", 3, 7, 7)];

        var result = Sensitivity.Analyze([Strategy, Partners], reviews, SameFactors, new PriorityWeights(70, 10, 20, 0), topCount: 2);

        // 2 criteria + 4 priorities up; down: 2 criteria + 3 priorities (past partnerships is already 0).
        Assert.Equal(6 + 5, result.Scenarios.Count);
        Assert.DoesNotContain(result.Scenarios, s => s.Label == "Past partnerships −10");
        Assert.All(result.Proposals, p => Assert.Equal(result.Scenarios.Count, p.Scenarios));
    }
}
