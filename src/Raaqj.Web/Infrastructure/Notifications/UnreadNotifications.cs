using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;

namespace Raaqj.Web.Infrastructure.Notifications;

// The count beside "Notifications" in the header (and beside the menu button on a phone): one indexed count per page.
public sealed class UnreadNotifications(AppDbContext db)
{
    private Task<int>? counted;

    private static readonly Func<AppDbContext, string, Task<int>> Count =
        EF.CompileAsyncQuery((AppDbContext context, string userId) => context.Notifications.Count(n => n.UserId == userId && n.ReadAtUtc == null));

    public Task<int> CountAsync(ClaimsPrincipal user) =>
        counted ??= user.FindFirstValue(ClaimTypes.NameIdentifier) is { } id ? Count(db, id) : Task.FromResult(0);
}
