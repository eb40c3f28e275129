using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Assistance;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Caching;

namespace Raaqj.Web.Features.Assistance;

public sealed record TaDashboardModel(TaFigures All, IReadOnlyList<TaFigures> ByArea, IReadOnlyList<TaFigures> ByRegion, IReadOnlyList<(int Rating, int Count)> Ratings,
    string AreaChart);

// Staff's view of technical assistance as a whole: requests and hours by area and by region, the median time to a
// first answer, ratings and missed clocks. The requests are read once per change of content (ContentCache); whether a
// clock is missed is worked out at each request, since time alone can miss one.
public sealed class TaDashboardHandler(AppDbContext db, ProgramClock clock, ContentCache cache)
{
    private sealed record Row(string Area, string Region, TaRequest Request, decimal Hours);

    public async Task<TaDashboardModel> Handle()
    {
        var now = clock.UtcNow;
        var open = TaQueries.OpenStatuses;
        var rows = await cache.GetAsync("ta-dashboard", () => db.TaRequests.AsNoTracking()
            .Join(db.ExpertAreas, r => r.AreaId, a => a.Id, (r, a) => new { r, Area = a.Name })
            .Join(db.CohortRegions, x => x.r.CohortRegionId, c => c.Id, (x, c) => new Row(x.Area, c.RegionName, new TaRequest
            {
                Status = x.r.Status, RequestedAtUtc = x.r.RequestedAtUtc, FirstAnsweredAtUtc = x.r.FirstAnsweredAtUtc, FirstAnswerDueUtc = x.r.FirstAnswerDueUtc,
                ResolvedAtUtc = x.r.ResolvedAtUtc, ClosedAtUtc = x.r.ClosedAtUtc, ResolutionDueUtc = x.r.ResolutionDueUtc, Rating = x.r.Rating,
            }, db.TaMessages.Where(m => m.TaRequestId == x.r.Id).Sum(m => m.Hours))).ToListAsync());
        var facts = rows.Select(r => new TaFact(r.Area, r.Region, open.Contains(r.Request.Status), r.Request.RequestedAtUtc, r.Request.FirstAnsweredAtUtc, r.Hours,
            r.Request.Rating, r.Request.BreachedAt(now))).ToList();
        var byArea = TaDashboardRules.By(facts, f => f.Area);
        var chart = JsonSerializer.Serialize(new { labels = byArea.Select(a => a.Name), values = byArea.Select(a => a.Requests), label = "Requests", yTitle = "Requests", counts = true });
        return new TaDashboardModel(TaDashboardRules.Of("All requests", facts), byArea, TaDashboardRules.By(facts, f => f.Region),
            Enumerable.Range(1, 5).Select(r => (r, facts.Count(f => f.Rating == r))).ToList(), chart);
    }
}
