namespace Raaqj.Web.Domain.Time;

// Turns the time left before a deadline into words a person reads at a glance.
public static class Countdown
{
    public static string Describe(TimeSpan remaining)
    {
        if (remaining <= TimeSpan.Zero)
            return "the deadline has passed";
        if (remaining < TimeSpan.FromMinutes(1))
            return "less than a minute left";
        var parts = new List<string>();
        if (remaining.Days > 0)
            parts.Add(Plural(remaining.Days, "day"));
        if (remaining.Hours > 0)
            parts.Add(Plural(remaining.Hours, "hour"));
        if (remaining.Days == 0 && remaining.Minutes > 0)
            parts.Add(Plural(remaining.Minutes, "minute"));
        return string.Join(", ", parts) + " left";
    }

    private static string Plural(int count, string unit) => count == 1 ? $"1 {unit}" : $"{count} {unit}s";
}
