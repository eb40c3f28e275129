using Raaqj.Web.Domain.Assistance;

namespace Raaqj.UnitTests.Domain;

public sealed class BusinessClockTests
{
    private const string NewYork = "America/New_York";

    // Thanksgiving 2026 is Thursday, November 26.
    private static readonly BusinessClock Clock = new(NewYork, new HashSet<DateOnly> { new(2026, 11, 26) }, BusinessClock.DefaultCloseOfBusiness);

    private static DateTime Eastern(int year, int month, int day, int hour, int minute = 0) =>
        Raaqj.Web.Domain.Time.ZoneTime.ToUtc(new DateTime(year, month, day, hour, minute, 0), NewYork).Utc;

    [Fact]
    public void A_request_on_a_tuesday_morning_is_due_by_midnight_after_wednesday()
    {
        // Tuesday December 1, 2026, 10 AM: Tuesday and Wednesday are its two business days.
        Assert.Equal(Eastern(2026, 12, 3, 0), Clock.Deadline(Eastern(2026, 12, 1, 10), 2));
    }

    [Fact]
    public void A_request_on_a_friday_evening_starts_on_monday()
    {
        // Friday December 4, 2026, 6:30 PM Eastern, after the close of business: Monday and Tuesday.
        var friday = Eastern(2026, 12, 4, 18, 30);
        Assert.Equal(DayOfWeek.Friday, Raaqj.Web.Domain.Time.ZoneTime.ToLocal(friday, NewYork).DayOfWeek);
        Assert.Equal(new DateOnly(2026, 12, 7), Clock.ClockStarts(friday));
        Assert.Equal(Eastern(2026, 12, 9, 0), Clock.Deadline(friday, 2));
    }

    [Fact]
    public void A_weekend_and_a_holiday_do_not_count()
    {
        // Wednesday November 25, 2026, 9 AM, with Thanksgiving on Thursday: Wednesday, Friday, Monday.
        Assert.Equal(Eastern(2026, 12, 1, 0), Clock.Deadline(Eastern(2026, 11, 25, 9), 3));
        Assert.Equal(new DateOnly(2026, 11, 27), Clock.ClockStarts(Eastern(2026, 11, 26, 9)));
        Assert.Equal(new DateOnly(2026, 11, 30), Clock.ClockStarts(Eastern(2026, 11, 28, 9)));
    }

    [Fact]
    public void A_clock_across_the_end_of_daylight_saving_ends_at_local_midnight()
    {
        // Friday October 30, 2026, 4 PM EDT; clocks go back on Sunday November 1. Friday and Monday: due at
        // midnight after Monday November 2, EST, which is 05:00 UTC (it would be 04:00 under EDT).
        var deadline = Clock.Deadline(Eastern(2026, 10, 30, 16), 2);
        Assert.Equal(new DateTime(2026, 11, 3, 5, 0, 0, DateTimeKind.Utc), deadline);
    }

    [Fact]
    public void Business_days_waited_skip_weekends_and_holidays()
    {
        Assert.Equal(1, Clock.BusinessDaysBetween(Eastern(2026, 12, 4, 18), Eastern(2026, 12, 7, 9)));
        Assert.Equal(3, Clock.BusinessDaysBetween(Eastern(2026, 11, 25, 9), Eastern(2026, 11, 30, 12)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Clock.Deadline(Eastern(2026, 12, 1, 10), 0));
    }
}

public sealed class ExpertRoutingTests
{
    private const int Apprenticeship = 2;
    private const int Research = 5;

    private static ExpertLoad Expert(string name, int open, bool available = true, params int[] areas) =>
        new(name.ToLowerInvariant(), name, areas.ToHashSet(), available, open);

    [Fact]
    public void The_least_loaded_available_expert_of_the_area_is_proposed()
    {
        var experts = new[]
        {
            Expert("Ana", 3, true, Apprenticeship), Expert("Ben", 1, true, Apprenticeship, Research),
            Expert("Cy", 0, true, Research), Expert("Dee", 0, false, Apprenticeship),
        };

        Assert.Equal("Ben", ExpertRouting.Propose(Apprenticeship, experts)!.Name);
        Assert.Equal("Cy", ExpertRouting.Propose(Research, experts)!.Name);
    }

    [Fact]
    public void Equal_loads_go_by_name_and_nobody_available_proposes_nobody()
    {
        Assert.Equal("Ana", ExpertRouting.Propose(Apprenticeship, [Expert("Ben", 1, true, Apprenticeship), Expert("Ana", 1, true, Apprenticeship)])!.Name);
        Assert.Null(ExpertRouting.Propose(Apprenticeship, [Expert("Dee", 0, false, Apprenticeship), Expert("Cy", 0, true, Research)]));
        Assert.Null(ExpertRouting.Propose(Apprenticeship, []));
    }
}

public sealed class PeopleEquippedTests
{
    private static readonly DateTime Start = new(2026, 10, 1, 14, 0, 0, DateTimeKind.Utc);

    private static Participation Came(string? email, string name, string? organization, string region, ParticipantRole role, int day) =>
        new(email, name, organization, region, role, Start.AddDays(day));

