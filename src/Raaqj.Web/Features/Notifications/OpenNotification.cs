using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain;
using Raaqj.Web.Infrastructure;

namespace Raaqj.Web.Features.Notifications;

// Opening a notification marks it read and leads to what it is about; someone else's is not found.
public sealed class OpenNotificationHandler(AppDbContext db, CurrentUser user, ProgramClock clock)
{
    public async Task<Outcome<string>> Handle(long id)
    {
        var link = await db.Notifications.Where(n => n.Id == id && n.UserId == user.Id).Select(n => n.Link).FirstOrDefaultAsync();
        if (link is null)
            return Outcome<string>.Of(Outcome.NotFound);
        var now = clock.UtcNow;
        // Twice at once (a double click) marks it once; the first time read is kept.
        await db.Notifications.Where(n => n.Id == id && n.UserId == user.Id && n.ReadAtUtc == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAtUtc, now));
        return Outcome<string>.DoneWith(link);
    }
}
