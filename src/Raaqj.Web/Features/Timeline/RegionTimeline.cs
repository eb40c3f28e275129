using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Timeline;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Auditing;
using Raaqj.Web.Infrastructure.Authorization;

namespace Raaqj.Web.Features.Timeline;


public sealed record RegionTimelineModel(RegionHeader Region, ProgramToday Today, IReadOnlyList<MilestoneRow> Milestones, bool MayUpdate, bool IsStaff);

public sealed class ProgressForm : IEvidenceForm
{
    public MilestoneStatus Status { get; set; }
    public DateOnly? CompletedOn { get; set; }
    public string EvidenceNote { get; set; } = "";
    public string? EvidenceLink { get; set; }
    public IFormFile? EvidenceFile { get; set; }
    public List<int> RemoveFiles { get; set; } = [];
    public Guid Version { get; set; }
}

public sealed record ProgressModel(RegionHeader Region, MilestoneRow Milestone, ProgressForm Form, EvidenceField Evidence, DateOnly Today);

// A cohort region's own timeline: its team reads it and updates the progress of its milestones; staff see every
// region's. Anyone else gets nothing (404), whatever region they ask for (RegionAccess).
public sealed class RegionTimelineHandler(AppDbContext db, RegionAccess access, RegionPages regions, CurrentProgram programs, MilestoneReader milestones, EvidenceFiles evidence, ProgramClock clock, AuditLog audit)
{
    public const string ConflictMessage = "Someone else updated this milestone since you opened it. Its current state is shown below; your note is still in the form (choose your file again, if any). Save again to keep yours.";

    public async Task<RegionTimelineModel?> Handle(int regionId)
    {
        if (await regions.FindAsync(regionId) is not { } region)
            return null;
        var relations = await access.ToRegion(regionId);
        var rows = await milestones.ReadAsync(db.Milestones.Where(m => m.CohortRegionId == regionId));
        return new RegionTimelineModel(region, programs.Today(region.Program), rows, Permissions.Allows(RecordAction.UpdateRegionMilestone, relations), relations.Contains(Relation.Staff));
    }

    public async Task<ProgressModel?> LoadAsync(int regionId, int milestoneId, ProgressForm? typed = null)
    {
        if (await regions.FindAsync(regionId) is not { } region || !await access.MayAsync(RecordAction.UpdateRegionMilestone, regionId))
            return null;
        var row = (await milestones.ReadAsync(db.Milestones.Where(m => m.Id == milestoneId && m.CohortRegionId == regionId))).FirstOrDefault();
        if (row is null)
            return null;
        var version = await db.Milestones.Where(m => m.Id == milestoneId).Select(m => m.Version).FirstAsync();
        var today = region.Program.Calendar.DateAt(clock.UtcNow);
        var form = typed ?? new ProgressForm
        {
            Status = row.Status, CompletedOn = row.CompletedOn ?? today, EvidenceNote = row.EvidenceNote, EvidenceLink = row.EvidenceLink, Version = version,
        };
        return new ProgressModel(region, row, form, await EvidenceFiles.FieldAsync(EvidenceFiles.OfMilestone(db, milestoneId), typed), today);
    }

    public async Task<Outcome> SaveAsync(int regionId, int milestoneId, ProgressForm form)
    {
        if (await regions.FindAsync(regionId) is not { } region || !await access.MayAsync(RecordAction.UpdateRegionMilestone, regionId))
            return Outcome.NotFound;
        var milestone = await db.Milestones.Include(m => m.EvidenceFiles).FirstOrDefaultAsync(m => m.Id == milestoneId && m.CohortRegionId == regionId);
        if (milestone is null)
            return Outcome.NotFound;
        var today = region.Program.Calendar.DateAt(clock.UtcNow);
        var file = await evidence.ReadAsync(form, EvidenceFiles.OfMilestone(db, milestoneId), "milestone");
        var problems = Milestone.ProgressProblems(form.Status, form.CompletedOn, form.EvidenceNote, form.EvidenceLink, await EvidenceFiles.WillHoldAnyAsync(form, file.Value, EvidenceFiles.OfMilestone(db, milestoneId)), today)
            .Concat(file.Problems).ToList();
        if (problems.Count > 0)
            return Outcome.From(problems);
        if (milestone.Version != form.Version)
            return Outcome.Conflict(ConflictMessage);
        var before = Snapshot(milestone);
        milestone.Progress(form.Status, form.CompletedOn, form.EvidenceNote.Trim(), form.EvidenceLink);
        var files = await evidence.ApplyAsync(milestone.EvidenceFiles, form, file.Value);
        milestone.Version = Guid.NewGuid();
        milestone.UpdatedAtUtc = clock.UtcNow;
        db.Entry(milestone).Property(m => m.Version).OriginalValue = form.Version;
        audit.Record(AuditActions.MilestoneUpdated, nameof(Milestone), milestone.Id.ToString(), $"{region.Name}: \"{milestone.Title}\" is {MilestoneWording.Status(milestone.Status).ToLowerInvariant()}",
            before, Snapshot(milestone));
        try
        {
            await db.SaveChangesAsync();
            files.Settle(saved: true);
            return Outcome.Done;
        }
        catch (DbUpdateConcurrencyException)
        {
            files.Settle(saved: false);
            return Outcome.Conflict(ConflictMessage);
        }
        catch
        {
            files.Settle(saved: false);
            throw;
        }
    }

    private static object Snapshot(Milestone m) => new
    {
        Status = m.Status.ToString(), CompletedOn = m.CompletedOn?.ToString("yyyy-MM-dd"), m.EvidenceNote, m.EvidenceLink, Files = m.EvidenceFiles.Select(f => f.FileName).ToList(),
    };
}
