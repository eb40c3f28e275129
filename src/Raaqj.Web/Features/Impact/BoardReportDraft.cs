using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Planning;

namespace Raaqj.Web.Features.Impact;

// The report's sentences, drafted from its figures: what a program officer would otherwise write by hand from five pages.
public static class BoardReportDraft
{
    public static string Overview(BoardReportModel report)
    {
        var regions = report.Regions;
        var approved = regions.Count(r => r.Plan.Status == PlanStatus.Approved);
        var late = regions.Sum(r => r.Milestones.Late.Count);
        var lateRegions = regions.Count(r => r.Milestones.Late.Count > 0);
        var reportsLate = regions.Sum(r => r.Reports.Late);
        var lines = regions.SelectMany(r => r.Indicators).Where(i => i.Standing != IndicatorStanding.NotReported).ToList();
        return $"{Count(regions.Count, "region")} in the cohort; {Count(approved, "action plan")} approved. "
            + (late == 0 ? "No milestone is late. " : $"{Count(late, "milestone")} late in {Count(lateRegions, "region")}. ")
            + (reportsLate == 0 ? "No period report is late. " : $"{Count(reportsLate, "period report")} late. ")
            + (lines.Count == 0 ? "No indicator has an accepted value yet."
                : $"{lines.Count(i => i.Standing == IndicatorStanding.OnTrack)} of {Count(lines.Count, "reported indicator")} on their target path.");
    }

    public static string Summary(BoardRegion region)
    {
        var m = region.Milestones;
        var reported = region.Indicators.Where(i => i.Standing != IndicatorStanding.NotReported).ToList();
        return $"{m.Done} of {Count(m.All.Count, "milestone")} done" + (m.Late.Count > 0 ? $", {m.Late.Count} late. " : ". ")
            + $"Action plan: {PlanWorkflow.Label(region.Plan.Status ?? PlanStatus.Draft).ToLowerInvariant()}{(region.Plan.LatestVersion is { } v ? $" (version {v})" : "")}. "
            + (reported.Count == 0 ? "No indicator has an accepted value yet. "
                : $"{reported.Count(i => i.Standing == IndicatorStanding.OnTrack)} of {Count(reported.Count, "reported indicator")} on their target path. ")
            + $"Local match: {Money.Dollars(region.Match.Totals.Received)} received and {Money.Dollars(region.Match.Totals.Pledged)} pledged, of {Money.Dollars(region.Match.Committed)} committed. "
            + $"{Count(region.Engagement.Engaged, "organization")} engaged, {Count(region.Engagement.People, "person", "people")} equipped.";
    }

    public static string Standing(IndicatorStanding standing) => standing switch
    {
        IndicatorStanding.OnTrack => "On track",
        IndicatorStanding.Missed => "Below its path",
        _ => "Not reported yet",
    };

    public static string StandingBadge(IndicatorStanding standing) => standing switch
    {
        IndicatorStanding.OnTrack => "text-bg-success",
        IndicatorStanding.Missed => "text-bg-danger",
        _ => "text-bg-light border",
    };

    private static string Count(int n, string one, string? many = null) => $"{n} {(n == 1 ? one : many ?? one + "s")}";
}
