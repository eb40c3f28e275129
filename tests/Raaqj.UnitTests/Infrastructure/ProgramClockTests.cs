using Raaqj.Web.Infrastructure;

namespace Raaqj.UnitTests.Infrastructure;

public sealed class ProgramClockTests
{
    [Fact]
    public void Shows_a_utc_time_in_words_in_the_named_zone_across_daylight_saving()
    {
        var winter = new DateTime(2026, 12, 15, 22, 0, 0, DateTimeKind.Utc);
        var summer = new DateTime(2026, 7, 1, 21, 0, 0, DateTimeKind.Utc);

        Assert.Equal("Tuesday, December 15, 2026 at 5:00 PM Eastern Standard Time", ProgramClock.InWords(winter, "America/New_York"));
        Assert.Equal("Wednesday, July 1, 2026 at 5:00 PM Eastern Daylight Time", ProgramClock.InWords(summer, "America/New_York"));
        Assert.Equal("Tuesday, December 15, 2026 at 4:00 PM Central Standard Time", ProgramClock.InWords(winter, "America/Chicago"));
    }

    [Fact]
    public void Converts_a_wall_clock_time_in_a_zone_to_utc_and_back()
    {
        var local = new DateTime(2027, 4, 15, 17, 0, 0);

        var utc = ProgramClock.ToUtc(local, "America/Chicago");

        Assert.Equal(new DateTime(2027, 4, 15, 22, 0, 0, DateTimeKind.Utc), utc);
        Assert.Equal(local, ProgramClock.ToLocal(utc, "America/Chicago"));
    }

    [Fact]
    public void Every_offered_zone_exists_on_this_platform() =>
        Assert.All(ProgramClock.OfferedZones, zone => Assert.NotNull(ProgramClock.Zone(zone)));
}
