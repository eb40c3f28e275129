using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Infrastructure.Auditing;
using Raaqj.Web.Infrastructure.Caching;

namespace Raaqj.Web.Features.Home;

public sealed record AdminDashboardModel(
    IReadOnlyDictionary<string, int> UsersByRole, int PendingInvitations, int DisabledAccounts,
    IReadOnlyList<HistoryLine> RecentChanges);

// Read once per change of content (ContentCache): people, roles and the audit log all count as content.
public sealed class AdminDashboardHandler(AppDbContext db, ContentCache cache)
{
    public Task<AdminDashboardModel> Handle() => cache.GetAsync("admin-dashboard", Load);

    private async Task<AdminDashboardModel> Load()
    {
        var byRole = await (from userRole in db.UserRoles
                            join role in db.Roles on userRole.RoleId equals role.Id
                            group userRole by role.Name into g
                            select new { Role = g.Key!, Count = g.Count() }).ToDictionaryAsync(x => x.Role, x => x.Count);
        var pending = await db.Users.CountAsync(u => u.InvitedAtUtc != null && u.PasswordHash == null);
        var disabled = await db.Users.CountAsync(u => u.IsDisabled);
        var recent = await db.AuditEntries.NewestHistoryAsync(8);
        return new AdminDashboardModel(byRole, pending, disabled, recent);
    }
}
