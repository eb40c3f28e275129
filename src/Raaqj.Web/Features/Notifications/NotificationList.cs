using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Notifications;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Notifications;

public sealed record NotificationRow(long Id, NotificationTopic Topic, string Title, string Body, DateTime CreatedAtUtc, bool IsUnread, EmailStatus Email);

public sealed record NotificationListModel(Page<NotificationRow> Page, int UnreadCount, bool UnreadOnly);

// A person's notifications, newest first, unread ones marked; only their own.
public sealed class NotificationListHandler(AppDbContext db, CurrentUser user)
{
    public const int PageSize = 20;

    public async Task<NotificationListModel> Handle(int? page, bool unreadOnly)
    {
        var mine = db.Notifications.AsNoTracking().Where(n => n.UserId == user.Id);
        var unread = await mine.CountAsync(n => n.ReadAtUtc == null);
        var listed = unreadOnly ? mine.Where(n => n.ReadAtUtc == null) : mine;
        var total = unreadOnly ? unread : await mine.CountAsync();
        var number = Math.Min(Page<NotificationRow>.Clamp(page), Math.Max(1, (total + PageSize - 1) / PageSize));
        var rows = await listed.OrderByDescending(n => n.Id).Skip((number - 1) * PageSize).Take(PageSize)
            .Select(n => new NotificationRow(n.Id, n.Topic, n.Title, n.Body, n.CreatedAtUtc, n.ReadAtUtc == null, n.Email)).ToListAsync();
        return new NotificationListModel(new Page<NotificationRow>(rows, number, PageSize, total), unread, unreadOnly);
    }
}
