using System.Text.Json;
using Raaqj.Web.Domain.Reporting;
using Raaqj.Web.Domain.Timeline;

namespace Raaqj.Web.Features.Reports;

public sealed record ChartSeries(int? RegionId, string Name, IReadOnlyList<decimal?> Values);

// An indicator over the program: its target path and, for each region shown, the values of its accepted reports,
// one point per reporting period from the baseline on. The chart and the table beside it read the same figures.
public sealed record IndicatorChart(IndicatorRow Indicator, IReadOnlyList<int> Months, IReadOnlyList<string> Labels, IReadOnlyList<decimal> Path, IReadOnlyList<ChartSeries> Regions)
{
    public static IndicatorChart Of(IndicatorRow indicator, ProgramCalendar calendar, int programMonths, IEnumerable<(int Id, string Name)> regions, IReadOnlyList<AcceptedValue> values)
    {
        var last = Math.Max(indicator.TargetMonth, programMonths);
        var months = new[] { indicator.BaselineMonth }.Concat(Enumerable.Range(indicator.BaselineMonth + 1, Math.Max(0, last - indicator.BaselineMonth))
            .Where(m => ReportSchedule.IsDue(indicator.Frequency, m))).ToList();
        var series = regions.Select(r => new ChartSeries(r.Id, r.Name, months.Select(m => m == indicator.BaselineMonth ? indicator.Baseline
            : values.FirstOrDefault(v => v.RegionId == r.Id && v.Month == m)?.Value).ToList())).ToList();
        return new IndicatorChart(indicator, months, months.Select(m => m < 1 ? "Start" : $"Month {m}").ToList(), months.Select(indicator.Path.ExpectedAt).ToList(), series);
    }

    public string Data() => JsonSerializer.Serialize(new
    {
        labels = Labels,
        series = Regions.Select(r => (object)new { label = r.Name, values = r.Values }).Append(new { label = "Target path", values = Path, dashed = true }),
        yTitle = Indicator.Unit,
    });
}
