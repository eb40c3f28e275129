using Raaqj.Web.Data;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Organizations;
using Raaqj.Web.Infrastructure.Auditing;

namespace Raaqj.Web.Features.Organizations;

// The owner removes a member from the team (not found when the member is not on this team).
public sealed class RemoveMemberHandler(AppDbContext db, AuditLog audit)
{
    public async Task<Outcome> Handle(OrganizationMember me, int memberId)
    {
        var (actor, member, email) = await db.ActorAndMemberAsync(me, memberId);
        if (member is null)
            return Outcome.NotFound;
        var problems = TeamRules.CanRemove(actor, member);
        if (problems.Count > 0)
            return Outcome.From(problems);
        db.OrganizationMembers.Remove(member);
        audit.Record(AuditActions.MemberRemoved, nameof(Organization), me.OrganizationId.ToString(), $"Removed {email} from the team",
            before: new { Email = email, Role = member.Role.ToString() });
        await db.SaveChangesAsync();
        return Outcome.Done;
    }
}
