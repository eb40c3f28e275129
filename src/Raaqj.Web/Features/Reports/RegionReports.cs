using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Reporting;
using Raaqj.Web.Features.Timeline;

namespace Raaqj.Web.Features.Reports;

public sealed record PeriodRow(int Month, string Label, DateOnly DueOn, ReportStanding Standing, int Asked);

// An indicator with its last accepted value and whether that value kept to the target path.
public sealed record IndicatorStatus(IndicatorRow Indicator, int? Month, decimal? Value)
{
    public bool? OnTrack => Month is { } month && Value is { } value ? !Indicator.Path.Misses(value, month) : null;
}

public sealed record RegionReportsModel(RegionReporting Access, ProgramToday Today, IReadOnlyList<PeriodRow> Periods, IReadOnlyList<IndicatorStatus> Indicators,
    IReadOnlyList<PlanMeasureRow> Untracked)
{
    public PeriodRow? Next => Periods.FirstOrDefault(p => p.Standing is ReportStanding.Late or ReportStanding.Open or ReportStanding.ChangesRequested)
        ?? Periods.FirstOrDefault(p => p.Standing == ReportStanding.Upcoming);
}

public sealed record IndicatorPageChart(RegionReporting Access, IndicatorChart Chart);

// A region's reporting: the periods it reports for and where each stands, its indicators with their last accepted
// values, the measures of its action plan not tracked yet, and each indicator's chart against its target path.
public sealed class RegionReportsHandler(AppDbContext db, ReportingPages reporting, CurrentProgram programs, IndicatorPageHandler indicators)
{
    public async Task<RegionReportsModel?> Handle(int regionId)
    {
        if (await reporting.FindAsync(regionId) is not { } access)
            return null;
        var program = access.Region.Program;
        var today = programs.Today(program);
        var rows = await reporting.Indicators(program.Id, regionId).ToListAsync();
        var statuses = await db.PeriodReports.AsNoTracking().Where(r => r.CohortRegionId == regionId).ToDictionaryAsync(r => r.EndMonth, r => r.Status);
        var periods = ReportSchedule.Months(rows.Select(i => i.Scheduled), access.JoinedMonth, program.Months)
            .Select(m => new PeriodRow(m, ReportSchedule.Label(access.Calendar, m), ReportSchedule.DueOn(access.Calendar, m),
                ReportSchedule.Standing(access.Calendar, m, statuses.TryGetValue(m, out var s) ? s : null, today.Today), rows.Count(i => ReportSchedule.Asks(i.Scheduled, m))))
            .ToList();
        var accepted = await reporting.Accepted(regionId, null).ToListAsync();
        var latest = accepted.GroupBy(a => a.IndicatorId).ToDictionary(g => g.Key, g => g.MaxBy(a => a.Month)!);
        return new RegionReportsModel(access, today, periods,
            rows.Select(i => latest.TryGetValue(i.Id, out var l) ? new IndicatorStatus(i, l.Month, l.Value) : new IndicatorStatus(i, null, null)).ToList(),
            access.MayDefine ? await indicators.UntrackedMeasures(regionId).ToListAsync() : []);
    }

    public async Task<IndicatorPageChart?> ChartAsync(int regionId, int indicatorId)
    {
        if (await reporting.FindAsync(regionId) is not { } access
            || await reporting.Indicators(access.Region.Program.Id, regionId, id: indicatorId).FirstOrDefaultAsync() is not { } indicator)
            return null;
        var values = await reporting.Accepted(regionId, indicatorId).ToListAsync();
        return new IndicatorPageChart(access, IndicatorChart.Of(indicator, access.Calendar, access.Region.Program.Months, [(regionId, access.Region.Name)], values));
    }
}
