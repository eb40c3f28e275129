using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Notifications;
using Raaqj.Web.Infrastructure.Mail;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Infrastructure.Notifications;

// What a notification says. Link is a path in the portal made from its routes (PortalLinks.Path).
public sealed record NotificationMessage(NotificationTopic Topic, string Title, string Body, string Link, string? Key = null);

// The one way a use case tells people something: a notification in each person's list, saved with the change it
// tells of, and its email through the outbox now, later in a digest, or not at all, as the person chose.
public sealed class Notifier(AppDbContext db, Outbox outbox, PortalLinks links, ProgramClock clock)
{
    public Task NotifyAsync(IEnumerable<string> userIds, NotificationMessage message) =>
        NotifyEachAsync(userIds.Select(id => (id, message)).ToList());

    // Many notices in one go (an automatic assignment tells dozens of reviewers): two queries whatever their number.
    public async Task NotifyEachAsync(IReadOnlyCollection<(string UserId, NotificationMessage Message)> notices)
    {
        if (notices.Count == 0)
            return;
        var ids = notices.Select(n => n.UserId).Distinct().ToList();
        var topics = notices.Select(n => n.Message.Topic).Distinct().ToList();
        // A disabled account hears nothing.
        var people = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id) && !u.IsDisabled)
            .Select(u => new { u.Id, u.Email, EmailOff = db.EmailPreferences.Where(p => p.UserId == u.Id && topics.Contains(p.Topic) && !p.Email).Select(p => p.Topic).ToList() })
            .ToDictionaryAsync(u => u.Id);
        var keys = notices.Select(n => n.Message.Key).OfType<string>().Distinct().ToList();
        var told = keys.Count == 0 ? [] : (await db.Notifications.AsNoTracking().Where(n => ids.Contains(n.UserId) && keys.Contains(n.Key!))
            .Select(n => new { n.UserId, n.Key }).ToListAsync()).Select(n => (n.UserId, n.Key)).ToHashSet();
        var now = clock.UtcNow;
        foreach (var (userId, message) in notices)
        {
            if (!people.TryGetValue(userId, out var person) || told.Contains((userId, message.Key)) || IsTracked(userId, message.Key))
                continue;
            var topic = NotificationTopics.Of(message.Topic);
            var wantsEmail = person.Email is not null && (!topic.EmailOptional || !person.EmailOff.Contains(message.Topic));
            var email = !wantsEmail ? EmailStatus.NotWanted : topic.Delivery == EmailDelivery.AtOnce ? EmailStatus.Queued : EmailStatus.Waiting;
            db.Notifications.Add(new Notification
            {
                UserId = userId, Topic = message.Topic, Title = Fit(message.Title, Notification.TitleMaxLength), Body = Fit(message.Body, Notification.BodyMaxLength),
                Link = message.Link, Key = message.Key, CreatedAtUtc = now, Email = email, EmailedAtUtc = email == EmailStatus.Queued ? now : null,
            });
            if (email == EmailStatus.Queued)
                outbox.Enqueue(new OutgoingMail(person.Email!, message.Title, $"{message.Body}\n\n{links.Absolute(message.Link)}{Footer(topic)}"));
        }
    }

    // Tells everyone who holds a role (staff, say).
    public async Task NotifyRoleAsync(string role, NotificationMessage message) =>
        await NotifyAsync(await db.UserRoles.Join(db.Roles.Where(r => r.Name == role), ur => ur.RoleId, r => r.Id, (ur, r) => ur.UserId).ToListAsync(), message);

    // Why the person gets the email and where to change it.
    public string Footer(TopicInfo topic) => topic.EmailOptional
        ? $"\n\n--\nYou get this email because of your RAAQJ portal settings ({topic.Name}). Choose which emails you get: {links.Action("Email", "Notifications")}"
        : "";

    // Two notices with one key in one unit of work (two calls for the same event) count once.
    private bool IsTracked(string userId, string? key) =>
        key is not null && db.Notifications.Local.Any(n => n.UserId == userId && n.Key == key);

    private static string Fit(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
