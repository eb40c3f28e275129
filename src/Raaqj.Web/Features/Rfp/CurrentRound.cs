using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Rfp;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Caching;

namespace Raaqj.Web.Features.Rfp;

// The round staff work on by default: the latest that has opened; before any has, the next to open.
// Asked on most staff pages, so the rounds' opening times are read once per change of content; which of them
// is current depends on the hour, so it is worked out on every call.
public sealed class CurrentRound(AppDbContext db, ContentCache cache, ProgramClock clock)
{
    private sealed record Opening(int Id, DateTime OpensAtUtc);

    public async Task<int?> IdAsync()
    {
        var rounds = await cache.GetAsync("rounds/openings", () => db.RequestsForAction.AsNoTracking()
            .Where(r => r.Status != RfpStatus.Draft).Select(r => new Opening(r.Id, r.OpensAtUtc)).ToListAsync());
        var now = clock.UtcNow;
        var current = rounds.Where(r => r.OpensAtUtc <= now).OrderByDescending(r => r.OpensAtUtc).ThenByDescending(r => r.Id).FirstOrDefault()
            ?? rounds.OrderBy(r => r.OpensAtUtc).ThenBy(r => r.Id).FirstOrDefault();
        return current?.Id;
    }
}
