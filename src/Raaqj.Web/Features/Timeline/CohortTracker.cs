using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Timeline;
using Raaqj.Web.Infrastructure.Authorization;
using Raaqj.Web.Infrastructure.Caching;

namespace Raaqj.Web.Features.Timeline;

public sealed record TrackerRegion(int Id, string Name, int Late, int Done, int Total, IReadOnlyList<MilestoneRow> Others);

public sealed record TrackerColumn(int TemplateId, string Title, DateOnly Due, int Late);

public sealed record TrackerModel(ProgramToday Today, IReadOnlyList<TrackerRegion> Regions, IReadOnlyList<TrackerColumn> Columns,
    IReadOnlyDictionary<(int Region, int Template), MilestoneRow> Cells)
{
    public MilestoneRow? Cell(int region, int template) => Cells.TryGetValue((region, template), out var row) ? row : null;
}

// Regions x region milestones: each cell a milestone's status, with the late ones counted per region and per
// milestone. Milestones staff added to one region only are listed under it.
public sealed record TrackerRegionName(int Id, string RegionName);

public sealed record TrackerTemplate(int Id, string Title, int DueByEndOfMonth);

public sealed class CohortTrackerHandler(AppDbContext db, CurrentProgram programs, MilestoneReader milestones, ContentCache cache)
{
    public async Task<TrackerModel?> Handle(int programId)
    {
        if (await programs.FindAsync(programId) is not { } program)
            return null;
        var (regions, templates) = await cache.GetAsync($"tracker/{programId}", async () => (
            await db.CohortRegions.AsNoTracking().Where(r => r.RequestForActionId == program.RequestForActionId)
                .OrderBy(r => r.RegionName).Select(r => new TrackerRegionName(r.Id, r.RegionName)).ToListAsync(),
            await db.MilestoneTemplates.AsNoTracking().Where(t => t.ProgramEditionId == programId).OrderBy(t => t.Position)
                .Select(t => new TrackerTemplate(t.Id, t.Title, t.DueByEndOfMonth)).ToListAsync()));
        var rows = await milestones.ReadAsync(db.Milestones.Where(m => m.ProgramEditionId == programId && m.CohortRegionId != null), cacheKey: $"regions/{programId}");
        var cells = rows.Where(r => r.TemplateId is not null).ToDictionary(r => (r.RegionId!.Value, r.TemplateId!.Value));
        var byRegion = rows.ToLookup(r => r.RegionId!.Value);
        var byTemplate = rows.Where(r => r.TemplateId is not null).ToLookup(r => r.TemplateId!.Value);
        return new TrackerModel(programs.Today(program),
            regions.Select(r => new TrackerRegion(r.Id, r.RegionName, byRegion[r.Id].Count(m => m.Urgency == MilestoneUrgency.Late), byRegion[r.Id].Count(m => m.Status == MilestoneStatus.Done),
                byRegion[r.Id].Count(), byRegion[r.Id].Where(m => m.TemplateId is null).ToList())).ToList(),
            templates.Select(t => new TrackerColumn(t.Id, t.Title, program.Calendar.LastDayOf(t.DueByEndOfMonth), byTemplate[t.Id].Count(m => m.Urgency == MilestoneUrgency.Late))).ToList(),
            cells);
    }
}

public sealed record MyMilestonesModel(IReadOnlyList<MilestoneRow> Owned, IReadOnlyList<(int Id, string Name)> Regions);

// What a person owns, late first, then by due date; and the regions whose timeline they can open.
public sealed class MyMilestonesHandler(AppDbContext db, MilestoneReader milestones)
{
    public async Task<MyMilestonesModel> Handle(string userId)
    {
        var owned = await milestones.ReadAsync(db.Milestones.Where(m => m.OwnerUserId == userId));
        var regions = await db.CohortRegions.AsNoTracking().Where(r => RegionAccess.RegionsOf(db, userId).Contains(r.Id)).OrderBy(r => r.RegionName)
            .Select(r => new { r.Id, r.RegionName }).ToListAsync();
        return new MyMilestonesModel(
            owned.OrderBy(m => m.Urgency == MilestoneUrgency.Late ? 0 : m.Status == MilestoneStatus.Done ? 2 : 1).ThenBy(m => m.Due).ToList(),
            regions.Select(r => (r.Id, r.RegionName)).ToList());
    }
}
