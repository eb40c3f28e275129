using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Organizations;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Auditing;

namespace Raaqj.Web.Features.Organizations;

// The owner revokes a pending invitation; its link stops working.
public sealed class RevokeInvitationHandler(AppDbContext db, ProgramClock clock, AuditLog audit)
{
    public async Task<Outcome> Handle(OrganizationMember me, int invitationId)
    {
        var invitation = await db.OrganizationInvitations.FirstOrDefaultAsync(i => i.Id == invitationId && i.OrganizationId == me.OrganizationId);
        if (invitation is null || !me.CanManageTeam || !invitation.IsPendingAt(clock.UtcNow))
            return Outcome.NotFound;
        invitation.RevokedAtUtc = clock.UtcNow;
        audit.Record(AuditActions.InvitationRevoked, nameof(Organization), me.OrganizationId.ToString(), $"Revoked the invitation of {invitation.Email}");
        await db.SaveChangesAsync();
        return Outcome.Done;
    }
}
