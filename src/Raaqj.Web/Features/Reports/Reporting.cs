using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Domain.Reporting;
using Raaqj.Web.Features.Timeline;
using Raaqj.Web.Infrastructure.Authorization;

namespace Raaqj.Web.Features.Reports;

// How the signed-in person stands to a region's reporting: its team writes and submits the reports, staff review them,
// both (ContributeToRegion) keep the region's own indicators.
public sealed record RegionReporting(RegionHeader Region, bool IsTeam, bool IsStaff, bool MayDefine, int JoinedMonth)
{
    public Domain.Timeline.ProgramCalendar Calendar => Region.Program.Calendar;
}

public sealed record IndicatorRow(int Id, int? RegionId, string? Region, int? PlanMeasureId, string Name, string Unit, IndicatorDirection Direction, decimal Baseline,
    int BaselineMonth, decimal Target, int TargetMonth, ReportFrequency Frequency, string Definition, string Source, bool IsRetired)
{
    public bool ProgramWide => RegionId is null;

    public TargetPath Path => new(Direction, Baseline, BaselineMonth, Target, TargetMonth);

    public ScheduledIndicator Scheduled => new(Id, Frequency, BaselineMonth, IsRetired);

    // "12 employers" or "$18.50 an hour": the unit after the figure.
    public string Show(decimal value) => ReportWording.Figure(value, Unit);
}

// A value the program counts: its report accepted.
public sealed record AcceptedValue(int RegionId, int IndicatorId, int Month, decimal Value);

// The one place reporting pages ask who may do what to a region's reports, which indicators a region reports and
// which values count.
public sealed class ReportingPages(AppDbContext db, RegionPages regions, RegionAccess access)
{
    public async Task<RegionReporting?> FindAsync(int regionId)
    {
        if (await regions.FindAsync(regionId) is not { } region)
            return null;
        var relations = await access.ToRegion(regionId);
        var joined = await db.CohortRegions.AsNoTracking().Where(r => r.Id == regionId).Select(r => r.JoinedAtUtc).FirstAsync();
        return new RegionReporting(region, Permissions.Allows(RecordAction.ReportRegionProgress, relations), Permissions.Allows(RecordAction.ReviewRegionReport, relations),
            Permissions.Allows(RecordAction.ContributeToRegion, relations), region.Program.Calendar.MonthAt(joined));
    }

    // The program's indicators every region reports, and the region's own (every region's with allRegions); or the one with that id among them.
    public IQueryable<IndicatorRow> Indicators(int programId, int? regionId, bool allRegions = false, int? id = null) =>
        db.Indicators.AsNoTracking().Where(i => i.ProgramEditionId == programId && (allRegions || i.CohortRegionId == null || i.CohortRegionId == regionId) && (id == null || i.Id == id))
            .OrderBy(i => i.CohortRegionId != null).ThenBy(i => i.IsRetired).ThenBy(i => i.Name).ThenBy(i => i.Id)
            .Select(i => new IndicatorRow(i.Id, i.CohortRegionId, db.CohortRegions.Where(r => r.Id == i.CohortRegionId).Select(r => r.RegionName).FirstOrDefault(), i.PlanMeasureId,
                i.Name, i.Unit, i.Direction, i.Baseline, i.BaselineMonth, i.Target, i.TargetMonth, i.Frequency, i.Definition, i.Source, i.IsRetired));

    // The values of accepted reports: of one region (or all), of one indicator (or those listed, or all), before a month (or all).
    public IQueryable<AcceptedValue> Accepted(int? regionId, int? indicatorId, int? beforeMonth = null, IReadOnlyList<int>? indicators = null) =>
        db.ReportValues.AsNoTracking().Where(v => v.Value != null && (indicatorId == null || v.IndicatorId == indicatorId) && (indicators == null || indicators.Contains(v.IndicatorId)))
            .Join(db.PeriodReports.Where(r => r.Status == ReportStatus.Accepted && (regionId == null || r.CohortRegionId == regionId) && (beforeMonth == null || r.EndMonth < beforeMonth)),
                v => v.PeriodReportId, r => r.Id, (v, r) => new AcceptedValue(r.CohortRegionId, v.IndicatorId, r.EndMonth, v.Value!.Value));
}

public static class ReportWording
{
    private static readonly System.Globalization.CultureInfo UsEnglish = System.Globalization.CultureInfo.GetCultureInfo("en-US");

    public static string Figure(decimal value, string unit) => unit switch
    {
        "$" => value.ToString("$#,0.##", UsEnglish),
        "%" => value.ToString("#,0.##", UsEnglish) + "%",
        "" => value.ToString("#,0.##", UsEnglish),
        _ => value.ToString("#,0.##", UsEnglish) + " " + unit,
    };
}
