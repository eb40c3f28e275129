using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Cohort;
using Raaqj.Web.Domain.Organizations;
using Raaqj.Web.Domain.Timeline;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Auditing;

namespace Raaqj.Web.Features.Timeline;

// What happened, said by the use case that made it true, for the program its request for action selects
// (and for one region of it when the event is a region's): every open milestone waiting for that event is done,
// with the event as its evidence. Runs in the caller's unit of work, so the milestone and the event commit together.
public sealed class ProgramEventHandler(AppDbContext db, AuditLog audit, ProgramClock clock)
{
    public async Task<int> RaiseAsync(ProgramEvent happened, int requestForActionId, int? cohortRegionId, string evidence, string? link)
    {
        var program = await db.ProgramEditions.AsNoTracking().Where(p => p.RequestForActionId == requestForActionId)
            .Select(p => new { p.Id, p.StartsOn, p.TimeZoneId }).FirstOrDefaultAsync();
        if (program is null)
            return 0;
        var waiting = await db.Milestones.Where(m => m.ProgramEditionId == program.Id && m.CompletesOn == happened.Key && m.Status != MilestoneStatus.Done
            && m.CohortRegionId == cohortRegionId).ToListAsync();
        var now = clock.UtcNow;
        var today = new ProgramCalendar(program.StartsOn, program.TimeZoneId).DateAt(now);
        foreach (var milestone in waiting)
        {
            var before = new { Status = milestone.Status.ToString() };
            milestone.Complete(today, evidence, link);
            milestone.Version = Guid.NewGuid();
            milestone.UpdatedAtUtc = now;
            audit.Record(AuditActions.MilestoneCompletedByEvent, nameof(Milestone), milestone.Id.ToString(),
                $"\"{milestone.Title}\" done: {happened.Name.ToLowerInvariant()}", before, new { Status = milestone.Status.ToString(), Evidence = evidence });
        }
        return waiting.Count;
    }

    // Each new cohort region gets its milestones from the program's template.
    public async Task AddRegionMilestonesAsync(int requestForActionId, IReadOnlyList<CohortRegion> regions)
    {
        if (regions.Count == 0)
            return;
        var program = await db.ProgramEditions.AsNoTracking().Where(p => p.RequestForActionId == requestForActionId).Select(p => new { p.Id }).FirstOrDefaultAsync();
        if (program is null)
            return;
        await AddTemplateMilestonesAsync(program.Id, regions);
        foreach (var region in regions)
            audit.Record(AuditActions.RegionMilestonesCreated, nameof(CohortRegion), region.ProposalId.ToString(), $"Milestones planned for {region.RegionName} from the template");
    }

    // Adds, in the caller's unit of work, each template milestone a region does not have yet, owned by its anchor
    // organization's owner; answers how many.
    public async Task<int> AddTemplateMilestonesAsync(int programId, IReadOnlyList<CohortRegion> regions)
    {
        var templates = await db.MilestoneTemplates.AsNoTracking().Where(t => t.ProgramEditionId == programId).OrderBy(t => t.Position).ToListAsync();
        var saved = regions.Where(r => r.Id != 0).Select(r => r.Id).ToList();
        var have = (await db.Milestones.AsNoTracking().Where(m => m.CohortRegionId != null && saved.Contains(m.CohortRegionId.Value) && m.TemplateId != null)
            .Select(m => new { m.CohortRegionId, m.TemplateId }).ToListAsync()).Select(m => (m.CohortRegionId!.Value, m.TemplateId!.Value)).ToHashSet();
        var organizations = regions.Select(r => r.OrganizationId).ToList();
        var owners = await db.OrganizationMembers.AsNoTracking().Where(m => organizations.Contains(m.OrganizationId) && m.Role == MemberRole.Owner)
            .ToDictionaryAsync(m => m.OrganizationId, m => m.UserId);
        var now = clock.UtcNow;
        var added = 0;
        foreach (var region in regions)
            foreach (var template in templates.Where(t => region.Id == 0 || !have.Contains((region.Id, t.Id))))
            {
                db.Milestones.Add(FromTemplate(template, programId, region, owners.GetValueOrDefault(region.OrganizationId), now));
                added++;
            }
        return added;
    }

    public static Milestone FromTemplate(MilestoneTemplate template, int programId, CohortRegion region, string? ownerUserId, DateTime nowUtc) => new()
    {
        // A region released in this unit of work has no id yet: the navigation ties them when both are saved.
        ProgramEditionId = programId, Region = region.Id == 0 ? region : null, CohortRegionId = region.Id == 0 ? null : region.Id, TemplateId = template.Id,
        Title = template.Title, Description = template.Description, PhaseId = template.PhaseId, DueByEndOfMonth = template.DueByEndOfMonth,
        CompletesOn = template.CompletesOn, OwnerUserId = ownerUserId, CreatedAtUtc = nowUtc, UpdatedAtUtc = nowUtc,
    };
}
