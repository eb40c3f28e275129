using Raaqj.Web.Domain.Community;
using Raaqj.Web.Features.Community;

namespace Raaqj.UnitTests.Domain;

public sealed class SessionRulesTests
{
    private static readonly DateTime Starts = new(2027, 3, 9, 18, 0, 0, DateTimeKind.Utc);

    private static LearningSession Session(int? capacity = null, SessionKind kind = SessionKind.Webinar) =>
        new() { StartsAtUtc = Starts, EndsAtUtc = Starts.AddHours(1), Capacity = capacity, Kind = kind, TimeZoneId = "America/New_York" };

    [Fact]
    public void Registering_takes_a_free_seat_until_the_session_ends()
    {
        Assert.Empty(SessionRules.CanRegister(Session(capacity: 2), Starts.AddDays(-1), registered: 1));
        Assert.Empty(SessionRules.CanRegister(Session(), Starts.AddMinutes(30), registered: 500));
        Assert.Contains("full", SessionRules.CanRegister(Session(capacity: 2), Starts.AddDays(-1), registered: 2).Single().Message);
        Assert.Contains("ended", SessionRules.CanRegister(Session(), Starts.AddHours(1), registered: 0).Single().Message);
        Assert.Equal(0, SessionRules.SeatsLeft(2, 3));
        Assert.Null(SessionRules.SeatsLeft(null, 3));
    }

    [Theory]
    [InlineData(SessionFormat.Virtual, true, false, true)]
    [InlineData(SessionFormat.Virtual, false, false, false)]
    [InlineData(SessionFormat.Hybrid, false, true, true)]
    [InlineData(SessionFormat.Hybrid, false, false, false)]
    [InlineData(SessionFormat.InPerson, true, true, false)]
    public void The_link_is_for_the_people_registered_and_staff(SessionFormat format, bool registered, bool staff, bool shown) =>
        Assert.Equal(shown, SessionRules.ShowsLink(format, registered, staff));

    [Fact]
    public void Feedback_comes_from_attendees_once_the_session_has_begun_with_a_rating_from_1_to_5()
    {
        Assert.Empty(SessionRules.CanGiveFeedback(Session(), Starts, attended: true, rating: 5));
        Assert.Contains("attending", SessionRules.CanGiveFeedback(Session(), Starts.AddDays(1), attended: false, rating: 4).Single().Message);
        Assert.Contains("begins", SessionRules.CanGiveFeedback(Session(), Starts.AddMinutes(-1), attended: true, rating: 4).Single().Message);
        Assert.Equal("Rating", SessionRules.CanGiveFeedback(Session(), Starts, attended: true, rating: 6).Single().Field);
        Assert.Equal("Rating", SessionRules.CanGiveFeedback(Session(), Starts, attended: true, rating: 0).Single().Field);
        Assert.NotEmpty(SessionRules.CanTakeAttendance(Session(), Starts.AddSeconds(-1)));
        Assert.Empty(SessionRules.CanTakeAttendance(Session(), Starts));
    }

    [Fact]
    public void The_cohort_is_convened_when_every_region_attends_the_launch_convening()
    {
        int[] cohort = [1, 2, 3];
        Assert.True(SessionRules.Convened(SessionKind.LaunchConvening, [3, 1, 2, 2], cohort));
        Assert.False(SessionRules.Convened(SessionKind.LaunchConvening, [1, 2], cohort));
        Assert.False(SessionRules.Convened(SessionKind.Webinar, [1, 2, 3], cohort));
        Assert.False(SessionRules.Convened(SessionKind.LaunchConvening, [], []));
    }

    [Fact]
    public void A_session_reads_in_its_own_zone_across_a_change_of_clocks()
    {
        // March 14, 2027 is the spring change in New York: a session that evening reads in daylight time.
        var evening = Raaqj.Web.Domain.Time.ZoneTime.ToUtc(new DateTime(2027, 3, 14, 18, 0, 0), "America/New_York").Utc;
        Assert.Equal("Sunday, March 14, 2027, 6:00 PM to 7:30 PM EDT", SessionWording.When(evening, evening.AddMinutes(90), "America/New_York"));
        Assert.Equal("Tuesday, March 9, 2027, 1:00 PM to 2:00 PM EST", SessionWording.When(Starts, Starts.AddHours(1), "America/New_York"));
        Assert.Equal("Tuesday, March 9, 2027, 10:00 AM to Wednesday, March 10, 2027, 10:00 AM PST", SessionWording.When(Starts, Starts.AddDays(1), "America/Los_Angeles"));
    }
}
