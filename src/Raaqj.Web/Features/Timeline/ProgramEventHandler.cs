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

    // Each new cohort region gets its milestones from the program's template, owned by its anchor organization's owner.
    public async Task AddRegionMilestonesAsync(int requestForActionId, IReadOnlyList<CohortRegion> regions)
    {
        if (regions.Count == 0)
            return;
        var program = await db.ProgramEditions.AsNoTracking().Where(p => p.RequestForActionId == requestForActionId).Select(p => new { p.Id }).FirstOrDefaultAsync();
        if (program is null)
            return;
        var templates = await db.MilestoneTemplates.AsNoTracking().Where(t => t.ProgramEditionId == program.Id).OrderBy(t => t.Position).ToListAsync();
        var organizations = regions.Select(r => r.OrganizationId).ToList();
        var owners = await db.OrganizationMembers.AsNoTracking().Where(m => organizations.Contains(m.OrganizationId) && m.Role == MemberRole.Owner)
            .ToDictionaryAsync(m => m.OrganizationId, m => m.UserId);
        var now = clock.UtcNow;
        foreach (var region in regions)
        {
            foreach (var template in templates)
                db.Milestones.Add(FromTemplate(template, program.Id, region, owners.GetValueOrDefault(region.OrganizationId), now));
            audit.Record(AuditActions.RegionMilestonesCreated, nameof(CohortRegion), region.ProposalId.ToString(),
                $"{templates.Count} milestones planned for {region.RegionName}");
        }
    }

    public static Milestone FromTemplate(MilestoneTemplate template, int programId, CohortRegion region, string? ownerUserId, DateTime nowUtc) => new()
    {
        // A region released in this unit of work has no id yet: the navigation ties them when both are saved.
        ProgramEditionId = programId, Region = region.Id == 0 ? region : null, CohortRegionId = region.Id == 0 ? null : region.Id, TemplateId = template.Id,
        Title = template.Title, Description = template.Description, PhaseId = template.PhaseId, DueByEndOfMonth = template.DueByEndOfMonth,
        CompletesOn = template.CompletesOn, OwnerUserId = ownerUserId, CreatedAtUtc = nowUtc, UpdatedAtUtc = nowUtc,
    };
}
