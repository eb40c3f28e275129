using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Planning;
using Raaqj.Web.Features.Timeline;

namespace Raaqj.Web.Features.Planning;

public sealed record HeatCell(double? Average, int? AssessmentId);

public sealed record HeatRow(string Key, string Element, IReadOnlyList<HeatCell> Cells);

public sealed record Heatmap(AssessmentKind Kind, string Name, IReadOnlyList<HeatRow> Rows);

public sealed record CohortAssessmentsModel(ProgramToday Today, IReadOnlyList<(int Id, string Name)> Regions, IReadOnlyList<Heatmap> Maps);

// Staff see the cohort's readiness side by side: for each instrument, every element against every region, from each
// region's latest submitted assessment. Three queries whatever the cohort's size.
public sealed class CohortAssessmentsHandler(AppDbContext db, CurrentProgram programs)
{
    public async Task<CohortAssessmentsModel?> Handle(int programId)
    {
        if (await programs.FindAsync(programId) is not { } program)
            return null;
        var regions = await db.CohortRegions.AsNoTracking().Where(r => r.RequestForActionId == program.RequestForActionId).OrderBy(r => r.RegionName)
            .Select(r => new { r.Id, r.RegionName }).ToListAsync();
        var ids = regions.Select(r => r.Id).ToList();
        var submitted = await db.RegionAssessments.AsNoTracking().Where(a => ids.Contains(a.CohortRegionId) && a.Status != AssessmentStatus.Draft)
            .Join(db.AssessmentInstruments, a => a.AssessmentInstrumentId, i => i.Id, (a, i) => new { a.Id, a.CohortRegionId, i.Kind, a.SubmittedAtUtc }).ToListAsync();
        var latest = submitted.GroupBy(a => (a.CohortRegionId, a.Kind)).ToDictionary(g => g.Key, g => g.OrderBy(a => a.SubmittedAtUtc).ThenBy(a => a.Id).Last().Id);
        var chosen = latest.Values.ToList();
        var scores = await db.AssessmentAnswers.AsNoTracking().Where(x => chosen.Contains(x.RegionAssessmentId))
            .Join(db.AssessmentItems, x => x.AssessmentItemId, i => i.Id, (x, i) => new { x.RegionAssessmentId, x.Score, i.AssessmentElementId })
            .Join(db.AssessmentElements, x => x.AssessmentElementId, e => e.Id, (x, e) => new { x.RegionAssessmentId, x.Score, e.Key, e.Name, e.Position })
            .ToListAsync();
        var maps = Enum.GetValues<AssessmentKind>().Select(kind =>
        {
            var ofKind = regions.Select(r => latest.TryGetValue((r.Id, kind), out var id) ? id : (int?)null).ToList();
            var answers = scores.Where(s => ofKind.Contains(s.RegionAssessmentId)).ToList();
            var elements = answers.GroupBy(a => a.Key).Select(g => (Key: g.Key, g.First().Name, Position: g.Min(a => a.Position))).OrderBy(e => e.Position).ToList();
            return new Heatmap(kind, AssessmentsHandler.KindName(kind), elements.Select(e => new HeatRow(e.Key, e.Name, ofKind.Select(id =>
            {
                var mine = answers.Where(a => a.RegionAssessmentId == id && a.Key == e.Key).ToList();
                return new HeatCell(mine.Count == 0 ? null : mine.Average(a => a.Score), id);
            }).ToList())).ToList());
        }).ToList();
        return new CohortAssessmentsModel(programs.Today(program), regions.Select(r => (r.Id, r.RegionName)).ToList(), maps);
    }
}