    [Fact]
    public void A_person_counts_once_by_email_or_by_name_and_organization()
    {
        var people = PeopleEquipped.Count(
        [
            Came("maria@example.org", "Maria Lopez", "City of Denver", "Denver Metro", ParticipantRole.PublicServant, 0),
            Came("MARIA@example.org ", "Maria López", "Denver", "Twin Cities", ParticipantRole.Advocate, 5),
            Came(null, "José Díaz", "Workers United", "Denver Metro", ParticipantRole.Advocate, 1),
            Came(null, "jose  diaz", "Workers United.", "Denver Metro", ParticipantRole.Advocate, 9),
            Came(null, "José Díaz", "Another Union", "Denver Metro", ParticipantRole.Advocate, 2),
            Came(null, "Kim Lee", null, "Twin Cities", ParticipantRole.CommunityMember, 3),
        ]);

        Assert.Equal(4, people.Total);
        Assert.Equal(3, people.ByRegion["Denver Metro"]);
        Assert.Equal(1, people.ByRegion["Twin Cities"]);
        Assert.Equal(1, people.ByRole[ParticipantRole.PublicServant]);
        Assert.Equal(2, people.ByRole[ParticipantRole.Advocate]);
        Assert.Equal(people.Total, people.ByRegion.Values.Sum());
    }

    [Fact]
    public void A_person_counts_where_they_first_came()
    {
        var people = PeopleEquipped.Count(
        [
            Came("sam@example.org", "Sam", null, "Twin Cities", ParticipantRole.Employer, 4),
            Came("sam@example.org", "Sam", null, "Denver Metro", ParticipantRole.Other, 1),
        ]);

        Assert.Equal(1, people.Total);
        Assert.Equal(1, people.ByRegion["Denver Metro"]);
        Assert.Equal(1, people.ByRole[ParticipantRole.Other]);
    }
}

public sealed class TaTransitionsTests
{
    [Theory]
    [InlineData(TaStatus.New, TaStep.Assign, TaActor.Staff, TaStatus.Assigned)]
    [InlineData(TaStatus.Assigned, TaStep.Start, TaActor.Expert, TaStatus.InProgress)]
    [InlineData(TaStatus.InProgress, TaStep.AskRegion, TaActor.Expert, TaStatus.WaitingOnRegion)]
    [InlineData(TaStatus.WaitingOnRegion, TaStep.RegionAnswers, TaActor.Region, TaStatus.InProgress)]
    [InlineData(TaStatus.InProgress, TaStep.Resolve, TaActor.Expert, TaStatus.Resolved)]
    [InlineData(TaStatus.Resolved, TaStep.Confirm, TaActor.Region, TaStatus.Closed)]
    [InlineData(TaStatus.Resolved, TaStep.Reopen, TaActor.Region, TaStatus.InProgress)]
    [InlineData(TaStatus.Resolved, TaStep.CloseUnconfirmed, TaActor.Portal, TaStatus.Closed)]
    [InlineData(TaStatus.InProgress, TaStep.Assign, TaActor.Staff, TaStatus.Assigned)]
    [InlineData(TaStatus.Assigned, TaStep.Withdraw, TaActor.Region, TaStatus.Closed)]
    public void Allowed_steps_lead_where_the_table_says(TaStatus from, TaStep step, TaActor by, TaStatus to) =>
        Assert.Equal(to, TaTransitions.Next(from, step, by));

    [Theory]
    [InlineData(TaStatus.New, TaStep.Resolve, TaActor.Region)]
    [InlineData(TaStatus.InProgress, TaStep.Resolve, TaActor.Region)]
    [InlineData(TaStatus.Resolved, TaStep.Confirm, TaActor.Expert)]
    [InlineData(TaStatus.Resolved, TaStep.Confirm, TaActor.Staff)]
    [InlineData(TaStatus.InProgress, TaStep.Assign, TaActor.Expert)]
    [InlineData(TaStatus.InProgress, TaStep.Assign, TaActor.Region)]
    [InlineData(TaStatus.Closed, TaStep.Reopen, TaActor.Region)]
    [InlineData(TaStatus.InProgress, TaStep.CloseUnconfirmed, TaActor.Portal)]
    [InlineData(TaStatus.Resolved, TaStep.Withdraw, TaActor.Region)]
    public void Anything_else_is_refused(TaStatus from, TaStep step, TaActor by) =>
        Assert.Null(TaTransitions.Next(from, step, by));

    [Fact]
    public void Pages_offer_the_steps_of_the_table_and_never_the_portals_own()
    {
        Assert.Equal([TaStep.Confirm, TaStep.Reopen], TaTransitions.StepsFor(TaStatus.Resolved, [TaActor.Region]));
        Assert.DoesNotContain(TaStep.CloseUnconfirmed, TaTransitions.StepsFor(TaStatus.Resolved, [TaActor.Staff, TaActor.Expert]));
        Assert.Empty(TaTransitions.StepsFor(TaStatus.Closed, [TaActor.Staff, TaActor.Expert, TaActor.Region]));
    }

    [Fact]
    public void A_resolved_request_closes_itself_after_fourteen_days_unless_confirmed_before()
    {
        var resolved = new DateTime(2026, 11, 2, 15, 0, 0, DateTimeKind.Utc);
        Assert.False(TaTransitions.ClosesItself(TaStatus.Resolved, resolved, resolved.AddDays(14).AddMinutes(-1)));
        Assert.True(TaTransitions.ClosesItself(TaStatus.Resolved, resolved, resolved.AddDays(14)));
        Assert.False(TaTransitions.ClosesItself(TaStatus.Closed, resolved, resolved.AddDays(30)));
    }
}
