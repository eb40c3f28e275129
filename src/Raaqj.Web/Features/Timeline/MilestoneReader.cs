using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Timeline;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Caching;

namespace Raaqj.Web.Features.Timeline;

// A milestone as every list shows it: its due date resolved on its program's calendar, what today makes of it
// (late, due soon), the predecessors it is scheduled before, and, against a baseline, the date it had then.
public sealed record MilestoneRow(
    int Id, int ProgramId, int? RegionId, string? Region, int? TemplateId, string Title, string Description, int? PhaseId, string? Phase,
    DateOnly Due, int? DueByEndOfMonth, string? OwnerUserId, string? Owner, MilestoneStatus Status, MilestoneUrgency Urgency, DateOnly? CompletedOn,
    string EvidenceNote, string? EvidenceLink, IReadOnlyList<EvidenceFile> Files, string? CompletesOn, IReadOnlyList<Predecessor> After, DateOnly? BaselineDue, DateTime UpdatedAtUtc)
{
    public IEnumerable<Predecessor> DueAfterThis => After.Where(p => p.Due > Due);

    public int? SlipDays => BaselineDue is { } planned ? MilestoneRules.SlipDays(planned, Due) : null;
}

public sealed record Predecessor(int Id, string Title, DateOnly Due);

public sealed class MilestoneReader(AppDbContext db, CurrentProgram programs, ProgramClock clock, ContentCache cache)
{
    private sealed record Raw(int Id, int ProgramId, int? RegionId, string? Region, int? TemplateId, string Title, string Description, int? PhaseId, string? Phase,
        DateOnly? DueOn, int? DueByEndOfMonth, string? OwnerUserId, string? Owner, MilestoneStatus Status, DateOnly? CompletedOn, string EvidenceNote,
        string? EvidenceLink, string? CompletesOn, DateTime UpdatedAtUtc);

    // Four commands at most, however many milestones: the milestones, their predecessors, their evidence files, the baseline's dates.
    // With a key, the rows are read once per change of content (the program's pages are read far more than written);
    // what today makes of them (late, due soon) is worked out on every call.
    public async Task<List<MilestoneRow>> ReadAsync(IQueryable<Milestone> which, int? baselineId = null, string? cacheKey = null)
    {
        var rows = cacheKey is null ? await LoadAsync(which, baselineId) : await cache.GetAsync($"milestones/{cacheKey}/{baselineId}", () => LoadAsync(which, baselineId));
        var calendars = (await programs.AllAsync()).ToDictionary(p => p.Id, p => p.Calendar);
        var now = clock.UtcNow;
        return rows.Select(r => r with { Urgency = MilestoneRules.Urgency(r.Status, r.Due, calendars[r.ProgramId].DateAt(now)) }).ToList();
    }

    private async Task<List<MilestoneRow>> LoadAsync(IQueryable<Milestone> which, int? baselineId)
    {
        var raw = await which.AsNoTracking().Select(m => new Raw(m.Id, m.ProgramEditionId, m.CohortRegionId, m.Region == null ? null : m.Region.RegionName, m.TemplateId,
                m.Title, m.Description, m.PhaseId, m.Phase == null ? null : m.Phase.Name,
                m.DueOn, m.DueByEndOfMonth, m.OwnerUserId, db.Users.Where(u => u.Id == m.OwnerUserId).Select(u => u.DisplayName).FirstOrDefault(),
                m.Status, m.CompletedOn, m.EvidenceNote, m.EvidenceLink, m.CompletesOn, m.UpdatedAtUtc))
            .ToListAsync();
        if (raw.Count == 0)
            return [];
        var ids = which.Select(m => m.Id);
        var links = await db.MilestoneDependencies.AsNoTracking().Where(d => ids.Contains(d.MilestoneId))
            .Join(db.Milestones, d => d.PredecessorId, p => p.Id, (d, p) => new { d.MilestoneId, p.Id, p.ProgramEditionId, p.Title, p.DueOn, p.DueByEndOfMonth })
            .ToListAsync();
        var files = (await db.MilestoneEvidence.AsNoTracking().Where(e => ids.Contains(e.MilestoneId)).OrderBy(e => e.UploadedAtUtc)
            .Select(e => new { e.MilestoneId, File = new EvidenceFile(e.Id, e.FileName, e.SizeBytes, e.UploadedAtUtc) }).ToListAsync()).ToLookup(f => f.MilestoneId, f => f.File);
        var baseline = baselineId is { } chosen
            ? await db.BaselineEntries.AsNoTracking().Where(e => e.BaselineId == chosen && ids.Contains(e.MilestoneId)).ToDictionaryAsync(e => e.MilestoneId, e => e.DueOn)
            : [];
        var calendars = (await programs.AllAsync()).ToDictionary(p => p.Id, p => p.Calendar);
        var after = links.ToLookup(l => l.MilestoneId, l => new Predecessor(l.Id, l.Title, new MilestoneDue(l.DueOn, l.DueByEndOfMonth).Resolve(calendars[l.ProgramEditionId])));
        return raw.Select(m =>
        {
            var calendar = calendars[m.ProgramId];
            var due = new MilestoneDue(m.DueOn, m.DueByEndOfMonth).Resolve(calendar);
            return new MilestoneRow(m.Id, m.ProgramId, m.RegionId, m.Region, m.TemplateId, m.Title, m.Description, m.PhaseId, m.Phase, due, m.DueOn is null ? m.DueByEndOfMonth : null,
                m.OwnerUserId, m.Owner, m.Status, MilestoneUrgency.None, m.CompletedOn, m.EvidenceNote, m.EvidenceLink, files[m.Id].ToList(), m.CompletesOn,
                after[m.Id].ToList(), baseline.TryGetValue(m.Id, out var planned) ? planned : null, m.UpdatedAtUtc);
        }).OrderBy(m => m.Due).ThenBy(m => m.Title).ToList();
    }
}
