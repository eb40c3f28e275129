using Raaqj.Web.Domain.Planning;

namespace Raaqj.UnitTests.Domain;

public sealed class AssessmentRulesTests
{
    private static ScoredItem Item(string element, int id, int? score, int? area = null) => new(element.ToLowerInvariant(), element, id, $"Item {id}", score, area);

    [Theory]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(3, false)]
    [InlineData(4, false)]
    public void Items_scored_1_or_2_are_gaps(int score, bool gap) => Assert.Equal(gap, AssessmentRules.IsGap(score));

    [Fact]
    public void Gaps_list_the_low_items_lowest_first_with_the_area_that_helps_and_skip_the_unanswered()
    {
        var gaps = AssessmentRules.Gaps([Item("Leadership", 1, 2, area: 3), Item("Leadership", 2, 4), Item("Data", 3, 1, area: 5), Item("Data", 4, null)]);

        Assert.Equal([(3, 1, (int?)5), (1, 2, (int?)3)], gaps.Select(g => (g.ItemId, g.Score, g.ExpertAreaId)));
    }

    [Fact]
    public void The_change_between_two_assessments_is_read_element_by_element_across_instrument_versions()
    {
        var baseline = AssessmentRules.Elements([Item("Leadership", 1, 1), Item("Leadership", 2, 2), Item("Data", 3, 3), Item("Funding", 4, 2)]);
        // The later version dropped "Funding", added "Partnerships" and a third leadership item.
        var later = AssessmentRules.Elements([Item("Leadership", 11, 3), Item("Leadership", 12, 3), Item("Leadership", 13, 4), Item("Data", 14, 3), Item("Partnerships", 15, null)]);

        var change = AssessmentRules.Change(baseline, later);

        Assert.Equal(["leadership", "data", "partnerships", "funding"], change.Select(c => c.Key));
        var leadership = change[0];
        Assert.Equal((1.5, 10.0 / 3), (leadership.Before!.Value, leadership.After!.Value));
        Assert.Equal(10.0 / 3 - 1.5, leadership.Change!.Value, 6);
        Assert.Equal(0, change[1].Change);
        Assert.Null(change[2].Change);
        Assert.Equal((2.0, (double?)null), (change[3].Before!.Value, change[3].After));
    }

    [Fact]
    public void An_assessment_is_submitted_only_when_every_item_is_scored()
    {
        Assert.Empty(AssessmentRules.CanSubmit([Item("Data", 1, 4), Item("Data", 2, 1)]));
        Assert.Contains("1 is not scored", AssessmentRules.CanSubmit([Item("Data", 1, 4), Item("Data", 2, null)]).Single().Message);
        Assert.False(AssessmentRules.IsScore(5));
        Assert.True(AssessmentRules.IsScore(1));
    }
}
