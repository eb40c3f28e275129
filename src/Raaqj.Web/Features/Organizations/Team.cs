using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Organizations;
using Raaqj.Web.Infrastructure;

namespace Raaqj.Web.Features.Organizations;

public sealed record TeamModel(string OrganizationName, OrganizationMember Me, IReadOnlyList<TeamModel.Member> Members, IReadOnlyList<TeamModel.Invitation> Pending, TeamInviteForm Invite)
{
    public sealed record Member(int Id, string Name, string Email, MemberRole Role, DateTime JoinedAtUtc);

    public sealed record Invitation(int Id, string Email, MemberRole Role, DateTime CreatedAtUtc, DateTime ExpiresAtUtc);
}

// The organization's team page: members, pending invitations and the invite form.
public sealed class TeamHandler(AppDbContext db, ProgramClock clock)
{
    public async Task<TeamModel> Handle(OrganizationMember me, TeamInviteForm? invite = null)
    {
        var now = clock.UtcNow;
        var name = await db.Organizations.Where(o => o.Id == me.OrganizationId).Select(o => o.LegalName).SingleAsync();
        var members = await db.OrganizationMembers.AsNoTracking().Where(m => m.OrganizationId == me.OrganizationId)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new TeamModel.Member(m.Id, u.DisplayName, u.Email!, m.Role, m.JoinedAtUtc))
            .ToListAsync();
        var pending = await db.OrganizationInvitations.AsNoTracking()
            .Where(i => i.OrganizationId == me.OrganizationId && i.AcceptedAtUtc == null && i.RevokedAtUtc == null && i.ExpiresAtUtc > now)
            .OrderBy(i => i.CreatedAtUtc)
            .Select(i => new TeamModel.Invitation(i.Id, i.Email, i.Role, i.CreatedAtUtc, i.ExpiresAtUtc)).ToListAsync();
        return new TeamModel(name, me, members.OrderByDescending(m => m.Role).ThenBy(m => m.Name).ToList(), pending, invite ?? new TeamInviteForm());
    }
}
