using Raaqj.Web.Domain.Timeline;

namespace Raaqj.UnitTests.Domain;

public sealed class ProgramCalendarTests
{
    private static readonly ProgramCalendar FromMarch = new(new DateOnly(2026, 3, 1), "America/New_York");

    [Theory]
    [InlineData("2026-03-01", 1)]
    [InlineData("2026-03-31", 1)]
    [InlineData("2026-04-01", 2)]
    [InlineData("2026-12-06", 10)]
    [InlineData("2027-02-28", 12)]
    [InlineData("2027-03-01", 13)]
    [InlineData("2026-02-28", 0)]
    [InlineData("2025-12-31", -2)]
    public void A_date_falls_in_one_month_of_the_program(string date, int month) =>
        Assert.Equal(month, FromMarch.MonthOn(DateOnly.Parse(date)));

    [Fact]
    public void A_start_on_the_31st_runs_each_month_from_the_same_date_or_the_last_day_of_a_shorter_month_without_drifting()
    {
        var calendar = new ProgramCalendar(new DateOnly(2027, 1, 31), "America/New_York");

        Assert.Equal(new DateOnly(2027, 2, 28), calendar.FirstDayOf(2));
        Assert.Equal(new DateOnly(2027, 3, 31), calendar.FirstDayOf(3));
        Assert.Equal(new DateOnly(2027, 3, 30), calendar.LastDayOf(2));
        Assert.Equal(2, calendar.MonthOn(new DateOnly(2027, 3, 30)));
        Assert.Equal(3, calendar.MonthOn(new DateOnly(2027, 3, 31)));
        Assert.Equal(1, calendar.MonthOn(new DateOnly(2027, 2, 27)));
        // Every day of two years belongs to exactly the month whose range holds it.
        for (var day = new DateOnly(2027, 1, 1); day < new DateOnly(2029, 1, 1); day = day.AddDays(1))
        {
            var month = calendar.MonthOn(day);
            Assert.InRange(day, calendar.FirstDayOf(month), calendar.LastDayOf(month));
        }
    }

    [Fact]
    public void A_month_across_the_spring_change_of_clocks_is_an_hour_shorter_and_its_bounds_are_local_midnights()
    {
        var (from, to) = FromMarch.UtcRangeOf(1);

        Assert.Equal(new DateTime(2026, 3, 1, 5, 0, 0, DateTimeKind.Utc), from);
        Assert.Equal(new DateTime(2026, 4, 1, 4, 0, 0, DateTimeKind.Utc), to);
        Assert.Equal(TimeSpan.FromDays(31) - TimeSpan.FromHours(1), to - from);
    }

    [Fact]
    public void The_month_of_an_instant_is_the_month_of_its_date_in_the_program_zone()
    {
        // 11:30 PM on March 31 in New York is already April 1 in UTC.
        var lateOnMarch31 = new DateTime(2026, 4, 1, 3, 30, 0, DateTimeKind.Utc);

        Assert.Equal(new DateOnly(2026, 3, 31), FromMarch.DateAt(lateOnMarch31));
        Assert.Equal(1, FromMarch.MonthAt(lateOnMarch31));
        Assert.Equal(2, FromMarch.MonthAt(lateOnMarch31.AddHours(1)));
    }

    [Fact]
    public void Months_are_labelled_by_count_and_by_calendar_month() =>
        Assert.Equal("Month 4 · Jun 2026", FromMarch.Label(4));

    [Theory]
    [InlineData(2, "Strategic development")]
    [InlineData(3, "Strategic development|RFP launch and program planning")]
    [InlineData(8, "Cohort launch")]
    [InlineData(10, "Regional planning")]
    [InlineData(13, "")]
    public void Phases_of_a_month_overlap_where_the_plan_overlaps(int month, string names) =>
        Assert.Equal(names, string.Join("|", ProgramPhases.On(month, ProgramPhases.Defaults, p => p).Select(p => p.Name)));

    [Theory]
    [InlineData(0, 3, "A phase starts in month 1 or later.")]
    [InlineData(5, 4, "A phase ends in the month it starts or later.")]
    [InlineData(9, 13, "The program has 12 months.")]
    [InlineData(9, 12, null)]
    public void A_phase_must_fit_the_program(int first, int last, string? problem) =>
        Assert.Equal(problem, ProgramPhases.Problem(first, last, 12));
}
