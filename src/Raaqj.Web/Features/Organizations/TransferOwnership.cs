using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Organizations;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Auditing;
using Raaqj.Web.Infrastructure.Mail;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Organizations;

/// <summary>The owner hands ownership to a member and becomes an Editor.</summary>
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
