using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Caching;

namespace Raaqj.Web.Features.Notifications;

// Marks every unread notification of the person read.
public sealed class MarkAllReadHandler(AppDbContext db, CurrentUser user, ProgramClock clock, ContentCache cache)
{
    public async Task<int> Handle()
    {
        var now = clock.UtcNow;
        var marked = await db.Notifications.Where(n => n.UserId == user.Id && n.ReadAtUtc == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAtUtc, now));
        // Marked first, then the stamp changed, so no instance keeps the old unread count.
        if (marked > 0)
            await cache.ChangedAsync();
        return marked;
    }
}
