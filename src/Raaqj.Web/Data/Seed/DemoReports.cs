using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Domain.Cohort;
using Raaqj.Web.Domain.Organizations;
using Raaqj.Web.Domain.Reporting;
using Raaqj.Web.Domain.Timeline;
using Raaqj.Web.Features.Reports;

namespace Raaqj.Web.Data.Seed;

// The cohort's indicators and reports in month 10: three indicators every region reports (two monthly from month 8,
// one quarterly), each region's first action plan measure tracked as its own, and reports at every stage: accepted,
// awaiting review, sent back for changes, a draft, and late ones never started. Values are made up for the demo.
public static class DemoReports
{
    private sealed record Wide(string Name, string Unit, decimal Target, ReportFrequency Frequency, string Definition, string Source);

    private static readonly Wide[] ProgramWide =
    [
        new("Employers engaged in job quality work", "employers", 20m, ReportFrequency.Monthly,
            "Employers that took part in at least one meeting, pilot or commitment on job quality in the period, counted once.", "The region's employer partner log"),
        new("Workers reached by worker-informed research", "workers", 150m, ReportFrequency.Monthly,
            "Workers who took part in a listening session, survey or interview run by the region, counted once.", "Research sign-in sheets and survey exports"),
        new("Dollars aligned to job quality", "$", 500_000m, ReportFrequency.Quarterly,
            "Public and philanthropic dollars committed in writing to the region's job quality actions, to date.", "Award letters in the local match ledger"),
    ];

    // Each region's reports: month 8 and month 9 (null: never started).
    private static readonly (ReportStatus? Eight, ReportStatus? Nine)[] Stages =
    [
        (ReportStatus.Accepted, ReportStatus.Accepted),
        (ReportStatus.Accepted, ReportStatus.Submitted),
        (ReportStatus.Accepted, ReportStatus.ChangesRequested),
        (ReportStatus.Submitted, ReportStatus.Draft),
        (ReportStatus.Accepted, null),
        (null, null),
    ];

    public static async Task SeedAsync(AppDbContext db, ProgramEdition program, List<CohortRegion> regions, string staffId, ProgramCalendar calendar, Func<DateOnly, int, DateTime> at)
    {
        var created = at(calendar.FirstDayOf(7).AddDays(3), 10);
        var wide = ProgramWide.Select(w => new Indicator
        {
            ProgramEditionId = program.Id, Name = w.Name, Unit = w.Unit, Direction = IndicatorDirection.Increase, Baseline = 0, BaselineMonth = 7, Target = w.Target, TargetMonth = 12,
            Frequency = w.Frequency, Definition = w.Definition, Source = w.Source, CreatedAtUtc = created, UpdatedAtUtc = created,
        }).ToList();
        db.Indicators.AddRange(wide);
        var own = new List<Indicator?>();
        foreach (var region in regions)
        {
            var measure = await db.PlanMeasures.Where(m => db.PlanActions.Any(a => a.Id == m.PlanActionId && db.PlanStrategies.Any(s => s.Id == a.PlanStrategyId
                && db.PlanGoals.Any(g => g.Id == s.PlanGoalId && db.ActionPlans.Any(p => p.Id == g.ActionPlanId && p.CohortRegionId == region.Id))))).OrderBy(m => m.Id).FirstOrDefaultAsync();
            if (measure is null || !decimal.TryParse(measure.Baseline, NumberStyles.Number, CultureInfo.InvariantCulture, out var baseline)
                || !decimal.TryParse(measure.Target, NumberStyles.Number, CultureInfo.InvariantCulture, out var target) || target <= baseline)
            {
                own.Add(null);
                continue;
            }
            var indicator = new Indicator
            {
                ProgramEditionId = program.Id, CohortRegionId = region.Id, PlanMeasureId = measure.Id, Name = measure.Indicator, Unit = "", Direction = IndicatorDirection.Increase,
                Baseline = baseline, BaselineMonth = 7, Target = target, TargetMonth = measure.ByMonth ?? 12, Frequency = ReportFrequency.Quarterly,
                Definition = "From the region's action plan.", Source = "The region's own records", CreatedAtUtc = created, UpdatedAtUtc = created,
            };
            db.Indicators.Add(indicator);
            own.Add(indicator);
        }
        await db.SaveChangesAsync();

        for (var r = 0; r < regions.Count; r++)
        {
            var owner = await db.OrganizationMembers.Where(m => m.OrganizationId == regions[r].OrganizationId && m.Role == MemberRole.Owner).Select(m => m.UserId).FirstAsync();
            var (eight, nine) = Stages[r];
            if (eight is { } e)
                db.PeriodReports.Add(Report(regions[r], 8, e, wide, own[r], r, owner, staffId, calendar, at));
            if (nine is { } n)
                db.PeriodReports.Add(Report(regions[r], 9, n, wide, own[r], r, owner, staffId, calendar, at));
        }
        await db.SaveChangesAsync();
    }

    private static PeriodReport Report(CohortRegion region, int month, ReportStatus status, List<Indicator> wide, Indicator? own, int r, string owner, string staffId,
        ProgramCalendar calendar, Func<DateOnly, int, DateTime> at)
    {
        var asked = wide.Concat(own is null ? [] : [own]).Where(i => ReportSchedule.Asks(new ScheduledIndicator(i.Id, i.Frequency, i.BaselineMonth, i.IsRetired), month)).ToList();
        var written = at(calendar.LastDayOf(month).AddDays(4 + r), 11);
        var report = new PeriodReport
        {
            CohortRegionId = region.Id, EndMonth = month, Status = status, CreatedAtUtc = written, UpdatedAtUtc = written,
            Narrative = $"In {calendar.CalendarMonth(month)} the team met employers from the region's compact, ran listening sessions with workers and followed up on funding. " +
                (r % 2 == 0 ? "Recruitment went faster than planned." : "Two employers asked to wait until after their busy season, so the count is behind."),
        };
        foreach (var indicator in asked)
        {
            var expected = indicator.Path.ExpectedAt(month);
            // Odd regions fall behind their path and say why; the others keep to it.
            var value = Math.Round(r % 2 == 0 ? expected * 1.1m + 1 : expected * 0.7m, 0);
            report.Values.Add(new ReportValue
            {
                IndicatorId = indicator.Id, Value = value,
                Explanation = indicator.Path.Misses(value, month) ? "Two employers postponed until after their peak season; both are booked for next month." : "",
            });
        }
        if (status == ReportStatus.Draft)
            return report;
        report.FirstSubmittedAtUtc = written;
        var snapshot = ReportSnapshots.Write(new ReportSnapshot(report.Narrative,
            asked.Select(i => ReportSnapshots.Line(i.Id, i.Name, i.Unit, i.Path, report.Values.First(v => v.IndicatorId == i.Id), month)).ToList(), []));
        report.Versions.Add(new ReportVersion
        {
            Number = 1, Snapshot = snapshot, SubmittedAtUtc = written, SubmittedByUserId = owner,
            Outcome = status == ReportStatus.Submitted ? ReportStatus.Submitted : status,
            DecidedAtUtc = status == ReportStatus.Submitted ? null : written.AddDays(3), DecidedByUserId = status == ReportStatus.Submitted ? null : staffId,
            DecisionNote = status == ReportStatus.ChangesRequested ? "Please add the sign-in sheets from the listening sessions as evidence, and say which employers the count includes." : "",
        });
        return report;
    }
}
