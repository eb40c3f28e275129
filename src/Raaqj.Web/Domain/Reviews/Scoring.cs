namespace Raaqj.Web.Domain.Reviews;

// A criterion as scoring needs it: its share of the total and the ends of its scale.
public sealed record CriterionScale(int CriterionId, int Weight, int ScaleMin, int ScaleMax);

// A review's weighted total on a 0-100 scale, or the criteria still unscored (then there is no total).
public sealed record WeightedTotal(double? Value, IReadOnlyList<int> MissingCriteria)
{
    public bool IsComplete => Value is not null;
}

public static class Scoring
{
    // Each score is placed on its criterion's scale (lowest = 0, highest = 1) and weighted by the criterion's
    // share; weights total 100, so the result runs from 0 to 100. A missing score is never read as zero:
    // the review has no total until every criterion is scored.
    public static WeightedTotal Total(IReadOnlyList<CriterionScale> criteria, IReadOnlyDictionary<int, decimal?> scores)
    {
        var missing = criteria.Where(c => scores.GetValueOrDefault(c.CriterionId) is null).Select(c => c.CriterionId).ToList();
        if (missing.Count > 0 || criteria.Count == 0)
            return new WeightedTotal(null, missing);
        var weights = criteria.Sum(c => c.Weight);
        var total = criteria.Sum(c =>
        {
            var position = (double)(scores[c.CriterionId]!.Value - c.ScaleMin) / (c.ScaleMax - c.ScaleMin);
            return c.Weight * Math.Clamp(position, 0, 1);
        });
        return new WeightedTotal(Math.Round(total * 100 / weights, 2), []);
    }

    // Mean and population standard deviation; null for an empty list.
    public static (double Mean, double StdDev)? Spread(IReadOnlyCollection<double> values)
    {
        if (values.Count == 0)
            return null;
        var mean = values.Average();
        return (mean, Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / values.Count));
    }
}
