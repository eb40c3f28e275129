namespace Raaqj.Web.Domain.Planning;

// One item as answered: its element (by key), its score, and the expert area that helps with it.
public sealed record ScoredItem(string ElementKey, string ElementName, int ItemId, string Item, int? Score, int? ExpertAreaId);

// A capacity gap: an item scored 1 or 2, with the area to ask for help in.
public sealed record CapacityGap(int ItemId, string Element, string Item, int Score, int? ExpertAreaId);

// An element's average score in one assessment.
public sealed record ElementScore(string Key, string Name, double? Average, int Answered, int Items);

// How an element moved between two assessments (a baseline and a later one), matched by the element's key so a new
// version of the instrument still compares.
public sealed record ElementChange(string Key, string Name, double? Before, double? After)
{
    public double? Change => Before is { } before && After is { } after ? after - before : null;
}

public static class AssessmentRules
{
    public const int LowestScore = 1;
    public const int HighestScore = 4;

    // A score of 1 or 2 is a gap the region may want help with.
    public static bool IsGap(int score) => score is 1 or 2;

    public static bool IsScore(int score) => score is >= LowestScore and <= HighestScore;

    public static IReadOnlyList<CapacityGap> Gaps(IEnumerable<ScoredItem> items) =>
        items.Where(i => i.Score is { } score && IsGap(score)).OrderBy(i => i.Score).ThenBy(i => i.ElementName).ThenBy(i => i.ItemId)
            .Select(i => new CapacityGap(i.ItemId, i.ElementName, i.Item, i.Score!.Value, i.ExpertAreaId)).ToList();

    public static IReadOnlyList<ElementScore> Elements(IEnumerable<ScoredItem> items) =>
        items.GroupBy(i => (i.ElementKey, i.ElementName)).Select(g =>
        {
            var scores = g.Where(i => i.Score is not null).Select(i => (double)i.Score!.Value).ToList();
            return new ElementScore(g.Key.ElementKey, g.Key.ElementName, scores.Count == 0 ? null : scores.Average(), scores.Count, g.Count());
        }).ToList();

    // Every element of either assessment, in the later one's order; one missing from an assessment has no score there.
    public static IReadOnlyList<ElementChange> Change(IReadOnlyList<ElementScore> before, IReadOnlyList<ElementScore> after)
    {
        var earlier = before.ToDictionary(e => e.Key);
        var later = after.ToDictionary(e => e.Key);
        return after.Select(e => new ElementChange(e.Key, e.Name, earlier.GetValueOrDefault(e.Key)?.Average, e.Average))
            .Concat(before.Where(e => !later.ContainsKey(e.Key)).Select(e => new ElementChange(e.Key, e.Name, e.Average, null)))
            .ToList();
    }

    // Submitted when every item has a score.
    public static IReadOnlyList<RuleViolation> CanSubmit(IEnumerable<ScoredItem> items)
    {
        var missing = items.Count(i => i.Score is null);
        return missing == 0 ? [] : [new("", $"Score every item before submitting: {missing} {(missing == 1 ? "is" : "are")} not scored yet.")];
    }
}
