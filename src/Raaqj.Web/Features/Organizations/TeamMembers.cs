using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Organizations;

namespace Raaqj.Web.Features.Organizations;

// A change to a teammate loads both sides: the person acting (tracked, for the rules) and the member, if on this team.
internal static class TeamMembers
{
    public static async Task<(OrganizationMember Actor, OrganizationMember? Member, string Email)> ActorAndMemberAsync(this AppDbContext db, OrganizationMember me, int memberId)
    {
        var actor = await db.OrganizationMembers.SingleAsync(m => m.Id == me.Id);
        var member = await db.OrganizationMembers.FirstOrDefaultAsync(m => m.Id == memberId && m.OrganizationId == me.OrganizationId);
        var email = member is null ? "" : await db.Users.Where(u => u.Id == member.UserId).Select(u => u.Email!).SingleAsync();
        return (actor, member, email);
    }
}
