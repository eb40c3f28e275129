using Raaqj.Web.Domain.Time;

namespace Raaqj.Web.Domain.Notifications;

// When the email for notifications that wait for a digest is due.
public static class DigestSchedule
{
    // A burst ends when nothing new has come for this long...
    public static readonly TimeSpan Quiet = TimeSpan.FromMinutes(10);

    // ...or, if it goes on and on, this long after its first notification.
    public static readonly TimeSpan LongestWait = TimeSpan.FromHours(1);

    // The daily digest leaves at this time in the program's zone.
    public static readonly TimeOnly DailyAt = new(8, 0);

    public static DateTime DueAtUtc(EmailDelivery delivery, DateTime oldestUtc, DateTime newestUtc, string zoneId) => delivery switch
    {
        EmailDelivery.AtOnce => oldestUtc,
        EmailDelivery.WhenQuiet => Min(newestUtc + Quiet, oldestUtc + LongestWait),
        EmailDelivery.Daily => NextMorningUtc(oldestUtc, zoneId),
        _ => throw new ArgumentOutOfRangeException(nameof(delivery)),
    };

    // The first DailyAt in the zone after a moment: the same day when it came before the digest's hour.
    public static DateTime NextMorningUtc(DateTime utc, string zoneId)
    {
        var local = ZoneTime.ToLocal(utc, zoneId);
        var day = DateOnly.FromDateTime(local);
        if (TimeOnly.FromDateTime(local) >= DailyAt)
            day = day.AddDays(1);
        return ZoneTime.ToUtc(day.ToDateTime(DailyAt), zoneId).Utc;
    }

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;
}

// Reminders before a deadline: 7 days and 1 day ahead, the nearer one only once it applies.
public static class DeadlineReminder
{
    public static readonly IReadOnlyList<int> DaysAhead = [7, 1];

    // The reminder that applies now (1 within a day of the deadline, 7 within a week), or none.
    public static int? Due(DateTime deadlineUtc, DateTime nowUtc)
    {
        if (nowUtc >= deadlineUtc)
            return null;
        var left = deadlineUtc - nowUtc;
        return DaysAhead.Where(days => left <= TimeSpan.FromDays(days)).Cast<int?>().LastOrDefault();
    }
}
