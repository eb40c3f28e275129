using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Planning;
using Raaqj.Web.Infrastructure.Caching;

namespace Raaqj.Web.Features.Ecosystem;

public sealed record SectorCoverage(EcosystemSector Sector, int Stakeholders, int Engaged)
{
    public bool Uncovered => Engaged == 0;
}

// The figures of a set of regions' maps: organizations engaged (involved or above) counted once however many times
// and in however many regions they are entered, and the pairs that look like one organization entered twice.
public sealed record MapFigures(int Stakeholders, int UniqueEngaged, IReadOnlyDictionary<int, int> UniqueEngagedByRegion, IReadOnlyList<DuplicatePair> Pairs,
    IReadOnlyDictionary<int, int> RegionOf);

// Reads what de-duplication compares, once per change of content (ContentCache): at the size of a program
// (thousands of stakeholders) it is two queries and an in-memory grouping.
public sealed class EcosystemFigures(AppDbContext db, ContentCache cache)
{
    public const int ProgramTarget = 640;

    public static IQueryable<RegionStakeholder> Active(AppDbContext db) => db.RegionStakeholders.Where(s => s.MergedIntoId == null);

    public Task<MapFigures> OfRegionAsync(int regionId) =>
        cache.GetAsync($"ecosystem-region-{regionId}", () => LoadAsync(Active(db).Where(s => s.CohortRegionId == regionId)));

    public Task<MapFigures> OfProgramAsync(int requestForActionId) =>
        cache.GetAsync($"ecosystem-program-{requestForActionId}", () => LoadAsync(Active(db)
            .Where(s => db.CohortRegions.Any(r => r.Id == s.CohortRegionId && r.RequestForActionId == requestForActionId))));

    private async Task<MapFigures> LoadAsync(IQueryable<RegionStakeholder> active)
    {
        var rows = await active.AsNoTracking().Select(s => new { s.Id, s.CohortRegionId, s.NameKey, s.Ein, s.Domain, s.Engagement }).ToListAsync();
        var emails = (await db.StakeholderContacts.AsNoTracking().Where(c => c.EmailKey != null && active.Any(s => s.Id == c.RegionStakeholderId))
            .Select(c => new { c.RegionStakeholderId, c.EmailKey }).ToListAsync()).ToLookup(c => c.RegionStakeholderId, c => c.EmailKey!);
        var distinct = (await db.StakeholderDistinctions.AsNoTracking().Where(d => active.Any(s => s.Id == d.FirstId))
            .Select(d => new { d.FirstId, d.SecondId }).ToListAsync()).Select(d => (d.FirstId, d.SecondId)).ToHashSet();
        var keys = rows.Select(r => new StakeholderKeys(r.Id, r.CohortRegionId, r.NameKey, StakeholderMatching.EinKey(r.Ein), r.Domain, emails[r.Id].Distinct().ToList())).ToList();
        var engaged = rows.Where(r => r.Engagement >= EngagementLevel.Involved).Select(r => r.Id).ToHashSet();
        var engagedKeys = keys.Where(k => engaged.Contains(k.Id)).ToList();
        return new MapFigures(rows.Count, StakeholderMatching.UniqueCount(engagedKeys, distinct),
            engagedKeys.GroupBy(k => k.RegionId).ToDictionary(g => g.Key, g => StakeholderMatching.UniqueCount(g.ToList(), distinct)),
            StakeholderMatching.Pairs(keys, distinct), rows.ToDictionary(r => r.Id, r => r.CohortRegionId));
    }
}
