using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Auditing;

namespace Raaqj.Web.Features.Admin;

public sealed record UserDetailsModel(UserRow User, IReadOnlyList<HistoryLine> History, bool IsSelf);


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

/// <summary>Role changes and disabling, with the guards that keep the portal administrable.</summary>
public sealed class ManageUserHandler(AppDbContext db, UserManager<AppUser> users, AuditLog audit, CurrentUser currentUser)
{
    public async Task<Outcome> ChangeRoles(string id, IReadOnlyCollection<string> requested)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
            return Outcome.NotFound;
        var wanted = requested.Where(Roles.All.Contains).Distinct().ToList();
        if (wanted.Count == 0)
            return Outcome.Invalid("Roles", "Choose at least one role. To stop someone using the portal, disable the account instead.");
        var current = await users.GetRolesAsync(user);
        if (id == currentUser.Id && current.Contains(Roles.Admin) && !wanted.Contains(Roles.Admin))
            return Outcome.Invalid("Roles", "You cannot remove your own Admin role. Ask another administrator.");
        if (current.Order().SequenceEqual(wanted.Order()))
            return Outcome.Done;

        await users.RemoveFromRolesAsync(user, current.Except(wanted));
        await users.AddToRolesAsync(user, wanted.Except(current));
        // The new stamp ends the person's sessions at once: they sign in again with the new roles.
        await users.UpdateSecurityStampAsync(user);
        audit.Record(AuditActions.UserRolesChanged, "User", id, $"Roles of {user.Email} changed from {Describe(current)} to {Describe(wanted)}",
            before: new { Roles = current.Order() }, after: new { Roles = wanted.Order() });
        await db.SaveChangesAsync();
        return Outcome.Done;
    }

    public async Task<Outcome> SetDisabled(string id, bool disabled)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
            return Outcome.NotFound;
        if (id == currentUser.Id && disabled)
            return Outcome.Invalid("", "You cannot disable your own account.");
        if (user.IsDisabled == disabled)
            return Outcome.Done;
        user.IsDisabled = disabled;
        // Disabled accounts are also locked out, so no password sign-in can succeed, and the new security
        // stamp ends any session the person has open.
        user.LockoutEnabled = true;
        user.LockoutEnd = disabled ? DateTimeOffset.MaxValue : null;
        await users.UpdateSecurityStampAsync(user);
        audit.Record(disabled ? AuditActions.UserDisabled : AuditActions.UserEnabled, "User", id,
            $"{(disabled ? "Disabled" : "Re-enabled")} the account of {user.Email}",
            before: new { IsDisabled = !disabled }, after: new { IsDisabled = disabled });
        await db.SaveChangesAsync();
        return Outcome.Done;
    }

    private static string Describe(IEnumerable<string> roles) => roles.Any() ? string.Join(", ", roles.Order()) : "none";
}
