using System.Text;
using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Notifications;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Mail;
using Raaqj.Web.Infrastructure.Notifications;
using Raaqj.Web.Infrastructure.Scheduling;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Notifications;

// Sends each person one email for the notifications that wait for a digest (assignments after a quiet spell,
// submissions each morning). The notifications are claimed in the transaction that queues the mail, so each
// is emailed once even if two instances run this at the same moment.
public sealed class EmailDigests(AppDbContext db, Outbox outbox, Notifier notifier, PortalLinks links, ProgramClock clock) : IScheduledJob
{
    public string Name => "email-digests";

    public TimeSpan Every => TimeSpan.FromMinutes(1);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var waiting = await db.Notifications.AsNoTracking().Where(n => n.Email == EmailStatus.Waiting)
            .Join(db.Users, n => n.UserId, u => u.Id, (n, u) => new Waiting(n.Id, n.UserId, u.Email, n.Topic, n.Title, n.Link, n.CreatedAtUtc))
            .ToListAsync(cancellationToken);
        foreach (var digest in waiting.GroupBy(n => (n.UserId, n.Topic)))
        {
            var delivery = NotificationTopics.Of(digest.Key.Topic).Delivery;
            if (DigestSchedule.DueAtUtc(delivery, digest.Min(n => n.CreatedAtUtc), digest.Max(n => n.CreatedAtUtc), clock.DefaultTimeZoneId) > now)
                continue;
            await SendAsync(digest.OrderBy(n => n.CreatedAtUtc).ToList(), now, cancellationToken);
        }
    }

    private sealed record Waiting(long Id, string UserId, string? Email, NotificationTopic Topic, string Title, string Link, DateTime CreatedAtUtc);

    private Task SendAsync(IReadOnlyList<Waiting> items, DateTime now, CancellationToken cancellationToken) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var ids = items.Select(n => n.Id).ToList();
            var claimed = await db.Notifications.Where(n => ids.Contains(n.Id) && n.Email == EmailStatus.Waiting)
                .ExecuteUpdateAsync(s => s.SetProperty(n => n.Email, EmailStatus.Queued).SetProperty(n => n.EmailedAtUtc, now), cancellationToken);
            // Another instance took some of them a moment ago: it sends them; nothing is sent twice.
            if (claimed != ids.Count || items[0].Email is not { } to)
            {
                await transaction.RollbackAsync(cancellationToken);
                return;
            }
            var topic = NotificationTopics.Of(items[0].Topic);
            outbox.Enqueue(new OutgoingMail(to, Subject(topic, items.Count), Body(topic, items)));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });

    private static string Subject(TopicInfo topic, int count) => topic.Topic switch
    {
        NotificationTopic.ReviewAssignments => count == 1 ? "A proposal was assigned to you for review" : $"{count} proposals were assigned to you for review",
        NotificationTopic.NewSubmissions => count == 1 ? "1 new proposal submitted" : $"{count} new proposals submitted",
        _ => $"{topic.Name}: {count} new",
    };

    private string Body(TopicInfo topic, IReadOnlyList<Waiting> items)
    {
        var text = new StringBuilder($"{topic.Name} on the RAAQJ portal:\n\n");
        foreach (var item in items)
            text.Append($"- {item.Title} ({clock.Short(item.CreatedAtUtc)})\n  {links.Absolute(item.Link)}\n");
        text.Append($"\nAll your notifications: {links.Action("Index", "Notifications")}");
        return text + notifier.Footer(topic);
    }
}
