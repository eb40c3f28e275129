using Raaqj.Web.Data;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Organizations;
using Raaqj.Web.Infrastructure.Auditing;

namespace Raaqj.Web.Features.Organizations;

// The owner hands ownership to a member and becomes an Editor.
public sealed class TransferOwnershipHandler(AppDbContext db, AuditLog audit)
{
    public async Task<Outcome> Handle(OrganizationMember me, int memberId)
    {
        var (actor, member, email) = await db.ActorAndMemberAsync(me, memberId);
        if (member is null)
            return Outcome.NotFound;
        var previousRole = member.Role;
        var problems = TeamRules.TransferOwnership(actor, member);
        if (problems.Count > 0)
            return Outcome.From(problems);
        audit.Record(AuditActions.OwnershipTransferred, nameof(Organization), me.OrganizationId.ToString(), $"Handed ownership to {email}",
            before: new { Owner = me.UserId, NewOwnerRole = previousRole.ToString() }, after: new { Owner = member.UserId, PreviousOwnerRole = actor.Role.ToString() });
        await db.SaveChangesAsync();
        return Outcome.Done;
    }
}
