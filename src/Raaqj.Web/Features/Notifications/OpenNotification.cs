using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Caching;

namespace Raaqj.Web.Features.Notifications;

// Opening a notification marks it read and leads to what it is about; someone else's is not found.
public sealed class OpenNotificationHandler(AppDbContext db, CurrentUser user, ProgramClock clock, ContentCache cache)
{
    public async Task<Outcome<string>> Handle(long id)
    {
        var link = await db.Notifications.Where(n => n.Id == id && n.UserId == user.Id).Select(n => n.Link).FirstOrDefaultAsync();
        if (link is null)
            return Outcome<string>.Of(Outcome.NotFound);
        var now = clock.UtcNow;
        // Twice at once (a double click) marks it once; the first time read is kept. Marked first, then the stamp changed,
        // so no instance keeps the old unread count.
        if (await db.Notifications.Where(n => n.Id == id && n.UserId == user.Id && n.ReadAtUtc == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAtUtc, now)) > 0)
            await cache.ChangedAsync();
        return Outcome<string>.DoneWith(link);
    }
}
