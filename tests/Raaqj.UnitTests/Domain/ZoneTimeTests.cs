using Raaqj.Web.Domain.Time;

namespace Raaqj.UnitTests.Domain;

public sealed class ZoneTimeTests
{
    [Fact]
    public void A_time_in_the_spring_gap_does_not_exist_and_is_reported_not_thrown()
    {
        // On Sunday, March 14, 2027 New York's clocks jump from 2:00 to 3:00 AM.
        var conversion = ZoneTime.ToUtc(new DateTime(2027, 3, 14, 2, 30, 0), "America/New_York");

        Assert.Contains("does not exist", conversion.Problem);
        Assert.Contains("from 2:00 AM to 3:00 AM", conversion.Problem);
        Assert.Equal(new DateTime(2027, 3, 14, 7, 30, 0, DateTimeKind.Utc), conversion.Utc);
    }

    [Fact]
    public void A_time_in_the_autumn_overlap_is_read_as_the_first_daylight_one()
    {
        // On Sunday, November 7, 2027 1:30 AM happens twice in New York: first in EDT (UTC-4), then in EST (UTC-5).
        var conversion = ZoneTime.ToUtc(new DateTime(2027, 11, 7, 1, 30, 0), "America/New_York");

        Assert.Null(conversion.Problem);
        Assert.Equal(new DateTime(2027, 11, 7, 5, 30, 0, DateTimeKind.Utc), conversion.Utc);
        Assert.Equal("EDT", ZoneTime.Abbreviation(conversion.Utc, "America/New_York"));
        Assert.Equal("EST", ZoneTime.Abbreviation(conversion.Utc.AddHours(1), "America/New_York"));
        Assert.Equal(new DateTime(2027, 11, 7, 1, 30, 0), ZoneTime.ToLocal(conversion.Utc.AddHours(1), "America/New_York"));
    }

    [Theory]
    [InlineData("America/New_York", 1, "EST")]
    [InlineData("America/New_York", 7, "EDT")]
    [InlineData("America/Phoenix", 7, "MST")]
    [InlineData("Pacific/Honolulu", 7, "HST")]
    [InlineData("America/Puerto_Rico", 1, "AST")]
    [InlineData("America/Anchorage", 7, "AKDT")]
    public void Abbreviations_come_from_the_zone_not_from_initials(string zone, int month, string expected) =>
        Assert.Equal(expected, ZoneTime.Abbreviation(new DateTime(2027, month, 15, 12, 0, 0, DateTimeKind.Utc), zone));

    [Fact]
    public void Ordinary_times_go_there_and_back()
    {
        var local = new DateTime(2027, 4, 15, 17, 0, 0);

        var utc = ZoneTime.ToUtc(local, "America/Chicago").Utc;

        Assert.Equal(new DateTime(2027, 4, 15, 22, 0, 0, DateTimeKind.Utc), utc);
        Assert.Equal(local, ZoneTime.ToLocal(utc, "America/Chicago"));
    }
}
