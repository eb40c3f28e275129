using Raaqj.Web.Domain.Reporting;
using Raaqj.Web.Domain.Timeline;

namespace Raaqj.UnitTests.Domain;

public sealed class ReportingRulesTests
{
    // Month 1 starts on Jan 31, 2027 in New York: months run Jan 31, Feb 28, Mar 31, ... and never drift.
    private static readonly ProgramCalendar Calendar = new(new DateOnly(2027, 1, 31), "America/New_York");

    private static ScheduledIndicator Monthly(int id, int baselineMonth = 0) => new(id, ReportFrequency.Monthly, baselineMonth, false);

    private static ScheduledIndicator Quarterly(int id, int baselineMonth = 0) => new(id, ReportFrequency.Quarterly, baselineMonth, false);

    [Fact]
    public void A_monthly_indicator_is_due_every_month_and_a_quarterly_one_at_each_quarters_end()
    {
        Assert.Equal(Enumerable.Range(1, 12), ReportSchedule.Months([Monthly(1)], joinedMonth: 1, programMonths: 12));
        Assert.Equal([3, 6, 9, 12], ReportSchedule.Months([Quarterly(1)], joinedMonth: 1, programMonths: 12));
    }

    [Fact]
    public void A_region_reports_from_the_month_it_joined_and_only_after_each_indicators_baseline()
    {
        Assert.Equal([9, 12], ReportSchedule.Months([Quarterly(1)], joinedMonth: 7, programMonths: 12));
        Assert.Equal([8, 9, 10, 11, 12], ReportSchedule.Months([Monthly(1, baselineMonth: 7), Quarterly(2, baselineMonth: 7)], joinedMonth: 5, programMonths: 12));
        Assert.Empty(ReportSchedule.Months([new ScheduledIndicator(1, ReportFrequency.Monthly, 0, IsRetired: true)], joinedMonth: 1, programMonths: 12));
        Assert.False(ReportSchedule.Asks(Quarterly(2, baselineMonth: 7), 8));
        Assert.True(ReportSchedule.Asks(Quarterly(2, baselineMonth: 7), 9));
    }

    [Fact]
    public void A_report_is_due_fifteen_days_after_its_period_ends_in_the_program_zone()
    {
        // Month 1 is Jan 31 to Feb 27, 2027; month 2 runs Feb 28 to Mar 30.
        Assert.Equal(new DateOnly(2027, 2, 27), Calendar.LastDayOf(1));
        Assert.Equal(new DateOnly(2027, 3, 14), ReportSchedule.DueOn(Calendar, 1));
        Assert.Equal(new DateOnly(2027, 4, 14), ReportSchedule.DueOn(Calendar, 2));
        // Quarter 1 ends with month 3 (Mar 31 to Apr 29).
        Assert.Equal(new DateOnly(2027, 5, 14), ReportSchedule.DueOn(Calendar, 3));
        Assert.Equal("Month 3 · Mar 2027 (quarter 1)", ReportSchedule.Label(Calendar, 3));
    }

    [Theory]
    [InlineData("2027-02-27", null, ReportStanding.Upcoming)]
    [InlineData("2027-02-28", null, ReportStanding.Open)]
    [InlineData("2027-03-14", ReportStatus.Draft, ReportStanding.Open)]
    [InlineData("2027-03-15", null, ReportStanding.Late)]
    [InlineData("2027-03-15", ReportStatus.Draft, ReportStanding.Late)]
    [InlineData("2027-03-15", ReportStatus.Submitted, ReportStanding.Submitted)]
    [InlineData("2027-06-01", ReportStatus.ChangesRequested, ReportStanding.ChangesRequested)]
    [InlineData("2027-06-01", ReportStatus.Accepted, ReportStanding.Accepted)]
    public void A_report_is_upcoming_until_its_period_ends_then_due_then_late_until_submitted(string today, ReportStatus? status, ReportStanding expected) =>
        Assert.Equal(expected, ReportSchedule.Standing(Calendar, 1, status, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void The_target_path_runs_evenly_from_the_baseline_to_the_target_and_stays_there()
    {
        var path = new TargetPath(IndicatorDirection.Increase, Baseline: 0, BaselineMonth: 7, Target: 20, TargetMonth: 12);

        Assert.Equal(0m, path.ExpectedAt(5));
        Assert.Equal(4m, path.ExpectedAt(8));
        Assert.Equal(12m, path.ExpectedAt(10));
        Assert.Equal(20m, path.ExpectedAt(12));
        Assert.Equal(20m, path.ExpectedAt(15));
        Assert.Equal(6.67m, new TargetPath(IndicatorDirection.Increase, 0, 0, 20, 3).ExpectedAt(1));
    }

    [Fact]
    public void A_value_misses_its_path_when_it_falls_short_in_the_indicators_direction()
    {
        var more = new TargetPath(IndicatorDirection.Increase, 0, 7, 20, 12);
        var less = new TargetPath(IndicatorDirection.Decrease, 40, 0, 20, 10);

        Assert.True(more.Misses(3, 8));
        Assert.False(more.Misses(4, 8));
        Assert.False(more.Misses(9, 8));
        // Turnover should fall from 40% to 20% by month 10: 30% is expected by month 5.
        Assert.True(less.Misses(31, 5));
        Assert.False(less.Misses(30, 5));
        Assert.False(less.Misses(25, 5));
    }

    [Fact]
    public void A_missed_or_missing_value_needs_an_explanation_before_the_report_goes_in()
    {
        var path = new TargetPath(IndicatorDirection.Increase, 0, 7, 20, 12);
        ReportedValue Line(int id, decimal? value, string explanation = "") => new(id, "Employers engaged", path, value, explanation);

        var problems = ReportRules.Problems([Line(1, 5), Line(2, 3), Line(3, null), Line(4, 2, "Two employers postponed."), Line(5, null, "Not counted this month.")], month: 8);

        Assert.Equal([2, 3], problems.Select(p => p.IndicatorId));
        Assert.Contains("short of its target path (4 by the end of this period)", problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("or explain why there is none", problems[1].Message, StringComparison.Ordinal);
        Assert.False(ReportRules.NeedsExplanation(Line(1, 4), 8));
    }
}
