using Microsoft.AspNetCore.Identity;
using Raaqj.Web.Data;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Auditing;

namespace Raaqj.Web.Features.Admin;

// An admin disables an account (ending its sessions) or enables it again; never their own.
public sealed class DisableAccountHandler(AppDbContext db, UserManager<AppUser> users, AuditLog audit, CurrentUser currentUser)
{
    public async Task<Outcome> Handle(string id, bool disabled)
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
}
