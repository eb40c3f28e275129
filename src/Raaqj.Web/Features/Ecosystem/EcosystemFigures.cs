using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Impact;
using Raaqj.Web.Domain.Planning;
using Raaqj.Web.Infrastructure.Caching;

namespace Raaqj.Web.Features.Ecosystem;

public sealed record SectorCoverage(EcosystemSector Sector, int Stakeholders, int Engaged)
{
    public bool Uncovered => Engaged == 0;
}

// One cell of the power/interest grid: how many stakeholders the team rated so.
public sealed record GridCell(int Influence, int Interest, int Count);

// The figures of a set of regions' maps: organizations engaged (involved or above) counted once however many times
// and in however many regions they are entered, the pairs that look like one organization entered twice and the
// groups they make, each region's sectors, and the power/interest grid.
public sealed record MapFigures(int Stakeholders, int UniqueEngaged, IReadOnlyDictionary<int, int> UniqueEngagedByRegion, IReadOnlyList<DuplicatePair> Pairs,
    IReadOnlyList<IReadOnlyList<int>> Groups, IReadOnlyDictionary<int, int> RegionOf, IReadOnlyDictionary<int, IReadOnlyList<SectorCoverage>> SectorsByRegion,
    IReadOnlyList<GridCell> Grid)
{
    public IReadOnlyList<SectorCoverage> SectorsOf(int regionId) =>
        SectorsByRegion.GetValueOrDefault(regionId) ?? EcosystemTerms.Sectors.Select(s => new SectorCoverage(s, 0, 0)).ToList();
}

// Reads what de-duplication compares, once per change of content (ContentCache): at the size of a program
// (thousands of stakeholders) it is three queries and an in-memory grouping.
public sealed class EcosystemFigures(AppDbContext db, ContentCache cache)
{
    public const int ProgramTarget = ProgramTargets.StakeholdersEngaged;

    public static IQueryable<RegionStakeholder> Active(AppDbContext db) => db.RegionStakeholders.Where(s => s.MergedIntoId == null);

    public Task<MapFigures> OfRegionAsync(int regionId) =>
        cache.GetAsync($"ecosystem-region-{regionId}", () => LoadAsync(Active(db).Where(s => s.CohortRegionId == regionId)));

    public Task<MapFigures> OfProgramAsync(int requestForActionId) =>
        cache.GetAsync($"ecosystem-program-{requestForActionId}", () => LoadAsync(OfProgram(requestForActionId)));

    // The program's stakeholders as the targets see them, with each step of their engagement: enough to tell how
    // many organizations were engaged at the end of any month, each counted once.
    public Task<(IReadOnlyList<StakeholderHistory> Stakeholders, IReadOnlySet<(int, int)> KeptApart)> HistoriesAsync(int requestForActionId) =>
        cache.GetAsync($"ecosystem-histories-{requestForActionId}", async () =>
        {
            var active = OfProgram(requestForActionId);
            var (_, keys, distinct) = await KeysAsync(active);
            var changes = (await db.EngagementChanges.AsNoTracking().Where(c => active.Any(s => s.Id == c.RegionStakeholderId))
                .Select(c => new { c.RegionStakeholderId, c.AtUtc, c.To }).ToListAsync()).ToLookup(c => c.RegionStakeholderId, c => (c.AtUtc, c.To));
            return ((IReadOnlyList<StakeholderHistory>)keys.Select(k => new StakeholderHistory(k, changes[k.Id].ToList())).ToList(), (IReadOnlySet<(int, int)>)distinct);
        });

    private IQueryable<RegionStakeholder> OfProgram(int requestForActionId) =>
        Active(db).Where(s => db.CohortRegions.Any(r => r.Id == s.CohortRegionId && r.RequestForActionId == requestForActionId));

    private sealed record Row(int Id, int CohortRegionId, string NameKey, string? Ein, string? Domain, EngagementLevel Engagement, EcosystemSector Sector, int? Influence, int? Interest);

    private async Task<(List<Row> Rows, List<StakeholderKeys> Keys, HashSet<(int, int)> Distinct)> KeysAsync(IQueryable<RegionStakeholder> active)
    {
        var rows = await active.AsNoTracking().Select(s => new Row(s.Id, s.CohortRegionId, s.NameKey, s.Ein, s.Domain, s.Engagement, s.Sector, s.Influence, s.Interest))
            .ToListAsync();
        var emails = (await db.StakeholderContacts.AsNoTracking().Where(c => c.EmailKey != null && active.Any(s => s.Id == c.RegionStakeholderId))
            .Select(c => new { c.RegionStakeholderId, c.EmailKey }).ToListAsync()).ToLookup(c => c.RegionStakeholderId, c => c.EmailKey!);
        var distinct = (await db.StakeholderDistinctions.AsNoTracking().Where(d => active.Any(s => s.Id == d.FirstId))
            .Select(d => new { d.FirstId, d.SecondId }).ToListAsync()).Select(d => (d.FirstId, d.SecondId)).ToHashSet();
        var keys = rows.Select(r => new StakeholderKeys(r.Id, r.CohortRegionId, r.NameKey, StakeholderMatching.EinKey(r.Ein), r.Domain, emails[r.Id].Distinct().ToList())).ToList();
        return (rows, keys, distinct);
    }

    private async Task<MapFigures> LoadAsync(IQueryable<RegionStakeholder> active)
    {
        var (rows, keys, distinct) = await KeysAsync(active);
        var engaged = rows.Where(r => r.Engagement >= EngagementLevel.Involved).Select(r => r.Id).ToHashSet();
        var engagedKeys = keys.Where(k => engaged.Contains(k.Id)).ToList();
        var pairs = StakeholderMatching.Pairs(keys, distinct);
        var sectors = rows.GroupBy(r => r.CohortRegionId).ToDictionary(g => g.Key, g => (IReadOnlyList<SectorCoverage>)EcosystemTerms.Sectors
            .Select(sector => new SectorCoverage(sector, g.Count(r => r.Sector == sector), g.Count(r => r.Sector == sector && engaged.Contains(r.Id)))).ToList());
        var grid = rows.Where(r => r.Influence is not null && r.Interest is not null).GroupBy(r => (Influence: r.Influence!.Value, Interest: r.Interest!.Value))
            .Select(g => new GridCell(g.Key.Influence, g.Key.Interest, g.Count())).ToList();
        return new MapFigures(rows.Count, StakeholderMatching.UniqueCount(engagedKeys, distinct),
            engagedKeys.GroupBy(k => k.RegionId).ToDictionary(g => g.Key, g => StakeholderMatching.UniqueCount(g.ToList(), distinct)),
            pairs, StakeholderMatching.Groups(pairs), rows.ToDictionary(r => r.Id, r => r.CohortRegionId), sectors, grid);
    }
}
