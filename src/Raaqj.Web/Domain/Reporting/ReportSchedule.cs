using Raaqj.Web.Domain.Timeline;

namespace Raaqj.Web.Domain.Reporting;

// Where a region's report for a period stands on a given day.
public enum ReportStanding
{
    // The period has not ended yet.
    Upcoming,
    // The period has ended and the report is not in yet, but it is not due.
    Open,
    Late,
    Submitted,
    ChangesRequested,
    Accepted,
}

// What an indicator needs to place it in the schedule.
public sealed record ScheduledIndicator(int Id, ReportFrequency Frequency, int BaselineMonth, bool IsRetired);

// Reporting periods in program months, in the program's zone. A monthly indicator is reported for every program month,
// a quarterly one for months 3, 6, 9 and 12; a region reports once for each month in which any of its indicators is
// due, from the month it joined, for the periods after each indicator's baseline. A report is due a fixed number of
// days after its period's last day and is late, once that day has passed, until it is submitted.
public static class ReportSchedule
{
    public const int DaysToReport = 15;

    public static bool IsDue(ReportFrequency frequency, int month) => month > 0 && month % (int)frequency == 0;

    // Whether the indicator is asked for in the report for this month.
    public static bool Asks(ScheduledIndicator indicator, int month) =>
        !indicator.IsRetired && indicator.BaselineMonth < month && IsDue(indicator.Frequency, month);

    // The months a region reports for, first to last.
    public static IReadOnlyList<int> Months(IEnumerable<ScheduledIndicator> indicators, int joinedMonth, int programMonths)
    {
        var asked = indicators.ToList();
        return Enumerable.Range(Math.Max(1, joinedMonth), Math.Max(0, programMonths - Math.Max(1, joinedMonth) + 1))
            .Where(month => asked.Any(i => Asks(i, month))).ToList();
    }

    public static DateOnly DueOn(ProgramCalendar calendar, int month) => calendar.LastDayOf(month).AddDays(DaysToReport);

    public static ReportStanding Standing(ProgramCalendar calendar, int month, ReportStatus? status, DateOnly today) => status switch
    {
        ReportStatus.Submitted or ReportStatus.ChangesRequested or ReportStatus.Accepted => Of(status.Value),
        _ when today <= calendar.LastDayOf(month) => ReportStanding.Upcoming,
        _ when today > DueOn(calendar, month) => ReportStanding.Late,
        _ => ReportStanding.Open,
    };

    // A submitted report's standing, whatever the day: what a version's outcome shows.
    public static ReportStanding Of(ReportStatus status) => status switch
    {
        ReportStatus.Submitted => ReportStanding.Submitted,
        ReportStatus.ChangesRequested => ReportStanding.ChangesRequested,
        ReportStatus.Accepted => ReportStanding.Accepted,
        _ => ReportStanding.Open,
    };

    // "Month 6 · Jun 2027", with the quarter when the month closes one.
    public static string Label(ProgramCalendar calendar, int month) =>
        IsDue(ReportFrequency.Quarterly, month) ? $"{calendar.Label(month)} (quarter {month / 3})" : calendar.Label(month);

    public static string Label(ReportStanding standing) => standing switch
    {
        ReportStanding.Upcoming => "Upcoming",
        ReportStanding.Open => "Due",
        ReportStanding.Late => "Late",
        ReportStanding.Submitted => "Awaiting review",
        ReportStanding.ChangesRequested => "Changes requested",
        _ => "Accepted",
    };

    public static string Badge(ReportStanding standing) => standing switch
    {
        ReportStanding.Late => "text-bg-danger",
        ReportStanding.Open => "text-bg-warning",
        ReportStanding.Submitted => "text-bg-info",
        ReportStanding.ChangesRequested => "text-bg-warning",
        ReportStanding.Accepted => "text-bg-success",
        _ => "text-bg-light border",
    };

    public static string Label(ReportFrequency frequency) => frequency == ReportFrequency.Monthly ? "Monthly" : "Quarterly";

    public static string Label(IndicatorDirection direction) => direction == IndicatorDirection.Increase ? "Higher is better" : "Lower is better";
}

// One indicator's line in a report being submitted.
public sealed record ReportedValue(int IndicatorId, string Name, TargetPath Path, decimal? Value, string Explanation);

// The rule every funder's form asks of a report (an explanation for each missed target): a value below its target
// path, or no value at all, needs a reason before the report can go in.
public static class ReportRules
{
    public static bool NeedsExplanation(ReportedValue line, int month) => line.Value is not { } value || line.Path.Misses(value, month);

    public static IReadOnlyList<(int IndicatorId, string Message)> Problems(IEnumerable<ReportedValue> lines, int month) =>
        lines.Where(l => NeedsExplanation(l, month) && string.IsNullOrWhiteSpace(l.Explanation))
            .Select(l => (l.IndicatorId, l.Value is null
                ? $"Give a value for {l.Name}, or explain why there is none this period."
                : $"{l.Name} is short of its target path ({l.Path.ExpectedAt(month):0.##} by the end of this period): explain what happened."))
            .ToList();
}
