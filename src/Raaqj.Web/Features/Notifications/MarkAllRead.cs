using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Infrastructure;

namespace Raaqj.Web.Features.Notifications;

// Marks every unread notification of the person read.
public sealed class MarkAllReadHandler(AppDbContext db, CurrentUser user, ProgramClock clock)
{
    public async Task<int> Handle()
    {
        var now = clock.UtcNow;
        return await db.Notifications.Where(n => n.UserId == user.Id && n.ReadAtUtc == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAtUtc, now));
    }
}
