using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Notifications;
using Raaqj.Web.Domain.Organizations;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Auditing;
using Raaqj.Web.Infrastructure.Identity;
using Raaqj.Web.Infrastructure.Notifications;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Organizations;

public sealed record PendingInvitation(int Id, string OrganizationName, MemberRole Role, string Email, DateTime ExpiresAtUtc);

// Accepting an invitation: only by the invited address, and only into one organization.
public sealed class JoinHandler(AppDbContext db, ProgramClock clock, UserManager<AppUser> users, SignInManager<AppUser> signIn, AuditLog audit, Notifier notifier, PortalLinks links)
{
    public Task<PendingInvitation?> FindByToken(string? token)
    {
        var hash = SecretTokens.Hash(token ?? "");
        return Describe(Pending().Where(i => i.TokenHash == hash)).FirstOrDefaultAsync();
    }

    public async Task<IReadOnlyList<PendingInvitation>> PendingFor(string email)
    {
        var normalized = email.ToUpperInvariant();
        return await Describe(Pending().Where(i => i.Email.ToUpper() == normalized)).ToListAsync();
    }

    public async Task<Outcome> Accept(int invitationId, string userId)
    {
        var now = clock.UtcNow;
        var invitation = await db.OrganizationInvitations.FirstOrDefaultAsync(i => i.Id == invitationId);
        var user = await users.FindByIdAsync(userId);
        if (invitation is null || user is null || !invitation.IsPendingAt(now)
            || !string.Equals(invitation.Email, user.Email, StringComparison.OrdinalIgnoreCase))
            return Outcome.NotFound;
        if (await db.OrganizationMembers.AnyAsync(m => m.UserId == userId))
            return Outcome.Invalid("", "You are already on an organization's team. Ask its owner to remove you before joining another.");

        invitation.AcceptedAtUtc = now;
        db.OrganizationMembers.Add(new OrganizationMember { OrganizationId = invitation.OrganizationId, UserId = userId, Role = invitation.Role, JoinedAtUtc = now });
        audit.Record(AuditActions.MemberJoined, nameof(Organization), invitation.OrganizationId.ToString(),
            $"{user.Email} joined the team as {invitation.Role}", after: new { user.Email, Role = invitation.Role.ToString() }, actor: user);
        var owners = await db.OrganizationMembers.Where(m => m.OrganizationId == invitation.OrganizationId && m.Role == MemberRole.Owner).Select(m => m.UserId).ToListAsync();
        await notifier.NotifyAsync(owners, new NotificationMessage(NotificationTopic.TeamChanges,
            $"{user.DisplayName} joined your team",
            $"{user.DisplayName} ({user.Email}) accepted your invitation and joined the team as {invitation.Role}. The team page shows who can do what.",
            links.Path("Team", "Organizations")));
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException ex) when (DatabaseConflict.Is(ex))
        {
            // Accepted twice at once (one person is on one team): the first accept did it.
            db.ChangeTracker.Clear();
            return await db.OrganizationMembers.AnyAsync(m => m.UserId == userId && m.OrganizationId == invitation.OrganizationId)
                ? Outcome.Done : Outcome.Invalid("", "You joined another organization's team a moment ago.");
        }
        if (!await users.IsInRoleAsync(user, Roles.Anchor))
        {
            await users.AddToRoleAsync(user, Roles.Anchor);
            await signIn.RefreshSignInAsync(user);
        }
        return Outcome.Done;
    }

    private IQueryable<OrganizationInvitation> Pending()
    {
        var now = clock.UtcNow;
        return db.OrganizationInvitations.AsNoTracking().Where(i => i.AcceptedAtUtc == null && i.RevokedAtUtc == null && i.ExpiresAtUtc > now);
    }

    private IQueryable<PendingInvitation> Describe(IQueryable<OrganizationInvitation> invitations) =>
        invitations.Join(db.Organizations, i => i.OrganizationId, o => o.Id, (i, o) => new PendingInvitation(i.Id, o.LegalName, i.Role, i.Email, i.ExpiresAtUtc));
}
