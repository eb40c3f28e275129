using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Auditing;

namespace Raaqj.Web.Features.Admin;

// An admin changes someone's roles, never leaving the portal without its own admin.
public sealed class ChangeRolesHandler(AppDbContext db, UserManager<AppUser> users, AuditLog audit, CurrentUser currentUser)
{
    public async Task<Outcome> Handle(string id, IReadOnlyCollection<string> requested)
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

    private static string Describe(IEnumerable<string> roles) => roles.Any() ? string.Join(", ", roles.Order()) : "none";
}
