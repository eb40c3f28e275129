using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Planning;
using Raaqj.Web.Features.Timeline;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Auditing;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Ecosystem;

public sealed record RegionEcosystemRow(int Id, string Name, int Stakeholders, int UniqueEngaged, IReadOnlyDictionary<EcosystemSector, int> EngagedBySector, int Duplicates)
{
    public IReadOnlyList<EcosystemSector> Uncovered => EcosystemTerms.Sectors.Where(s => EngagedBySector.GetValueOrDefault(s) == 0).ToList();
}

public sealed record GroupMember(int Id, string Name, int RegionId, string Region, EcosystemSector Sector, EngagementLevel Engagement, string Website);

// One organization as several regions entered it, and why the records are taken for one.
public sealed record OrganizationGroup(IReadOnlyList<GroupMember> Members, IReadOnlyList<MatchReason> Reasons);

public sealed record CohortEcosystemModel(ProgramToday Today, int UniqueEngaged, int Target, IReadOnlyList<RegionEcosystemRow> Regions, Page<OrganizationGroup> AcrossRegions)
{
    public int Percent => Math.Min(100, UniqueEngaged * 100 / Math.Max(1, Target));
}

// Staff see the program's ecosystem: unique engaged stakeholders against the target of 640 (each organization once
// however many regions engage it), every region's figures and sector coverage, and the organizations several regions
// entered, one card each. A record staff say is another organization leaves its group and counts apart.
public sealed class CohortEcosystemHandler(AppDbContext db, CurrentProgram programs, EcosystemFigures figures, ProgramClock clock, CurrentUser user, AuditLog audit)
{
    public const int PageSize = 20;

    public async Task<CohortEcosystemModel?> Handle(int programId, int? page)
    {
        if (await programs.FindAsync(programId) is not { RequestForActionId: { } rfp } program)
            return null;
        var map = await figures.OfProgramAsync(rfp);
        var regions = await db.CohortRegions.AsNoTracking().Where(r => r.RequestForActionId == rfp).OrderBy(r => r.RegionName).Select(r => new { r.Id, r.RegionName }).ToListAsync();
        var rows = regions.Select(r => new RegionEcosystemRow(r.Id, r.RegionName, map.SectorsOf(r.Id).Sum(s => s.Stakeholders), map.UniqueEngagedByRegion.GetValueOrDefault(r.Id),
            map.SectorsOf(r.Id).ToDictionary(s => s.Sector, s => s.Engaged), map.Pairs.Count(p => map.RegionOf[p.FirstId] == r.Id && map.RegionOf[p.SecondId] == r.Id))).ToList();
        var across = Page<IReadOnlyList<int>>.Of(AcrossRegions(map), page, PageSize);
        var shown = across.Items.SelectMany(g => g).ToList();
        var members = await db.RegionStakeholders.AsNoTracking().Where(s => shown.Contains(s.Id)).Select(s => new GroupMember(s.Id, s.Name, s.CohortRegionId,
            db.CohortRegions.Where(r => r.Id == s.CohortRegionId).Select(r => r.RegionName).First(), s.Sector, s.Engagement, s.Website)).ToDictionaryAsync(m => m.Id);
        var groups = across.Items.Select(g => new OrganizationGroup(g.Where(members.ContainsKey).Select(id => members[id]).OrderBy(m => m.Region).ToList(),
            map.Pairs.Where(p => g.Contains(p.FirstId)).SelectMany(p => p.Reasons).Distinct().Order().ToList())).ToList();
        return new CohortEcosystemModel(programs.Today(program), map.UniqueEngaged, EcosystemFigures.ProgramTarget, rows,
            new Page<OrganizationGroup>(groups, across.PageNumber, PageSize, across.TotalCount));
    }

    // Staff say a record is not the organization its group takes it for: it is kept apart from every other record of
    // the group, which then counts it on its own.
    public async Task<Outcome> SetApartAsync(int programId, int stakeholderId)
    {
        if (await programs.FindAsync(programId) is not { RequestForActionId: { } rfp })
            return Outcome.NotFound;
        var group = AcrossRegions(await figures.OfProgramAsync(rfp)).FirstOrDefault(g => g.Contains(stakeholderId));
        if (group is null)
            return Outcome.Done;
        var others = group.Where(id => id != stakeholderId).ToList();
        var known = (await db.StakeholderDistinctions.AsNoTracking().Where(d => (d.FirstId == stakeholderId && others.Contains(d.SecondId)) || (d.SecondId == stakeholderId && others.Contains(d.FirstId)))
            .Select(d => new { d.FirstId, d.SecondId }).ToListAsync()).Select(d => (d.FirstId, d.SecondId)).ToHashSet();
        var now = clock.UtcNow;
        db.StakeholderDistinctions.AddRange(others.Select(other => (Math.Min(other, stakeholderId), Math.Max(other, stakeholderId))).Where(pair => !known.Contains(pair))
            .Select(pair => new StakeholderDistinction { FirstId = pair.Item1, SecondId = pair.Item2, DecidedByUserId = user.Id!, DecidedAtUtc = now }));
        var name = await db.RegionStakeholders.Where(s => s.Id == stakeholderId).Select(s => s.Name).FirstAsync();
        audit.Record(AuditActions.StakeholdersKeptApart, nameof(RegionStakeholder), stakeholderId.ToString(), $"{name} is not the organization the other regions entered",
            after: new { ApartFrom = others });
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException ex) when (DatabaseConflict.Is(ex))
        {
            // Someone set it apart at the same moment: nothing more to record.
            db.ChangeTracker.Clear();
        }
        return Outcome.Done;
    }

    private static IReadOnlyList<IReadOnlyList<int>> AcrossRegions(MapFigures map) =>
        map.Groups.Where(g => g.Select(id => map.RegionOf[id]).Distinct().Count() > 1).ToList();
}
