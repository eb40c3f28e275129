namespace Raaqj.Web.Domain.Assistance;

// One TA request as the dashboard counts it.
public sealed record TaFact(string Area, string Region, bool Open, DateTime RequestedAtUtc, DateTime? FirstAnsweredAtUtc, decimal Hours, int? Rating, bool Breached);

// The figures of a group of requests (an area, a region, all of them).
public sealed record TaFigures(string Name, int Requests, int Open, decimal Hours, TimeSpan? MedianFirstAnswer, double? AverageRating, int Ratings, int Breached);

public static class TaDashboardRules
{
    public static TaFigures Of(string name, IReadOnlyCollection<TaFact> facts)
    {
        var ratings = facts.Where(f => f.Rating is not null).Select(f => f.Rating!.Value).ToList();
        return new TaFigures(name, facts.Count, facts.Count(f => f.Open), facts.Sum(f => f.Hours),
            Median(facts.Where(f => f.FirstAnsweredAtUtc is not null).Select(f => f.FirstAnsweredAtUtc!.Value - f.RequestedAtUtc)),
            ratings.Count == 0 ? null : ratings.Average(), ratings.Count, facts.Count(f => f.Breached));
    }

    // Figures per group, the largest first, then by name.
    public static IReadOnlyList<TaFigures> By(IEnumerable<TaFact> facts, Func<TaFact, string> key) =>
        facts.GroupBy(key).Select(g => Of(g.Key, g.ToList())).OrderByDescending(f => f.Requests).ThenBy(f => f.Name).ToList();

    // The middle value; with an even count, halfway between the two middle ones. None for none.
    public static TimeSpan? Median(IEnumerable<TimeSpan> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
            return null;
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : sorted[middle - 1] + (sorted[middle] - sorted[middle - 1]) / 2;
    }

    // "3 hours", "1.5 days": a duration as a dashboard reads it.
    public static string InWords(TimeSpan? duration) => duration switch
    {
        null => "—",
        { TotalHours: < 1 } d => $"{Math.Max(1, (int)Math.Round(d.TotalMinutes))} minutes",
        { TotalHours: < 48 } d => $"{d.TotalHours:0.#} hours",
        { } d => $"{d.TotalDays:0.#} days",
    };
}
