using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Reporting;
using Raaqj.Web.Features.Timeline;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Reports;

public sealed record DueRow(int RegionId, string Region, int Month, string Label, DateOnly DueOn, ReportStanding Standing);

public sealed record ReportsDueModel(ProgramToday Today, bool All, Page<DueRow> Rows, IReadOnlyDictionary<ReportStanding, int> Counts)
{
    public ProgramHeader Program => Today.Program;
}

public sealed record ProgramIndicator(IndicatorRow Indicator, int Reporting, int OnTrack);

public sealed record RegionIndicators(int RegionId, string Region, int Active, int Retired);

public sealed record IndicatorsModel(ProgramToday Today, IReadOnlyList<ProgramIndicator> ProgramWide, IReadOnlyList<RegionIndicators> Regions)
{
    public ProgramHeader Program => Today.Program;
}

public sealed record CohortChartModel(ProgramToday Today, IndicatorChart Chart);

// Staff's view of the cohort's reporting: every region's reports due, late and awaiting review; the indicator
// catalogue; and each indicator across the cohort, side by side against its target path.
public sealed class ProgramReportsHandler(AppDbContext db, ReportingPages reporting, CurrentProgram programs)
{
    public async Task<ReportsDueModel?> DueAsync(int programId, bool all, int? page)
    {
        if (await programs.FindAsync(programId) is not { } program)
            return null;
        var today = programs.Today(program);
        var rows = await ScheduleAsync(program, today.Today);
        var shown = all ? rows : rows.Where(r => r.Standing is ReportStanding.Late or ReportStanding.Open or ReportStanding.Submitted or ReportStanding.ChangesRequested).ToList();
        // The most pressing first: late, then due, then awaiting review, then the rest by due date.
        var ordered = shown.OrderBy(r => r.Standing switch { ReportStanding.Late => 0, ReportStanding.Open => 1, ReportStanding.Submitted => 2, _ => 3 })
            .ThenBy(r => r.DueOn).ThenBy(r => r.Region).ToList();
        return new ReportsDueModel(today, all, Page<DueRow>.Of(ordered, page, Page<DueRow>.DefaultSize), rows.GroupBy(r => r.Standing).ToDictionary(g => g.Key, g => g.Count()));
    }

    // Every region's reporting periods and where each stands today.
    public async Task<IReadOnlyList<DueRow>> ScheduleAsync(ProgramHeader program, DateOnly today)
    {
        var calendar = program.Calendar;
        var regions = await Regions(program).Select(r => new { r.Id, r.RegionName, r.JoinedAtUtc }).ToListAsync();
        var indicators = await reporting.Indicators(program.Id, null, allRegions: true).ToListAsync();
        var statuses = await db.PeriodReports.AsNoTracking().Where(r => Regions(program).Any(c => c.Id == r.CohortRegionId))
            .ToDictionaryAsync(r => (r.CohortRegionId, r.EndMonth), r => r.Status);
        return regions.SelectMany(region => ReportSchedule.Months(indicators.Where(i => i.RegionId == null || i.RegionId == region.Id).Select(i => i.Scheduled),
                calendar.MonthAt(region.JoinedAtUtc), program.Months)
            .Select(m => new DueRow(region.Id, region.RegionName, m, ReportSchedule.Label(calendar, m), ReportSchedule.DueOn(calendar, m), ReportSchedule.Standing(calendar, m,
                statuses.TryGetValue((region.Id, m), out var status) ? status : null, today))))
            .ToList();
    }

    public async Task<IndicatorsModel?> IndicatorsAsync(int programId)
    {
        if (await programs.FindAsync(programId) is not { } program)
            return null;
        var indicators = await reporting.Indicators(program.Id, null, allRegions: true).ToListAsync();
        var wideIds = indicators.Where(i => i.ProgramWide).Select(i => i.Id).ToList();
        var accepted = await reporting.Accepted(null, null, indicators: wideIds).ToListAsync();
        var wide = indicators.Where(i => i.ProgramWide).Select(i =>
        {
            var latest = accepted.Where(a => a.IndicatorId == i.Id).GroupBy(a => a.RegionId).Select(g => g.MaxBy(a => a.Month)!).ToList();
            return new ProgramIndicator(i, latest.Count, latest.Count(a => !i.Path.Misses(a.Value, a.Month)));
        }).ToList();
        var regions = await Regions(program).OrderBy(r => r.RegionName).Select(r => new { r.Id, r.RegionName }).ToListAsync();
        return new IndicatorsModel(programs.Today(program), wide, regions.Select(r => new RegionIndicators(r.Id, r.RegionName,
            indicators.Count(i => i.RegionId == r.Id && !i.IsRetired), indicators.Count(i => i.RegionId == r.Id && i.IsRetired))).ToList());
    }

    // A program-wide indicator across the cohort, or a region's own indicator for that region.
    public async Task<CohortChartModel?> ChartAsync(int programId, int indicatorId)
    {
        if (await programs.FindAsync(programId) is not { } program
            || await reporting.Indicators(program.Id, null, allRegions: true, id: indicatorId).FirstOrDefaultAsync() is not { } indicator)
            return null;
        var regions = await Regions(program).Where(r => indicator.RegionId == null || r.Id == indicator.RegionId).OrderBy(r => r.RegionName)
            .Select(r => new { r.Id, r.RegionName }).ToListAsync();
        var values = await reporting.Accepted(indicator.RegionId, indicatorId).ToListAsync();
        return new CohortChartModel(programs.Today(program), IndicatorChart.Of(indicator, program.Calendar, program.Months, regions.Select(r => (r.Id, r.RegionName)), values));
    }

    private IQueryable<Domain.Cohort.CohortRegion> Regions(ProgramHeader program) =>
        db.CohortRegions.AsNoTracking().Where(r => r.RequestForActionId == program.RequestForActionId);
}
