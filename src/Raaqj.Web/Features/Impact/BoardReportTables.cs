using System.Globalization;
using Raaqj.Web.Domain.Funding;
using Raaqj.Web.Domain.Impact;
using Raaqj.Web.Domain.Planning;
using Raaqj.Web.Domain.Reporting;
using Raaqj.Web.Domain.Timeline;
using Raaqj.Web.Features.Timeline;
using Raaqj.Web.Infrastructure.Exports;

namespace Raaqj.Web.Features.Impact;

// Every table of the report as rows of values (numbers stay numbers in Excel): what the page shows and what it
// exports are read from the same model.
public static class BoardReportTables
{
    public static IReadOnlyList<string> Keys { get; } = ["targets", "regions", "milestones", "indicators", "match", "engagement"];

    // Every table at once, as one workbook.
    public const string Workbook = "all";

    public static IReadOnlyList<ExportSheet> Sheets(BoardReportModel report, string key) =>
        key == Workbook ? Keys.Select(k => Of(report, k)!).ToList() : Of(report, key) is { } sheet ? [sheet] : [];

    public static ExportSheet? Of(BoardReportModel report, string key) => key switch
    {
        "targets" => Targets(report),
        "regions" => Regions(report),
        "milestones" => Milestones(report),
        "indicators" => Indicators(report),
        "match" => Match(report),
        "engagement" => Engagement(report),
        _ => null,
    };

    public static string Title(string key) => key switch
    {
        "targets" => "Targets",
        "regions" => "Regions at a glance",
        "milestones" => "Milestones",
        "indicators" => "Indicators",
        "match" => "Local match",
        _ => "Engagement",
    };

    private static ExportSheet Targets(BoardReportModel report) => new(Title("targets"), ["Target", "Figure", "Goal", "Percent of goal", "Pledged, still to come"],
        report.Targets.Select(t => Row(ProgramTargets.Name(t.Kind), t.Value, t.Goal, t.Percent, ProgramTargets.IsMoney(t.Kind) ? t.Promised : null)).ToList());

    private static ExportSheet Regions(BoardReportModel report) => new(Title("regions"),
        ["Region", "Anchor organization", "Joined", "Milestones done", "Milestones", "Milestones late", "Action plan", "Plan version", "Reports accepted", "Reports late",
            "Indicators on track", "Indicators reported", "Match received", "Match committed", "Organizations engaged", "People equipped"],
        report.Regions.Select(r => Row(r.Name, r.Organization, Date(r.Joined), r.Milestones.Done, r.Milestones.All.Count, r.Milestones.Late.Count,
            PlanWorkflow.Label(r.Plan.Status ?? PlanStatus.Draft), r.Plan.LatestVersion, r.Reports.Accepted, r.Reports.Late,
            r.Indicators.Count(i => i.Standing == IndicatorStanding.OnTrack), r.Indicators.Count(i => i.Standing != IndicatorStanding.NotReported),
            r.Match.Totals.Received, r.Match.Committed, r.Engagement.Engaged, r.Engagement.People)).ToList());

    private static ExportSheet Milestones(BoardReportModel report) => new(Title("milestones"), ["Region", "Milestone", "Due", "Status", "Late", "Done on"],
        report.Regions.SelectMany(r => r.Milestones.All.OrderBy(m => m.Due).ThenBy(m => m.Title).Select(m => Row(r.Name, m.Title, Date(m.Due), MilestoneWording.Status(m.Status),
            m.Urgency == MilestoneUrgency.Late ? "Yes" : "No", m.CompletedOn is { } done ? Date(done) : null))).ToList());

    private static ExportSheet Indicators(BoardReportModel report) => new(Title("indicators"),
        ["Region", "Indicator", "Whose", "Unit", "Direction", "Baseline", "Target", "Target month", "Latest accepted value", "Its period", "Target path then", "Standing"],
        report.Regions.SelectMany(r => r.Indicators.Select(i => Row(r.Name, i.Indicator.Name, i.Indicator.ProgramWide ? "Program" : "Region", i.Indicator.Unit,
            ReportSchedule.Label(i.Indicator.Direction), i.Indicator.Baseline, i.Indicator.Target, report.Program.Calendar.Label(i.Indicator.TargetMonth),
            i.Latest?.Value, i.Latest is { } latest ? report.Program.Calendar.Label(latest.Month) : null, i.Expected, BoardReportDraft.Standing(i.Standing)))).ToList());

    private static ExportSheet Match(BoardReportModel report) => new(Title("match"),
        ["Region", "Committed in the proposal", "Received", "Pledged", "Expected", "Verified", .. Enum.GetValues<MatchSource>().Select(LocalMatch.Label)],
        report.Regions.Select(r => Row([r.Name, r.Match.Committed, r.Match.Totals.Received, r.Match.Totals.Pledged, r.Match.Totals.Expected, r.Match.Totals.Verified,
            .. Enum.GetValues<MatchSource>().Select(s => (object?)r.Match.Totals.BySource.GetValueOrDefault(s))])).ToList());

    private static ExportSheet Engagement(BoardReportModel report) => new(Title("engagement"),
        ["Region", "Stakeholders mapped", "Organizations engaged", "Sectors with none engaged", "People equipped"],
        report.Regions.Select(r => Row(r.Name, r.Engagement.Stakeholders, r.Engagement.Engaged, string.Join(", ", r.Engagement.Uncovered.Select(EcosystemTerms.Label)),
            r.Engagement.People)).ToList());

    private static IReadOnlyList<object?> Row(params object?[] values) => values;

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
