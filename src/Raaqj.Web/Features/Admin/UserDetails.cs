using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Auditing;

namespace Raaqj.Web.Features.Admin;

public sealed record UserDetailsModel(UserRow User, IReadOnlyList<HistoryLine> History, bool IsSelf);

// One account: its roles and state, and what was changed on it.
public sealed class UserDetailsHandler(AppDbContext db, CurrentUser currentUser)
{
    public async Task<UserDetailsModel?> Handle(string id)
    {
        var user = await db.Users.AsNoTracking().Where(u => u.Id == id).SelectRows(db).FirstOrDefaultAsync();
        if (user is null)
            return null;
        var history = await db.AuditEntries.Where(a => a.EntityType == "User" && a.EntityId == id).NewestHistoryAsync(20);
        return new UserDetailsModel(user, history, id == currentUser.Id);
    }
}
