using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Notifications;
using Raaqj.Web.Domain.Timeline;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Notifications;
using Raaqj.Web.Infrastructure.Scheduling;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Timeline;

// Tells each owner of an open milestone, once, when it comes within the program's reminder days of its due date, and
// once when it becomes late. The (milestone, kind, due date) row in MilestoneReminders is saved with the
// notification and its mail: a second run, or a second instance racing this one, finds it and sends nothing.
public sealed class MilestoneReminders(AppDbContext db, Notifier notifier, PortalLinks links, ProgramClock clock, CurrentProgram programs, ILogger<MilestoneReminders> logger)
    : IScheduledJob
{
    public string Name => "milestone-reminders";

    public TimeSpan Every => TimeSpan.FromMinutes(15);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var settings = await db.ProgramEditions.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.ReminderDaysBefore, cancellationToken);
        var open = await db.Milestones.AsNoTracking().Where(m => m.Status != MilestoneStatus.Done && m.OwnerUserId != null)
            .Select(m => new { m.Id, m.ProgramEditionId, m.Title, m.DueOn, m.DueByEndOfMonth, m.OwnerUserId, m.CohortRegionId, Region = m.Region == null ? null : m.Region.RegionName })
            .ToListAsync(cancellationToken);
        var sent = (await db.MilestoneReminders.AsNoTracking().Where(r => db.Milestones.Any(m => m.Id == r.MilestoneId && m.Status != MilestoneStatus.Done))
            .Select(r => new { r.MilestoneId, r.Kind, r.DueOn }).ToListAsync(cancellationToken)).Select(r => (r.MilestoneId, r.Kind, r.DueOn)).ToHashSet();
        var calendars = (await programs.AllAsync()).ToDictionary(p => p.Id, p => p.Calendar);
        var notices = new List<(string, NotificationMessage)>();
        foreach (var milestone in open)
        {
            var calendar = calendars[milestone.ProgramEditionId];
            var due = new MilestoneDue(milestone.DueOn, milestone.DueByEndOfMonth).Resolve(calendar);
            if (ReminderRules.Due(due, calendar.DateAt(now), settings[milestone.ProgramEditionId]) is not { } kind || sent.Contains((milestone.Id, kind, due)))
                continue;
            db.MilestoneReminders.Add(new MilestoneReminder { MilestoneId = milestone.Id, Kind = kind, DueOn = due, OwnerUserId = milestone.OwnerUserId, SentAtUtc = now });
            var of = milestone.Region is null ? "" : $" ({milestone.Region})";
            var link = milestone.CohortRegionId is { } region
                ? links.Path("Progress", "Regions", new { regionId = region, milestoneId = milestone.Id })
                : links.Path("Mine", "Milestones");
            notices.Add((milestone.OwnerUserId!, kind == ReminderKind.Late
                ? new NotificationMessage(NotificationTopic.MilestoneReminders, $"Late: {milestone.Title}{of}",
                    $"\"{milestone.Title}\"{of} was due {ProgramClock.DateInWords(due)} and is not marked done. Update its status, or tell the program team what stands in the way.",
                    link, $"milestone-late:{milestone.Id}:{due:yyyy-MM-dd}")
                : new NotificationMessage(NotificationTopic.MilestoneReminders, $"Due {ProgramClock.DateInWords(due)}: {milestone.Title}{of}",
                    $"\"{milestone.Title}\"{of}, which you own, is due {ProgramClock.DateInWords(due)}. Mark it done with its evidence when it is.",
                    link, $"milestone-due:{milestone.Id}:{due:yyyy-MM-dd}")));
        }
        if (notices.Count == 0)
            return;
        await notifier.NotifyEachAsync(notices);
        // Another instance sent these a moment ago when the save conflicts: nothing of this run was saved, no mail queued.
        if ((await db.SaveOrConflictAsync("")).Kind == Domain.OutcomeKind.Conflict)
            logger.LogInformation("Milestone reminders were sent by another instance");
    }
}
