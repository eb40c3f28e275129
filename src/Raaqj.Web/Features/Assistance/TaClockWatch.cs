using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Assistance;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Notifications;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Auditing;
using Raaqj.Web.Infrastructure.Notifications;
using Raaqj.Web.Infrastructure.Scheduling;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Assistance;

// Watches the TA response clocks: the expert and the region's liaison hear once, a day before a request's first answer
// or resolution falls due (or as soon as it is past), and a resolved request the region never confirmed closes itself
// after 14 days. What was sent is a TaClockWarning row with a unique (request, clock, deadline), saved with the
// notifications and their mail: a second run, or a second instance racing this one, sends nothing more (ADR-011).
public sealed class TaClockWatch(AppDbContext db, Notifier notifier, PortalLinks links, ProgramClock clock, AuditLog audit, ILogger<TaClockWatch> logger) : IScheduledJob
{
    public static readonly TimeSpan WarnBefore = TimeSpan.FromHours(24);

    public string Name => "ta-clocks";

    public TimeSpan Every => TimeSpan.FromMinutes(15);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var soon = now + WarnBefore;
        var open = TaQueries.OpenStatuses;
        var due = await db.TaRequests.AsNoTracking()
            .Where(r => open.Contains(r.Status) && ((r.FirstAnsweredAtUtc == null && r.FirstAnswerDueUtc <= soon) || (r.ResolvedAtUtc == null && r.ResolutionDueUtc <= soon)))
            .Select(r => new
            {
                r.Id, r.Title, r.ExpertUserId, r.FirstAnsweredAtUtc, r.FirstAnswerDueUtc, r.ResolutionDueUtc,
                Region = db.CohortRegions.Where(c => c.Id == r.CohortRegionId).Select(c => new { c.RegionName, c.LiaisonUserId }).First(),
            }).ToListAsync(cancellationToken);
        var sent = (await db.TaClockWarnings.AsNoTracking().Where(w => due.Select(d => d.Id).Contains(w.TaRequestId)).Select(w => new { w.TaRequestId, w.Kind, w.DueUtc })
            .ToListAsync(cancellationToken)).Select(w => (w.TaRequestId, w.Kind, w.DueUtc)).ToHashSet();
        var notices = new List<(string, NotificationMessage)>();
        foreach (var request in due)
        {
            var clocks = new List<(TaClockKind Kind, DateTime Due, string What)>();
            if (request.FirstAnsweredAtUtc is null && request.FirstAnswerDueUtc <= soon)
                clocks.Add((TaClockKind.FirstAnswerSoon, request.FirstAnswerDueUtc, "a first answer"));
            if (request.ResolutionDueUtc <= soon)
                clocks.Add((TaClockKind.ResolutionSoon, request.ResolutionDueUtc, "its resolution"));
            foreach (var (kind, deadline, what) in clocks.Where(c => !sent.Contains((request.Id, c.Kind, c.Due))))
            {
                db.TaClockWarnings.Add(new TaClockWarning { TaRequestId = request.Id, Kind = kind, DueUtc = deadline, SentAtUtc = now });
                var late = deadline <= now;
                var message = new NotificationMessage(NotificationTopic.TechnicalAssistance,
                    $"{(late ? "Clock missed" : "Due within a day")}: {request.Title} ({request.Region.RegionName})",
                    $"\"{request.Title}\" from {request.Region.RegionName} {(late ? "missed" : "needs")} {what} {(late ? "due" : "by")} {clock.InWords(deadline)}.",
                    links.Path("Show", "Ta", new { id = request.Id }), $"ta-clock:{request.Id}:{kind}:{deadline:O}");
                foreach (var person in new[] { request.ExpertUserId, request.Region.LiaisonUserId }.OfType<string>().Distinct())
                    notices.Add((person, message));
            }
        }
        var closing = await db.TaRequests.Where(r => r.Status == TaStatus.Resolved && r.ResolvedAtUtc <= now.AddDays(-TaTransitions.DaysToConfirm)).ToListAsync(cancellationToken);
        foreach (var request in closing.Where(r => r.Take(TaStep.CloseUnconfirmed, TaActor.Portal, now)))
        {
            request.Version = Guid.NewGuid();
            audit.Record(AuditActions.TaStepTaken, nameof(TaRequest), request.Id.ToString(), $"\"{request.Title}\" closed itself: resolved {TaTransitions.DaysToConfirm} days ago, never confirmed",
                new { Status = TaStatus.Resolved.ToString() }, new { Status = request.Status.ToString() });
        }
        if (notices.Count == 0 && closing.Count == 0)
            return;
        await notifier.NotifyEachAsync(notices);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is DbUpdateConcurrencyException || (ex is DbUpdateException update && DatabaseConflict.Is(update)))
        {
            // Another instance warned or closed these a moment ago: nothing of this run was saved, no mail queued.
            db.ChangeTracker.Clear();
            logger.LogInformation("TA clock warnings were sent by another instance");
        }
    }
}
