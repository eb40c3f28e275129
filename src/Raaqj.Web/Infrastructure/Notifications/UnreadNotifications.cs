using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;

namespace Raaqj.Web.Infrastructure.Notifications;

// The count beside "Notifications" in the header: one indexed count per page.
public sealed class UnreadNotifications(AppDbContext db)
{
    private static readonly Func<AppDbContext, string, Task<int>> Count =
        EF.CompileAsyncQuery((AppDbContext context, string userId) => context.Notifications.Count(n => n.UserId == userId && n.ReadAtUtc == null));

    public Task<int> CountAsync(ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) is { } id ? Count(db, id) : Task.FromResult(0);
}
