using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Domain.Reporting;
using Raaqj.Web.Features.Reports;

namespace Raaqj.Web.Data.Seed;

// A full year of reporting, for the benchmarks and the SQL command tests (never the demo): every region of the program
// gets the given number of monthly indicators of its own and a report for each month, each value filled in, submitted
// the given number of times (sent back each time but the last) and accepted.
public static class SyntheticReports
{
    public static async Task AddAsync(AppDbContext db, int programId, int indicatorsEach, int months, int versions, DateTime nowUtc)
    {
        var rfp = await db.ProgramEditions.Where(p => p.Id == programId).Select(p => p.RequestForActionId).FirstAsync();
        var regions = await db.CohortRegions.Where(r => r.RequestForActionId == rfp).Select(r => r.Id).ToListAsync();
        var wide = await db.Indicators.Where(i => i.ProgramEditionId == programId && i.CohortRegionId == null && !i.IsRetired).ToListAsync();
        var reported = await db.PeriodReports.Where(r => regions.Contains(r.CohortRegionId)).Select(r => new { r.CohortRegionId, r.EndMonth }).ToListAsync();
        foreach (var region in regions)
        {
            var own = Enumerable.Range(1, indicatorsEach).Select(n => new Indicator
            {
                ProgramEditionId = programId, CohortRegionId = region, Name = $"Synthetic indicator {n:D2}", Unit = "people", Direction = IndicatorDirection.Increase,
                Baseline = 0, BaselineMonth = 0, Target = 100 + n, TargetMonth = months, Frequency = ReportFrequency.Monthly, Definition = "Synthetic.", Source = "Synthetic",
                CreatedAtUtc = nowUtc, UpdatedAtUtc = nowUtc,
            }).ToList();
            db.Indicators.AddRange(own);
            await db.SaveChangesAsync();
            var asked = own.Concat(wide).ToList();
            for (var month = 1; month <= months; month++)
            {
                if (reported.Any(r => r.CohortRegionId == region && r.EndMonth == month))
                    continue;
                var report = new PeriodReport
                {
                    CohortRegionId = region, EndMonth = month, Status = ReportStatus.Accepted, Narrative = "A synthetic month of work.", CreatedAtUtc = nowUtc, UpdatedAtUtc = nowUtc,
                    FirstSubmittedAtUtc = nowUtc, Values = asked.Select((i, n) => new ReportValue { IndicatorId = i.Id, Value = (month * 7 + n) % 120, Explanation = "Synthetic." }).ToList(),
                };
                var snapshot = ReportSnapshots.Write(new ReportSnapshot(report.Narrative,
                    asked.Select(i => ReportSnapshots.Line(i.Id, i.Name, i.Unit, i.Path, report.Values.First(v => v.IndicatorId == i.Id), month)).ToList(), []));
                report.Versions = Enumerable.Range(1, versions).Select(v => new ReportVersion
                {
                    Number = v, Snapshot = snapshot, SubmittedAtUtc = nowUtc, SubmittedByUserId = "synthetic", DecidedAtUtc = nowUtc, DecidedByUserId = "synthetic",
                    Outcome = v == versions ? ReportStatus.Accepted : ReportStatus.ChangesRequested, DecisionNote = v == versions ? "" : "Synthetic note.",
                }).ToList();
                db.PeriodReports.Add(report);
            }
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
    }
}
