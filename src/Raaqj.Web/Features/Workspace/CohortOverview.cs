using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Cohort;
using Raaqj.Web.Domain.Notifications;
using Raaqj.Web.Domain.Timeline;
using Raaqj.Web.Features.Timeline;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Auditing;
using Raaqj.Web.Infrastructure.Caching;
using Raaqj.Web.Infrastructure.Notifications;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Workspace;

public sealed record CohortRow(int Id, string Name, string Organization, string? LiaisonUserId, string? Liaison, int TeamSize, int Late, int Done, int Milestones,
    int Files, int OpenTa, DateTime? LastActivityUtc);

public sealed record CohortOverviewModel(ProgramToday Today, IReadOnlyList<CohortRow> Regions, IReadOnlyList<PersonOption> Staff, AnnouncementForm Form);

public sealed class AnnouncementForm
{
    public Guid Key { get; set; } = Guid.NewGuid();
    public int? RegionId { get; set; }
    public string Title { get; set; } = "";
    public string Body { get; set; } = "";
}

public sealed class AnnouncementFormValidator : AbstractValidator<AnnouncementForm>
{
    public AnnouncementFormValidator()
    {
        RuleFor(f => f.Title).NotEmpty().WithMessage("Give the announcement a title.").MaximumLength(Announcement.TitleMaxLength);
        RuleFor(f => f.Body).NotEmpty().WithMessage("Write the announcement.").MaximumLength(Announcement.BodyMaxLength);
    }
}

