using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Notifications;
using Raaqj.Web.Domain.Reviews;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Auditing;
using Raaqj.Web.Infrastructure.Notifications;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Reviews;

public sealed record ProgressRow(string UserId, string Name, string Email, int Assigned, int Done, int Overdue);

// Reviews done against reviews due, per reviewer, and reminders to those with overdue work.
public sealed class ProgressHandler(AppDbContext db, ProgramClock clock, Notifier notifier, PortalLinks links, AuditLog audit)
{
    public async Task<IReadOnlyList<ProgressRow>> Handle()
    {
        var today = DateOnly.FromDateTime(ProgramClock.ToLocal(clock.UtcNow, clock.DefaultTimeZoneId));
        var rows = await db.ReviewAssignments.AsNoTracking()
            .Select(a => new
            {
                a.ReviewerUserId,
                a.DueOn,
                Done = db.Reviews.Any(r => r.ProposalId == a.ProposalId && r.ReviewerUserId == a.ReviewerUserId && r.Status == ReviewStatus.Submitted),
            }).ToListAsync();
        var people = await db.Users.Where(u => rows.Select(r => r.ReviewerUserId).Contains(u.Id))
            .Select(u => new { u.Id, u.DisplayName, u.Email }).ToDictionaryAsync(u => u.Id);
        return rows.GroupBy(r => r.ReviewerUserId).Select(g => new ProgressRow(g.Key, people[g.Key].DisplayName, people[g.Key].Email!,
                g.Count(), g.Count(r => r.Done), g.Count(r => !r.Done && r.DueOn < today)))
            .OrderByDescending(r => r.Overdue).ThenBy(r => r.Name).ToList();
    }

    public async Task<int> RemindOverdue()
    {
        var overdue = (await Handle()).Where(r => r.Overdue > 0).ToList();
        var queue = links.Path("Queue", "Queue");
        await notifier.NotifyEachAsync(overdue.Select(reviewer => (reviewer.UserId, new NotificationMessage(NotificationTopic.ReviewReminders, "Reminder: reviews past their due date",
            $"Hello {reviewer.Name},\n\n{reviewer.Overdue} of your reviews for the Regional Action to Advance Quality Jobs are past their due date. Drafts you saved are still in your queue. Thank you for your time.",
            queue))).ToList());
        if (overdue.Count > 0)
        {
            audit.Record(AuditActions.ReviewRemindersSent, "Reviews", "overdue", $"Sent reminders to {overdue.Count} reviewer(s) with overdue reviews",
                after: new { Reviewers = overdue.Select(r => r.Email) });
            await db.SaveChangesAsync();
        }
        return overdue.Count;
    }
}
