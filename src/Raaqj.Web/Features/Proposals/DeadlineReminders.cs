using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Notifications;
using Raaqj.Web.Domain.Organizations;
using Raaqj.Web.Domain.Proposals;
using Raaqj.Web.Domain.Rfp;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Notifications;
using Raaqj.Web.Infrastructure.Scheduling;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Proposals;

// Reminds the owner of a proposal still in draft 7 days and 1 day before its request's deadline. Each reminder
// is keyed by proposal and day, so it is given once however often this runs.
public sealed class DeadlineReminders(AppDbContext db, Notifier notifier, PortalLinks links, ProgramClock clock) : IScheduledJob
{
    public string Name => "deadline-reminders";

    public TimeSpan Every => TimeSpan.FromMinutes(15);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var horizon = now.AddDays(DeadlineReminder.DaysAhead.Max());
        var drafts = await db.Proposals.AsNoTracking()
            .Where(p => p.Status == ProposalStatus.Draft)
            .Join(db.RequestsForAction.Where(r => r.Status == RfpStatus.Published && r.ClosesAtUtc > now && r.ClosesAtUtc <= horizon),
                p => p.RequestForActionId, r => r.Id, (p, r) => new { p.Id, p.OrganizationId, r.Title, r.ClosesAtUtc, r.TimeZoneId })
            .Join(db.Organizations, x => x.OrganizationId, o => o.Id, (x, o) => new { x.Id, x.OrganizationId, x.Title, x.ClosesAtUtc, x.TimeZoneId, o.LegalName })
            .ToListAsync(cancellationToken);
        var organizations = drafts.Select(d => d.OrganizationId).ToList();
        var owners = (await db.OrganizationMembers.AsNoTracking().Where(m => organizations.Contains(m.OrganizationId) && m.Role == MemberRole.Owner)
            .Select(m => new { m.OrganizationId, m.UserId }).ToListAsync(cancellationToken)).ToLookup(m => m.OrganizationId, m => m.UserId);
        foreach (var draft in drafts)
        {
            if (DeadlineReminder.Due(draft.ClosesAtUtc, now) is not { } days)
                continue;
            var left = days == 1 ? "1 day" : $"{days} days";
            await notifier.NotifyAsync(owners[draft.OrganizationId], new NotificationMessage(NotificationTopic.DeadlineReminders,
                $"Less than {left} left to submit {draft.LegalName}'s proposal",
                $"{draft.LegalName}'s proposal to \"{draft.Title}\" is still a draft. The deadline is {ProgramClock.InWords(draft.ClosesAtUtc, draft.TimeZoneId)}; " +
                "a draft that is not submitted by then cannot be reviewed. The overview shows what is still missing.",
                links.Path("Overview", "Proposals", new { id = draft.Id }), $"deadline-{days}d:{draft.Id}"));
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
