using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Planning;
using Raaqj.Web.Features.Timeline;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Ecosystem;

public sealed record RegionEcosystemRow(int Id, string Name, int Stakeholders, int UniqueEngaged, IReadOnlyDictionary<EcosystemSector, int> EngagedBySector, int Duplicates)
{
    public IReadOnlyList<EcosystemSector> Uncovered => EcosystemTerms.Sectors.Where(s => EngagedBySector.GetValueOrDefault(s) == 0).ToList();
}

public sealed record CohortEcosystemModel(ProgramToday Today, int UniqueEngaged, int Target, IReadOnlyList<RegionEcosystemRow> Regions, Page<PairView> AcrossRegions)
{
    public int Percent => Math.Min(100, UniqueEngaged * 100 / Math.Max(1, Target));
}

// Staff see the program's ecosystem: unique engaged stakeholders against the target of 640 (each organization once
// however many regions engage it), every region's figures and sector coverage, and the matches across regions,
// which staff can say are different organizations.
public sealed class CohortEcosystemHandler(AppDbContext db, CurrentProgram programs, EcosystemFigures figures, StakeholderDuplicatesHandler duplicates)
{
    public async Task<CohortEcosystemModel?> Handle(int programId, int? page)
    {
        if (await programs.FindAsync(programId) is not { RequestForActionId: { } rfp } program)
            return null;
        var map = await figures.OfProgramAsync(rfp);
        var regions = await db.CohortRegions.AsNoTracking().Where(r => r.RequestForActionId == rfp).OrderBy(r => r.RegionName).Select(r => new { r.Id, r.RegionName }).ToListAsync();
        var ids = regions.Select(r => r.Id).ToList();
        var engaged = await EcosystemFigures.Active(db).AsNoTracking().Where(s => ids.Contains(s.CohortRegionId))
            .GroupBy(s => new { s.CohortRegionId, s.Sector })
            .Select(g => new { g.Key.CohortRegionId, g.Key.Sector, Count = g.Count(), Engaged = g.Count(s => s.Engagement >= EngagementLevel.Involved) }).ToListAsync();
        var rows = regions.Select(r => new RegionEcosystemRow(r.Id, r.RegionName, engaged.Where(e => e.CohortRegionId == r.Id).Sum(e => e.Count),
            map.UniqueEngagedByRegion.GetValueOrDefault(r.Id), engaged.Where(e => e.CohortRegionId == r.Id).ToDictionary(e => e.Sector, e => e.Engaged),
            map.Pairs.Count(p => map.RegionOf[p.FirstId] == r.Id && map.RegionOf[p.SecondId] == r.Id))).ToList();
        var across = map.Pairs.Where(p => map.RegionOf[p.FirstId] != map.RegionOf[p.SecondId]).ToList();
        return new CohortEcosystemModel(programs.Today(program), map.UniqueEngaged, EcosystemFigures.ProgramTarget, rows, await duplicates.ViewsAsync(across, page));
    }
}
