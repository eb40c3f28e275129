using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Organizations;
using Raaqj.Web.Infrastructure;

namespace Raaqj.Web.Features.Organizations;

// The signed-in person's place on an organization's team, looked up once per request. Organization pages
// are always "my organization", so nobody can name another organization's records in a URL.
public sealed class Membership(AppDbContext db, CurrentUser user)
{
    private OrganizationMember? member;
    private bool loaded;

    public async Task<OrganizationMember?> CurrentAsync()
    {
        if (!loaded)
        {
            member = user.Id is null ? null : await db.OrganizationMembers.AsNoTracking().FirstOrDefaultAsync(m => m.UserId == user.Id);
            loaded = true;
        }
        return member;
    }
}
