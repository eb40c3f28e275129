using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Domain.Timeline;

namespace Raaqj.Web.Data.Seed;

// Many milestones for a program, for the benchmarks and the scale tests (never the demo): program milestones over
// the twelve months, each second one depending on the one before, and region milestones from new templates given to
// every region of the cohort.
public static class SyntheticMilestones
{
    public static async Task AddAsync(AppDbContext db, int programId, int programMilestones, int perRegion, DateTime nowUtc)
    {
        var random = new Random(programMilestones + perRegion);
        var statuses = Enum.GetValues<MilestoneStatus>();
        var made = new List<Milestone>();
        for (var i = 1; i <= programMilestones; i++)
        {
            var milestone = new Milestone
            {
                ProgramEditionId = programId, Title = $"Synthetic program milestone {i}", DueByEndOfMonth = 1 + random.Next(12),
                Status = statuses[random.Next(statuses.Length)], CreatedAtUtc = nowUtc, UpdatedAtUtc = nowUtc,
            };
            if (i % 2 == 0)
                milestone.Predecessors.Add(new MilestoneDependency { Predecessor = made[^1] });
            made.Add(milestone);
        }
        db.Milestones.AddRange(made);
        var position = await db.MilestoneTemplates.Where(t => t.ProgramEditionId == programId).Select(t => (int?)t.Position).MaxAsync() ?? 0;
        var templates = Enumerable.Range(1, perRegion).Select(i => new MilestoneTemplate
        {
            ProgramEditionId = programId, Position = position + i, Title = $"Synthetic region milestone {i}", DueByEndOfMonth = 8 + random.Next(5),
        }).ToList();
        db.MilestoneTemplates.AddRange(templates);
        await db.SaveChangesAsync();
        var round = await db.ProgramEditions.Where(p => p.Id == programId).Select(p => p.RequestForActionId).SingleAsync();
        var regions = await db.CohortRegions.AsNoTracking().Where(r => r.RequestForActionId == round).ToListAsync();
        foreach (var region in regions)
            foreach (var template in templates)
            {
                var milestone = Features.Timeline.ProgramEventHandler.FromTemplate(template, programId, region, null, nowUtc);
                milestone.Status = statuses[random.Next(statuses.Length)];
                db.Milestones.Add(milestone);
            }
        await db.SaveChangesAsync();
    }
}
