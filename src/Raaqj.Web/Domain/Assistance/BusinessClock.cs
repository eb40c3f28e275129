using Raaqj.Web.Domain.Time;

namespace Raaqj.Web.Domain.Assistance;

// Response clocks count business days in the program's zone: Monday to Friday, less the holidays staff list. A
// request that arrives after the close of business, on a weekend or on a holiday starts its clock on the next
// business day. "Within N business days" ends at midnight after the Nth business day counted from the day the
// clock starts (that day counts when the request came in during it), in the zone, daylight saving included.
public sealed class BusinessClock(string zoneId, IReadOnlySet<DateOnly> holidays, TimeOnly closeOfBusiness)
{
    public static readonly TimeOnly DefaultCloseOfBusiness = new(17, 0);

    public string ZoneId { get; } = zoneId;

    public bool IsBusinessDay(DateOnly day) => day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !holidays.Contains(day);

    // The business day a request made at that moment is counted from.
    public DateOnly ClockStarts(DateTime utc)
    {
        var local = ZoneTime.ToLocal(utc, ZoneId);
        var day = DateOnly.FromDateTime(local);
        if (IsBusinessDay(day) && TimeOnly.FromDateTime(local) < closeOfBusiness)
            return day;
        return NextBusinessDay(day);
    }

    // The moment (UTC) a clock of `days` business days started at `utc` runs out.
    public DateTime Deadline(DateTime utc, int days)
    {
        if (days < 1)
            throw new ArgumentOutOfRangeException(nameof(days), "A response clock runs at least one business day.");
        var day = ClockStarts(utc);
        for (var counted = 1; counted < days; counted++)
            day = NextBusinessDay(day);
        return ZoneTime.ToUtc(day.AddDays(1).ToDateTime(TimeOnly.MinValue), ZoneId).Utc;
    }

    // Business days from the clock's start to the day of `toUtc` in the zone, that day included when it is one:
    // how long a request has waited, in the unit its targets are set in.
    public int BusinessDaysBetween(DateTime fromUtc, DateTime toUtc)
    {
        var from = ClockStarts(fromUtc);
        var to = DateOnly.FromDateTime(ZoneTime.ToLocal(toUtc, ZoneId));
        var count = 0;
        for (var day = from; day <= to; day = day.AddDays(1))
            if (IsBusinessDay(day))
                count++;
        return count;
    }

    private DateOnly NextBusinessDay(DateOnly day)
    {
        do
            day = day.AddDays(1);
        while (!IsBusinessDay(day));
        return day;
    }
}
