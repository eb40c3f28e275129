using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Infrastructure.Caching;

namespace Raaqj.Web.Infrastructure.Notifications;

// The count beside "Notifications" in the header (and beside the menu button on a phone), on every page: counted once
// per person and change of content. A new notification is content; marking read is a bulk update, which changes the stamp itself.
public sealed class UnreadNotifications(AppDbContext db, ContentCache cache)
{
    private Task<int>? counted;

    private static readonly Func<AppDbContext, string, Task<int>> Count =
        EF.CompileAsyncQuery((AppDbContext context, string userId) => context.Notifications.Count(n => n.UserId == userId && n.ReadAtUtc == null));

    public Task<int> CountAsync(ClaimsPrincipal user) =>
        counted ??= user.FindFirstValue(ClaimTypes.NameIdentifier) is { } id ? cache.GetAsync($"unread/{id}", () => Count(db, id)) : Task.FromResult(0);
}
