using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Rfp;
using Raaqj.Web.Features.Rfp;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Caching;

namespace Raaqj.Web.Features.Home;

// The request the public sees: the published one whose deadline has not passed (open, or the next to open);
// otherwise the most recently closed one, so a visitor still learns what the program is.
// The published requests are read once per change of content (ContentCache); which one is current depends on
// the hour, so it is chosen on every request.
public sealed class PublicRfpHandler(AppDbContext db, ProgramClock clock, ContentCache cache)
{
    public async Task<RfpDocument?> Handle()
    {
        var now = clock.UtcNow;
        var published = await cache.GetAsync("public-requests", () => db.RequestsForAction.AsNoTracking()
            .Where(r => r.Status != RfpStatus.Draft).Select(RfpDocument.Projection).ToListAsync());
        return published.Where(r => r.Status == RfpStatus.Published && r.ClosesAtUtc > now).OrderBy(r => r.OpensAtUtc).FirstOrDefault()
            ?? published.OrderByDescending(r => r.ClosesAtUtc).FirstOrDefault();
    }
}
