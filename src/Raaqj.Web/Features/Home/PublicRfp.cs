using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Rfp;
using Raaqj.Web.Features.Rfp;
using Raaqj.Web.Infrastructure;

namespace Raaqj.Web.Features.Home;

// The request the public sees: the published one whose deadline has not passed (open, or the next to open);
// otherwise the most recently closed one, so a visitor still learns what the program is.
public sealed class PublicRfpHandler(AppDbContext db, ProgramClock clock)
{
    public async Task<RfpDocument?> Handle()
    {
        var now = clock.UtcNow;
        var current = await db.RequestsForAction.AsNoTracking()
            .Where(r => r.Status == RfpStatus.Published && r.ClosesAtUtc > now)
            .OrderBy(r => r.OpensAtUtc)
            .Select(RfpDocument.Projection)
            .FirstOrDefaultAsync();
        return current ?? await db.RequestsForAction.AsNoTracking()
            .Where(r => r.Status != RfpStatus.Draft)
            .OrderByDescending(r => r.ClosesAtUtc)
            .Select(RfpDocument.Projection)
            .FirstOrDefaultAsync();
    }
}
