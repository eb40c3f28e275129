using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Notifications;
using Raaqj.Web.Domain.Reporting;
using Raaqj.Web.Domain.Timeline;
using Raaqj.Web.Features.Timeline;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Authorization;
using Raaqj.Web.Infrastructure.Notifications;
using Raaqj.Web.Infrastructure.Scheduling;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Reports;

// Tells a region's team, once, when a report comes within the program's reminder days of its due date, and once when
// it becomes late. The (region, period, kind) row is saved with the notifications and their mail: a second run, or a
// second instance racing this one, finds it (or hits its unique index) and sends nothing.
public sealed class ReportReminders(AppDbContext db, ProgramReportsHandler reports, CurrentProgram programs, Notifier notifier, PortalLinks links, ProgramClock clock,
    ILogger<ReportReminders> logger) : IScheduledJob
{
    public string Name => "report-reminders";

    public TimeSpan Every => TimeSpan.FromMinutes(15);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var sent = (await db.ReportReminders.AsNoTracking().Select(r => new { r.CohortRegionId, r.EndMonth, r.Kind }).ToListAsync(cancellationToken))
            .Select(r => (r.CohortRegionId, r.EndMonth, r.Kind)).ToHashSet();
        var settings = await db.ProgramEditions.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.ReminderDaysBefore, cancellationToken);
        var notices = new List<(string, NotificationMessage)>();
        // Each region's writers read once, however many of its reports are due.
        var teams = new Dictionary<int, List<string>>();
        foreach (var program in await programs.AllAsync())
        {
            var today = program.Calendar.DateAt(clock.UtcNow);
            foreach (var row in await reports.ScheduleAsync(program, today))
            {
                if (row.Standing is not (ReportStanding.Open or ReportStanding.Late or ReportStanding.Upcoming)
                    || ReminderRules.Due(row.DueOn, today, settings[program.Id]) is not { } kind || sent.Contains((row.RegionId, row.Month, kind)))
                    continue;
                db.ReportReminders.Add(new ReportReminder { CohortRegionId = row.RegionId, EndMonth = row.Month, Kind = kind, SentAtUtc = clock.UtcNow });
                var link = links.Path("Report", "Reports", new { regionId = row.RegionId, month = row.Month });
                var message = kind == ReminderKind.Late
                    ? new NotificationMessage(NotificationTopic.PeriodReports, $"Late: your report for {row.Label} ({row.Region})",
                        $"{row.Region}'s report for {row.Label} was due {ProgramClock.DateInWords(row.DueOn)} and has not been submitted. Submit it, or tell your liaison what stands in the way.",
                        link, $"report-late:{row.RegionId}:{row.Month}")
                    : new NotificationMessage(NotificationTopic.PeriodReports, $"Report due {ProgramClock.DateInWords(row.DueOn)}: {row.Label} ({row.Region})",
                        $"{row.Region}'s report for {row.Label} is due {ProgramClock.DateInWords(row.DueOn)}: a value for each indicator, a few lines on the period and any evidence.",
                        link, $"report-due:{row.RegionId}:{row.Month}");
                if (!teams.TryGetValue(row.RegionId, out var team))
                    teams[row.RegionId] = team = await RegionAccess.Team(db, row.RegionId, writersOnly: true).Distinct().ToListAsync(cancellationToken);
                notices.AddRange(team.Select(u => (u, message)));
            }
        }
        if (notices.Count == 0 && !db.ChangeTracker.HasChanges())
            return;
        await notifier.NotifyEachAsync(notices);
        // Another instance sent these a moment ago when the save conflicts: nothing of this run was saved, no mail queued.
        if ((await db.SaveOrConflictAsync("")).Kind == Domain.OutcomeKind.Conflict)
            logger.LogInformation("Report reminders were sent by another instance");
    }
}
