using Raaqj.Web.Domain.Notifications;

namespace Raaqj.UnitTests.Domain;

public sealed class DigestScheduleTests
{
    private const string Eastern = "America/New_York";

    private static DateTime Utc(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, DateTimeKind.Utc);

    [Fact]
    public void A_burst_is_mailed_once_things_have_been_quiet_for_ten_minutes_or_an_hour_after_it_began()
    {
        var first = Utc(11, 24, 15);
        Assert.Equal(Utc(11, 24, 15, 25), DigestSchedule.DueAtUtc(EmailDelivery.WhenQuiet, first, Utc(11, 24, 15, 15), Eastern));
        Assert.Equal(Utc(11, 24, 16), DigestSchedule.DueAtUtc(EmailDelivery.WhenQuiet, first, Utc(11, 24, 15, 55), Eastern));
    }

    [Theory]
    // 10 AM Eastern on Tuesday: Wednesday 8 AM EST (13:00 UTC).
    [InlineData(11, 24, 15, 11, 25, 13)]
    // 7 AM Eastern: the same morning at 8.
    [InlineData(11, 24, 12, 11, 24, 13)]
    // Saturday, March 7 2026, 9 PM EST: Sunday the 8th is the spring change, 8 AM EDT is 12:00 UTC.
    [InlineData(3, 8, 2, 3, 8, 12)]
    public void The_daily_digest_leaves_at_eight_in_the_morning_in_the_programs_zone_after_the_first_notification(
        int month, int day, int hour, int dueMonth, int dueDay, int dueHour) =>
        Assert.Equal(Utc(dueMonth, dueDay, dueHour), DigestSchedule.DueAtUtc(EmailDelivery.Daily, Utc(month, day, hour), Utc(month, day, hour), Eastern));

    [Theory]
    [InlineData(8.5, null)]
    [InlineData(7, 7)]
    [InlineData(6.5, 7)]
    [InlineData(1, 1)]
    [InlineData(0.1, 1)]
    [InlineData(0, null)]
    [InlineData(-1, null)]
    public void Draft_reminders_come_seven_days_and_one_day_before_the_deadline(double daysLeft, int? reminder)
    {
        var now = Utc(11, 24, 15);
        Assert.Equal(reminder, DeadlineReminder.Due(now.AddDays(daysLeft), now));
    }
}
