using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Timeline;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Auditing;
using Raaqj.Web.Infrastructure.Caching;

namespace Raaqj.Web.Features.Timeline;

public sealed record BaselineOption(int Id, string Name, DateTime SavedAtUtc);

public sealed record TimelineModel(ProgramToday Today, IReadOnlyList<MilestoneRow> Milestones, IReadOnlyList<BaselineOption> Baselines, BaselineOption? Baseline)
{
    public ProgramHeader Program => Today.Program;

    public int LateCount => Milestones.Count(m => m.Urgency == MilestoneUrgency.Late);

    public int DueSoonCount => Milestones.Count(m => m.Urgency == MilestoneUrgency.DueSoon);

    public int DoneCount => Milestones.Count(m => m.Status == MilestoneStatus.Done);

    public IReadOnlyList<MilestoneRow> Slipped => Milestones.Where(m => m.SlipDays is > 0).OrderByDescending(m => m.SlipDays).ToList();
}

// The program's plan: its phases and program milestones, against a saved baseline when one is chosen.
public sealed class TimelineHandler(AppDbContext db, CurrentProgram programs, MilestoneReader milestones, ContentCache cache)
{
    public async Task<TimelineModel?> Handle(int programId, int? baselineId)
    {
        if (await programs.FindAsync(programId) is not { } program)
            return null;
        var baselines = await cache.GetAsync($"baselines/{programId}", () => db.Baselines.AsNoTracking().Where(b => b.ProgramEditionId == programId).OrderByDescending(b => b.SavedAtUtc)
            .Select(b => new BaselineOption(b.Id, b.Name, b.SavedAtUtc)).ToListAsync());
        // The latest baseline unless another is chosen: "planned against current" is what staff come for.
        var baseline = baselineId is { } chosen ? baselines.FirstOrDefault(b => b.Id == chosen) : baselines.FirstOrDefault();
        var rows = await milestones.ReadAsync(db.Milestones.Where(m => m.ProgramEditionId == programId && m.CohortRegionId == null), baseline?.Id, $"program/{programId}");
        return new TimelineModel(programs.Today(program), rows, baselines, baseline);
    }
}

// Keeps each milestone's due date as it stands now, program and regions alike, under a name staff choose.
public sealed class SaveBaselineHandler(AppDbContext db, CurrentProgram programs, ProgramClock clock, AuditLog audit, CurrentUser user)
{
    public async Task<Outcome> Handle(int programId, string? name)
    {
        if (await programs.FindAsync(programId) is not { } program)
            return Outcome.NotFound;
        name = name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > Baseline.NameMaxLength)
            return Outcome.Invalid("name", $"Name the baseline in {Baseline.NameMaxLength} characters or fewer, for example \"As approved in month 1\".");
        var calendar = program.Calendar;
        var dues = await db.Milestones.AsNoTracking().Where(m => m.ProgramEditionId == programId).Select(m => new { m.Id, m.DueOn, m.DueByEndOfMonth }).ToListAsync();
        var now = clock.UtcNow;
        var baseline = new Baseline
        {
            ProgramEditionId = programId, Name = name, SavedAtUtc = now, SavedByUserId = user.Id,
            Entries = dues.Select(d => new BaselineEntry { MilestoneId = d.Id, DueOn = new MilestoneDue(d.DueOn, d.DueByEndOfMonth).Resolve(calendar) }).ToList(),
        };
        db.Baselines.Add(baseline);
        audit.Record(AuditActions.BaselineSaved, nameof(ProgramEdition), programId.ToString(), $"Saved the baseline \"{name}\" of {dues.Count} milestones of \"{program.Name}\"");
        await db.SaveChangesAsync();
        return Outcome.Done;
    }
}
