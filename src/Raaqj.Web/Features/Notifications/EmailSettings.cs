using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Notifications;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Auditing;

namespace Raaqj.Web.Features.Notifications;

public sealed record EmailChoice(TopicInfo Topic, bool Email);

public sealed record EmailSettingsModel(IReadOnlyList<EmailChoice> Choices);

// Which notifications a person also gets by email, among those their roles bring. The portal's list always has them all.
public sealed class EmailSettingsHandler(AppDbContext db, CurrentUser user, AuditLog audit)
{
    public async Task<EmailSettingsModel> Handle(ClaimsPrincipal principal)
    {
        var off = await db.EmailPreferences.AsNoTracking().Where(p => p.UserId == user.Id && !p.Email).Select(p => p.Topic).ToListAsync();
        return new EmailSettingsModel(NotificationTopics.For(principal.IsInRole).Select(t => new EmailChoice(t, !t.EmailOptional || !off.Contains(t.Topic))).ToList());
    }

    // Saves a choice for every topic shown: ticked is on. Topics that cannot be turned off stay on whatever is posted.
    public async Task Save(ClaimsPrincipal principal, IReadOnlyCollection<NotificationTopic> ticked)
    {
        var topics = NotificationTopics.For(principal.IsInRole).Where(t => t.EmailOptional).ToList();
        var saved = await db.EmailPreferences.Where(p => p.UserId == user.Id).ToListAsync();
        var before = topics.ToDictionary(t => t.Name, t => saved.FirstOrDefault(p => p.Topic == t.Topic)?.Email ?? true);
        foreach (var topic in topics)
        {
            var row = saved.FirstOrDefault(p => p.Topic == topic.Topic);
            if (row is null)
                db.EmailPreferences.Add(row = new EmailPreference { UserId = user.Id!, Topic = topic.Topic });
            row.Email = ticked.Contains(topic.Topic);
        }
        var after = topics.ToDictionary(t => t.Name, t => ticked.Contains(t.Topic));
        if (before.Any(b => after[b.Key] != b.Value))
            audit.Record(AuditActions.EmailPreferencesChanged, "User", user.Id!, $"{user.Email} changed which emails they get",
                before.Where(b => after[b.Key] != b.Value).ToDictionary(), after.Where(a => before[a.Key] != a.Value).ToDictionary());
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException ex) when (DatabaseConflict.Is(ex))
        {
            // Saved twice at once (a double click): the other save holds the same choices.
            db.ChangeTracker.Clear();
        }
    }
}
