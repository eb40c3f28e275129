using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Organizations;
using Raaqj.Web.Infrastructure;

namespace Raaqj.Web.Features.Organizations;

public sealed record ProfileModel(Organization Organization, MemberRole MyRole, int MemberCount, int PendingInvitations);

public sealed class ProfileHandler(AppDbContext db, ProgramClock clock)
{
    public async Task<ProfileModel?> Handle(OrganizationMember me)
    {
        var organization = await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == me.OrganizationId);
        if (organization is null)
            return null;
        var now = clock.UtcNow;
        var counts = await db.Organizations.Where(o => o.Id == me.OrganizationId)
            .Select(o => new
            {
                Members = o.Members.Count,
                Pending = db.OrganizationInvitations.Count(i => i.OrganizationId == o.Id && i.AcceptedAtUtc == null && i.RevokedAtUtc == null && i.ExpiresAtUtc > now),
            }).SingleAsync();
        return new ProfileModel(organization, me.Role, counts.Members, counts.Pending);
    }
}
