using Raaqj.Web.Domain.Funding;
using Raaqj.Web.Domain.Planning;
using Raaqj.Web.Domain.Reporting;
using Raaqj.Web.Domain.Timeline;
using Raaqj.Web.Features.ActionPlans;
using Raaqj.Web.Features.Impact;
using Raaqj.Web.Features.Reports;
using Raaqj.Web.Features.Timeline;

namespace Raaqj.UnitTests.Features;

// The program report's drafted sentences and its standings: an indicator against its target path at the period of its
// latest accepted value, the region's summary and the cohort's overview, each counted from the figures.
public sealed class BoardReportDraftTests
{
    private static readonly DateOnly Start = new(2026, 2, 24);

    // 0 at the end of month 9, 30 by month 12: the path stands at 10 at month 10 and 20 at month 11.
    private static IndicatorRow Employers(IndicatorDirection direction = IndicatorDirection.Increase) =>
        new(1, null, null, null, "Employers engaged", "employers", direction, direction == IndicatorDirection.Increase ? 0 : 30, 9,
            direction == IndicatorDirection.Increase ? 30 : 0, 12, ReportFrequency.Monthly, "", "", false);

    private static BoardIndicator Line(decimal? value, int month = 10, IndicatorDirection direction = IndicatorDirection.Increase) =>
        new(Employers(direction), value is { } v ? new AcceptedValue(7, 1, month, v) : null);

    private static MilestoneRow Milestone(MilestoneStatus status, MilestoneUrgency urgency, int day) =>
        new(day, 1, 7, "Ohio", null, $"Milestone {day}", "", null, null, Start.AddDays(day), null, null, null, status, urgency, null, "", null, [], null, [], null, default);

    private static BoardRegion Region(IReadOnlyList<MilestoneRow> milestones, PlanStatus? plan, int? version, IReadOnlyList<BoardIndicator> indicators) =>
        new(7, "Northeast Ohio", "Cast Workforce Board", Start, null, new BoardMilestones(milestones), new RegionPlanColumn(7, "Northeast Ohio", plan, version, null),
            new BoardReports(1, 0, 0), indicators,
            new BoardMatch(100_000, new MatchTotals(75_000, 50_000, 0, 0, new Dictionary<MatchSource, decimal>())), new BoardEngagement(4, 1, [], 3));

    [Theory]
    [InlineData(10, IndicatorStanding.OnTrack)]
    [InlineData(9.5, IndicatorStanding.Missed)]
    [InlineData(25, IndicatorStanding.OnTrack)]
    public void A_value_stands_against_the_path_at_its_own_period(double value, IndicatorStanding standing) =>
        Assert.Equal(standing, Line((decimal)value).Standing);

    [Fact]
    public void The_same_value_a_month_later_falls_below_a_path_that_has_risen()
    {
        Assert.Equal((10m, IndicatorStanding.OnTrack), (Line(10, month: 10).Expected!.Value, Line(10, month: 10).Standing));
        Assert.Equal((20m, IndicatorStanding.Missed), (Line(10, month: 11).Expected!.Value, Line(10, month: 11).Standing));
    }

    [Fact]
    public void Where_lower_is_better_a_value_above_the_path_misses_it()
    {
        Assert.Equal(IndicatorStanding.Missed, Line(21, direction: IndicatorDirection.Decrease).Standing);
        Assert.Equal(IndicatorStanding.OnTrack, Line(20, direction: IndicatorDirection.Decrease).Standing);
    }

    [Fact]
    public void An_indicator_with_no_accepted_value_is_not_reported_and_has_no_path_to_compare()
    {
        Assert.Equal(IndicatorStanding.NotReported, Line(null).Standing);
        Assert.Null(Line(null).Expected);
    }

    [Fact]
    public void A_region_is_summed_up_from_its_milestones_plan_indicators_match_and_engagement()
    {
        var region = Region([Milestone(MilestoneStatus.Done, MilestoneUrgency.None, 10), Milestone(MilestoneStatus.NotStarted, MilestoneUrgency.Late, 20),
            Milestone(MilestoneStatus.NotStarted, MilestoneUrgency.None, 40)], PlanStatus.Approved, 2, [Line(12), Line(4), Line(null)]);

        Assert.Equal("1 of 3 milestones done, 1 late. Action plan: approved (version 2). 1 of 2 reported indicators on their target path. "
            + "Local match: $75,000 received and $50,000 pledged, of $100,000 committed. 1 organization engaged, 3 people equipped.", BoardReportDraft.Summary(region));
        Assert.Equal(["Milestone 40"], region.Milestones.Next.Select(m => m.Title));
    }

    [Fact]
    public void A_region_without_a_plan_or_values_yet_says_so()
    {
        var summary = BoardReportDraft.Summary(Region([Milestone(MilestoneStatus.NotStarted, MilestoneUrgency.None, 40)], null, null, [Line(null)]));

        Assert.StartsWith("0 of 1 milestone done. Action plan: draft. No indicator has an accepted value yet.", summary);
    }

    [Fact]
    public void The_overview_counts_the_cohort_and_says_when_nothing_is_late()
    {
        var today = new ProgramToday(new ProgramHeader(1, "Inaugural cohort", 1, Start, "America/New_York", 12, []), Start.AddMonths(9), 10);
        var onTime = Region([Milestone(MilestoneStatus.Done, MilestoneUrgency.None, 10)], PlanStatus.Approved, 1, [Line(12)]);
        var late = Region([Milestone(MilestoneStatus.NotStarted, MilestoneUrgency.Late, 20)], PlanStatus.Submitted, 1, [Line(4)]);

        Assert.Equal("2 regions in the cohort; 1 action plan approved. 1 milestone late in 1 region. No period report is late. 1 of 2 reported indicators on their target path.",
            BoardReportDraft.Overview(new BoardReportModel(today, [], [onTime, late])));
        Assert.Contains("No milestone is late.", BoardReportDraft.Overview(new BoardReportModel(today, [], [onTime])));
    }

    [Fact]
    public void Every_table_has_a_value_for_each_of_its_columns()
    {
        var today = new ProgramToday(new ProgramHeader(1, "Inaugural cohort", 1, Start, "America/New_York", 12, []), Start.AddMonths(9), 10);
        var report = new BoardReportModel(today, [], [Region([Milestone(MilestoneStatus.Done, MilestoneUrgency.None, 10)], PlanStatus.Approved, 1, [Line(12)])]);

        var sheets = BoardReportTables.Sheets(report, BoardReportTables.Workbook);

        Assert.Equal(BoardReportTables.Keys.Select(BoardReportTables.Title), sheets.Select(s => s.Name));
        Assert.All(sheets, sheet => Assert.All(sheet.Rows, row => Assert.Equal(sheet.Header.Count, row.Count)));
        Assert.Empty(BoardReportTables.Sheets(report, "ledger"));
    }
}
