using System.Globalization;
using NodaTime;

namespace Raaqj.Web.Domain.Timeline;

// Months of the program, counted from its start date in the program's time zone: month 1 runs from the start date
// to the day before the same date a month later, month 2 from there, and so on. Each month's first day is worked out
// from the start date itself (never from the month before), so a start on the 31st runs Jan 31, Feb 28, Mar 31 and
// never drifts. Month 0 and below are the months before the program.
public sealed class ProgramCalendar(DateOnly start, string zoneId)
{
    private static readonly CultureInfo UsEnglish = CultureInfo.GetCultureInfo("en-US");

    public DateOnly Start { get; } = start;

    public string ZoneId { get; } = zoneId;

    public DateOnly FirstDayOf(int month) => Start.AddMonths(month - 1);

    public DateOnly LastDayOf(int month) => FirstDayOf(month + 1).AddDays(-1);

    public int MonthOn(DateOnly date)
    {
        var month = (date.Year - Start.Year) * 12 + date.Month - Start.Month + 1;
        while (date < FirstDayOf(month))
            month--;
        while (date >= FirstDayOf(month + 1))
            month++;
        return month;
    }

    // The date it is in the program's zone at a UTC instant.
    public DateOnly DateAt(DateTime utc) =>
        DateOnly.FromDateTime(Instant.FromDateTimeUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).InZone(Time.ZoneTime.Zone(ZoneId)).Date.ToDateTimeUnspecified());

    public int MonthAt(DateTime utc) => MonthOn(DateAt(utc));

    // The UTC instants a month covers, from midnight of its first day to midnight after its last, in the program's zone:
    // a month across a change of clocks is an hour shorter or longer.
    public (DateTime FromUtc, DateTime ToUtc) UtcRangeOf(int month) => (Midnight(FirstDayOf(month)), Midnight(FirstDayOf(month + 1)));

    // "Month 4 · Mar 2027": the program's count and the calendar month it starts in.
    public string Label(int month) => $"Month {month} · {CalendarMonth(month)}";

    public string CalendarMonth(int month) => FirstDayOf(month).ToString("MMM yyyy", UsEnglish);

    private DateTime Midnight(DateOnly date) =>
        Time.ZoneTime.Zone(ZoneId).AtStartOfDay(LocalDate.FromDateOnly(date)).ToDateTimeUtc();
}