// Staff see the cohort's regions side by side (liaison, team, late milestones, files, last activity), name each
// region's liaison, and post announcements to one region or the whole cohort: in the portal and by email, through
// the notifications and the outbox, in the same save as the announcement.
public sealed class CohortOverviewHandler(AppDbContext db, CurrentProgram programs, MilestoneReader milestones, Notifier notifier, PortalLinks links, ProgramClock clock,
    CurrentUser user, AuditLog audit, ContentCache cache)
{
    public async Task<CohortOverviewModel?> Handle(int programId, AnnouncementForm? typed = null)
    {
        if (await programs.FindAsync(programId) is not { } program)
            return null;
        // The regions' figures change only with content: read once per change (ContentCache). "Late" changes with the
        // date as well, and comes from the milestones' own cached read.
        var regions = await cache.GetAsync($"cohort-overview/{program.Id}", () => RegionFiguresAsync(program));
        var rows = (await milestones.ReadAsync(db.Milestones.Where(m => m.ProgramEditionId == program.Id && m.CohortRegionId != null), cacheKey: $"cohort/{program.Id}"))
            .ToLookup(m => m.RegionId);
        return new CohortOverviewModel(programs.Today(program),
            regions.Select(r => new CohortRow(r.Id, r.RegionName, r.Organization, r.LiaisonUserId, r.Liaison, r.Team,
                rows[r.Id].Count(m => m.Urgency == MilestoneUrgency.Late), rows[r.Id].Count(m => m.Status == MilestoneStatus.Done), rows[r.Id].Count(),
                r.Files, r.OpenTa, r.LastActivityUtc)).ToList(),
            await cache.GetAsync("staff-people", StaffAsync), typed ?? new AnnouncementForm());
    }

    private sealed record RegionFigures(int Id, string RegionName, string? LiaisonUserId, string Organization, string? Liaison, int Team, int Files, int OpenTa,
        DateTime? LastActivityUtc);

    private async Task<List<RegionFigures>> RegionFiguresAsync(ProgramHeader program)
    {
        var open = Assistance.TaQueries.OpenStatuses;
        var regions = await RegionsOf(program).AsNoTracking().OrderBy(r => r.RegionName)
            .Select(r => new
            {
                r.Id, r.RegionName, r.LiaisonUserId,
                Organization = db.Organizations.Where(o => o.Id == r.OrganizationId).Select(o => o.LegalName).First(),
                Liaison = db.Users.Where(u => u.Id == r.LiaisonUserId).Select(u => u.DisplayName).FirstOrDefault(),
                Team = db.OrganizationMembers.Count(m => m.OrganizationId == r.OrganizationId) + db.RegionPartners.Count(p => p.CohortRegionId == r.Id),
                Files = db.RegionFiles.Count(f => f.CohortRegionId == r.Id),
                OpenTa = db.TaRequests.Count(t => t.CohortRegionId == r.Id && open.Contains(t.Status)),
                LastTa = db.TaRequests.Where(t => t.CohortRegionId == r.Id).Max(t => (DateTime?)t.UpdatedAtUtc),
                LastMilestone = db.Milestones.Where(m => m.CohortRegionId == r.Id).Max(m => (DateTime?)m.UpdatedAtUtc),
                LastFile = db.RegionFiles.Where(f => f.CohortRegionId == r.Id).Max(f => (DateTime?)f.UpdatedAtUtc),
                LastPartner = db.RegionPartners.Where(p => p.CohortRegionId == r.Id).Max(p => (DateTime?)p.JoinedAtUtc),
            }).ToListAsync();
        return regions.Select(r => new RegionFigures(r.Id, r.RegionName, r.LiaisonUserId, r.Organization, r.Liaison, r.Team, r.Files, r.OpenTa,
            new[] { r.LastMilestone, r.LastFile, r.LastPartner, r.LastTa }.Max())).ToList();
    }

    public async Task<Outcome> SetLiaisonAsync(int programId, int regionId, string? liaisonUserId)
    {
        if (await programs.FindAsync(programId) is not { } program)
            return Outcome.NotFound;
        var region = await RegionsOf(program).FirstOrDefaultAsync(r => r.Id == regionId);
        if (region is null)
            return Outcome.NotFound;
        liaisonUserId = string.IsNullOrEmpty(liaisonUserId) ? null : liaisonUserId;
        if (liaisonUserId is not null && (await StaffAsync()).All(s => s.Id != liaisonUserId))
            return Outcome.Invalid("", "Choose a member of staff as the liaison.");
        var before = region.LiaisonUserId;
        region.LiaisonUserId = liaisonUserId;
        audit.Record(AuditActions.RegionLiaisonChanged, nameof(CohortRegion), region.Id.ToString(), $"{region.RegionName}'s liaison changed",
            new { Liaison = before }, new { Liaison = liaisonUserId });
        await db.SaveChangesAsync();
        return Outcome.Done;
    }

    // The announcement, a notification for everyone who works in the regions it is for, and their emails: one save.
    public async Task<Outcome<int>> PostAsync(int programId, AnnouncementForm form)
    {
        if (await programs.FindAsync(programId) is not { } program)
            return Outcome<int>.Of(Outcome.NotFound);
        var regions = await RegionsOf(program).Where(r => form.RegionId == null || r.Id == form.RegionId)
            .Select(r => new { r.Id, r.RegionName, r.OrganizationId }).ToListAsync();
        if (form.RegionId is not null && regions.Count == 0)
            return Outcome<int>.Of(Outcome.Invalid(nameof(AnnouncementForm.RegionId), "Choose a region of this program, or the whole cohort."));
        var announcement = new Announcement
        {
            ProgramEditionId = program.Id, CohortRegionId = form.RegionId, Title = form.Title.Trim(), Body = form.Body.Trim(), PostedByUserId = user.Id!, PostedAtUtc = clock.UtcNow,
            FormKey = form.Key,
        };
        db.Announcements.Add(announcement);
        var ids = regions.Select(r => r.Id).ToList();
        var organizations = regions.Select(r => r.OrganizationId).ToList();
        var regionOf = regions.GroupBy(r => r.OrganizationId).ToDictionary(g => g.Key, g => g.First().Id);
        var people = (await db.OrganizationMembers.Where(m => organizations.Contains(m.OrganizationId)).Select(m => new { m.UserId, m.OrganizationId }).ToListAsync())
            .Select(m => (m.UserId, Region: regionOf[m.OrganizationId]))
            .Concat((await db.RegionPartners.Where(p => ids.Contains(p.CohortRegionId)).Select(p => new { p.UserId, p.CohortRegionId }).ToListAsync()).Select(p => (p.UserId, Region: p.CohortRegionId)))
            .ToList();
        var to = form.RegionId is null ? "the whole cohort" : regions[0].RegionName;
        var recipients = people.Select(p => p.UserId).Distinct().Count();
        try
        {
            await PostInTransactionAsync(announcement, people, to);
        }
        catch (DbUpdateException ex) when (DatabaseConflict.Is(ex))
        {
            // The same form sent twice: the first posted it, with its one email each.
            db.ChangeTracker.Clear();
        }
        return Outcome<int>.DoneWith(recipients);
    }

    private Task<bool> PostInTransactionAsync(Announcement announcement, List<(string UserId, int Region)> people, string to) =>
        db.InTransactionAsync(async () =>
        {
            await db.SaveChangesAsync();
            // One notice a person, linked to the first of their regions it concerns.
            await notifier.NotifyEachAsync(people.GroupBy(p => p.UserId).Select(g => (g.Key, new NotificationMessage(NotificationTopic.Announcements, announcement.Title,
                announcement.Body, links.Path("Home", "Workspace", new { regionId = g.First().Region }), $"announcement:{announcement.Id}"))).ToList());
            audit.Record(AuditActions.AnnouncementPosted, nameof(Announcement), announcement.Id.ToString(), $"Posted \"{announcement.Title}\" to {to}",
                after: new { announcement.Title, To = to, People = people.Select(p => p.UserId).Distinct().Count() });
            await db.SaveChangesAsync();
            return true;
        });

    private IQueryable<CohortRegion> RegionsOf(ProgramHeader program) => db.CohortRegions.Where(r => r.RequestForActionId == program.RequestForActionId);

    private Task<List<PersonOption>> StaffAsync()
    {
        var staff = db.UserRoles.Join(db.Roles.Where(r => r.Name == Roles.Staff), ur => ur.RoleId, r => r.Id, (ur, r) => ur.UserId);
        return db.Users.AsNoTracking().Where(u => !u.IsDisabled && staff.Contains(u.Id)).OrderBy(u => u.DisplayName).Select(u => new PersonOption(u.Id, u.DisplayName)).ToListAsync();
    }
}
