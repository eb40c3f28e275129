using Raaqj.Web.Domain.Time;

namespace Raaqj.UnitTests.Domain;

public sealed class CountdownTests
{
    [Theory]
    [InlineData(0, 0, 0, 30, "less than a minute left")]
    [InlineData(0, 0, 1, 0, "1 minute left")]
    [InlineData(0, 2, 5, 0, "2 hours, 5 minutes left")]
    [InlineData(1, 0, 5, 0, "1 day left")]
    [InlineData(21, 7, 0, 0, "21 days, 7 hours left")]
    public void Describes_the_time_left_in_words(int days, int hours, int minutes, int seconds, string expected) =>
        Assert.Equal(expected, Countdown.Describe(new TimeSpan(days, hours, minutes, seconds)));

    [Fact]
    public void Says_when_the_deadline_has_passed() =>
        Assert.Equal("the deadline has passed", Countdown.Describe(TimeSpan.FromSeconds(-1)));
}
