using Raaqj.Web.Domain.Reviews;

namespace Raaqj.UnitTests.Domain;

public sealed class ScoringTests
{
    private static readonly IReadOnlyList<CriterionScale> Criteria =
        [new(1, 60, 1, 5), new(2, 40, 1, 5)];

    private static Dictionary<int, decimal?> Scores(decimal? first, decimal? second) => new() { [1] = first, [2] = second };

    [Theory]
    [InlineData(5, 1, 60)]
    [InlineData(1, 5, 40)]
    [InlineData(3, 3, 50)]
    [InlineData(5, 5, 100)]
    [InlineData(1, 1, 0)]
    public void The_weighted_total_places_each_score_on_its_scale_and_weighs_it(int first, int second, double expected) =>
        Assert.Equal(expected, Scoring.Total(Criteria, Scores(first, second)).Value);

    [Fact]
    public void A_missing_score_leaves_the_review_without_a_total_and_names_the_criterion()
    {
        var total = Scoring.Total(Criteria, Scores(5, null));

        Assert.Null(total.Value);
        Assert.False(total.IsComplete);
        Assert.Equal([2], total.MissingCriteria);
    }

    [Fact]
    public void Criteria_on_different_scales_count_by_weight_not_by_scale()
    {
        IReadOnlyList<CriterionScale> mixed = [new(1, 50, 0, 10), new(2, 50, 1, 3)];

        Assert.Equal(75, Scoring.Total(mixed, new Dictionary<int, decimal?> { [1] = 10, [2] = 2 }).Value);
    }

    private static double Total(int first, int second) => Scoring.Total(Criteria, Scores(first, second)).Value!.Value;

    [Fact]
    public void A_reviewer_who_scores_everything_one_point_lower_gets_the_same_calibrated_ranking_as_a_neutral_one()
    {
        int[][] neutral = [[5, 4], [4, 4], [3, 5], [2, 3], [4, 2]];
        var withNeutral = new List<ReviewTotal>();
        var withHarsh = new List<ReviewTotal>();
        for (var p = 0; p < neutral.Length; p++)
        {
            var (a, b) = (neutral[p][0], neutral[p][1]);
            withNeutral.Add(new("first", p, Total(a, b)));
            withNeutral.Add(new("second", p, Total(a, b)));
            withHarsh.Add(new("first", p, Total(a, b)));
            withHarsh.Add(new("harsh", p, Total(a - 1, b - 1)));
        }

        var expected = Calibration.Results(withNeutral);
        var actual = Calibration.Results(withHarsh);

        Assert.Equal(expected.Select(r => r.ProposalId), actual.Select(r => r.ProposalId));
        // The harsh reviewer's z-scores equal the neutral one's, so no proposal moves relative to another.
        Assert.Equal(Gaps(expected), Gaps(actual));
        Assert.NotEqual(expected.Select(r => r.Mean), actual.Select(r => r.Mean));
    }

    // Each calibrated score as a share of the range, so two pools with different overall means compare.
    private static List<double> Gaps(IReadOnlyList<ProposalResult> results)
    {
        var top = results.Max(r => r.Calibrated!.Value);
        var bottom = results.Min(r => r.Calibrated!.Value);
        return results.Select(r => Math.Round((r.Calibrated!.Value - bottom) / (top - bottom), 2)).ToList();
    }

    [Fact]
    public void Calibration_corrects_a_proposal_that_drew_a_harsh_reviewer()
    {
        // P1 and P2 are alike; P1 drew the harsh reviewer, P2 the lenient one. Both reviewers also read P3 and P4.
        List<ReviewTotal> reviews =
        [
            new("harsh", 1, 50), new("harsh", 3, 30), new("harsh", 4, 70),
            new("lenient", 2, 80), new("lenient", 3, 60), new("lenient", 4, 100),
        ];

        var results = Calibration.Results(reviews).ToDictionary(r => r.ProposalId);

        Assert.True(results[2].Mean > results[1].Mean);
        Assert.Equal(results[1].Calibrated, results[2].Calibrated);
        var severities = Calibration.Severities(reviews).ToDictionary(s => s.ReviewerId);
        Assert.True(severities["harsh"].Offset < 0);
        Assert.True(severities["lenient"].Offset > 0);
    }

    [Fact]
    public void Strong_disagreement_is_flagged_and_mild_disagreement_is_not()
    {
        List<ReviewTotal> reviews = [new("a", 1, 90), new("b", 1, 40), new("a", 2, 70), new("b", 2, 60)];

        var results = Calibration.Results(reviews).ToDictionary(r => r.ProposalId);

        Assert.True(results[1].Disagreement);
        Assert.False(results[2].Disagreement);
        Assert.Equal(40, results[1].Min);
        Assert.Equal(90, results[1].Max);
        Assert.Equal(25, results[1].StdDev);
    }

    [Fact]
    public void Incomplete_reviews_are_counted_apart_and_never_as_zero()
    {
        List<ReviewTotal> reviews = [new("a", 1, 80), new("b", 1, null), new("c", 2, null)];

        var results = Calibration.Results(reviews).ToDictionary(r => r.ProposalId);

        Assert.Equal(80, results[1].Mean);
        Assert.Equal(1, results[1].CompleteReviews);
        Assert.Equal(1, results[1].IncompleteReviews);
        Assert.Null(results[2].Mean);
        Assert.Null(results[2].Calibrated);
        Assert.Equal(1, results[2].IncompleteReviews);
    }
}
