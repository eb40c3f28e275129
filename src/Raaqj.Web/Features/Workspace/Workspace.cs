using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Domain.Organizations;
using Raaqj.Web.Domain.Timeline;
using Raaqj.Web.Features.Organizations;
using Raaqj.Web.Features.Timeline;
using Raaqj.Web.Infrastructure.Authorization;

namespace Raaqj.Web.Features.Workspace;

// A person who works in the region: on the anchor organization's team, or a partner invited to the region.
public sealed record TeamPerson(string UserId, string Name, string Email, MemberRole Role, int? PartnerId);

public sealed record RegionLink(int Id, string Name, string Organization);

public sealed record PartnerInvitationRow(int Id, string Email, MemberRole Role, DateTime ExpiresAtUtc);

public sealed record AnnouncementRow(int Id, string Title, string Body, bool WholeCohort, string PostedBy, DateTime PostedAtUtc);

public sealed record LibraryFile(int Id, string Title, int CurrentDocumentId, string FileName, int Number, long SizeBytes, string UploadedBy, DateTime UpdatedAtUtc, Guid Version,
    IReadOnlyList<LibraryVersion> Earlier);

public sealed record LibraryVersion(int DocumentId, int Number, string FileName, string UploadedBy, DateTime UploadedAtUtc);

public sealed record WorkspaceModel(
    RegionHeader Region, ProgramToday Today, string? Liaison, string? LiaisonEmail, IReadOnlyList<TeamPerson> Team, IReadOnlyList<PartnerInvitationRow> Invitations,
    IReadOnlyList<MilestoneRow> Upcoming, int LateMilestones, int DoneMilestones, int AllMilestones, IReadOnlyList<AnnouncementRow> Announcements,
    IReadOnlyList<LibraryFile> Files, int OpenTaRequests, bool MayContribute, bool MayManagePartners, bool IsStaff)
{
    public IReadOnlyList<Community.SessionRow> Sessions { get; init; } = [];

    public TeamInviteForm Invite { get; init; } = new();
}

// A cohort region's home: who works in it, its liaison, what is due, the program team's announcements and the shared
// library. Its team and staff only; anyone else gets 404 (RegionPages).
public sealed class WorkspaceHandler(AppDbContext db, RegionPages regions, RegionAccess access, CurrentProgram programs, MilestoneReader milestones,
    Infrastructure.ProgramClock clock, Infrastructure.CurrentUser user)
{
    public const int AnnouncementsShown = 10;
    public const int SessionsShown = 3;

    public async Task<WorkspaceModel?> Handle(int regionId)
    {
        if (await regions.FindAsync(regionId) is not { } region)
            return null;
        var relations = await access.ToRegion(regionId);
        var liaison = await db.CohortRegions.AsNoTracking().Where(r => r.Id == regionId)
            .Select(r => db.Users.Where(u => u.Id == r.LiaisonUserId).Select(u => new { u.DisplayName, u.Email }).FirstOrDefault()).FirstOrDefaultAsync();
        var team = await TeamAsync(regionId, region.OrganizationId);
        var mayManage = Permissions.Allows(RecordAction.ManageRegionPartners, relations);
        var invitations = mayManage ? await PendingInvitationsAsync(regionId) : [];
        var rows = await milestones.ReadAsync(db.Milestones.Where(m => m.CohortRegionId == regionId));
        var announcements = await db.Announcements.AsNoTracking()
            .Where(a => a.ProgramEditionId == region.Program.Id && (a.CohortRegionId == regionId || a.CohortRegionId == null))
            .OrderByDescending(a => a.PostedAtUtc).Take(AnnouncementsShown)
            .Select(a => new AnnouncementRow(a.Id, a.Title, a.Body, a.CohortRegionId == null, db.Users.Where(u => u.Id == a.PostedByUserId).Select(u => u.DisplayName).First(), a.PostedAtUtc))
            .ToListAsync();
        return new WorkspaceModel(region, programs.Today(region.Program), liaison?.DisplayName, liaison?.Email, team, invitations,
            rows.Where(m => m.Status != MilestoneStatus.Done).OrderBy(m => m.Due).Take(3).ToList(), rows.Count(m => m.Urgency == MilestoneUrgency.Late),
            rows.Count(m => m.Status == MilestoneStatus.Done), rows.Count, announcements, await LibraryAsync(regionId),
            await db.TaRequests.CountAsync(r => r.CohortRegionId == regionId && Assistance.TaQueries.OpenStatuses.Contains(r.Status)),
            Permissions.Allows(RecordAction.ContributeToRegion, relations), mayManage, relations.Contains(Relation.Staff))
        {
            Sessions = await Community.CommunityQueries.RowsAsync(db, db.LearningSessions.Where(s => s.ProgramEditionId == region.Program.Id && s.EndsAtUtc > clock.UtcNow)
                .OrderBy(s => s.StartsAtUtc).Take(SessionsShown), user.Id!),
        };
    }

    // The regions a person works in, by name.
    public Task<List<RegionLink>> MineAsync(string userId) =>
        db.CohortRegions.AsNoTracking().Where(r => RegionAccess.RegionsOf(db, userId).Contains(r.Id)).OrderBy(r => r.RegionName)
            .Select(r => new RegionLink(r.Id, r.RegionName, db.Organizations.Where(o => o.Id == r.OrganizationId).Select(o => o.LegalName).First())).ToListAsync();

    public async Task<List<TeamPerson>> TeamAsync(int regionId, int organizationId)
    {
        var members = await db.OrganizationMembers.AsNoTracking().Where(m => m.OrganizationId == organizationId)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new TeamPerson(u.Id, u.DisplayName, u.Email!, m.Role, null)).ToListAsync();
        var partners = await db.RegionPartners.AsNoTracking().Where(p => p.CohortRegionId == regionId)
            .Join(db.Users, p => p.UserId, u => u.Id, (p, u) => new TeamPerson(u.Id, u.DisplayName, u.Email!, p.Role, p.Id)).ToListAsync();
        return members.OrderByDescending(m => m.Role).ThenBy(m => m.Name).Concat(partners.OrderByDescending(p => p.Role).ThenBy(p => p.Name)).ToList();
    }

    private Task<List<PartnerInvitationRow>> PendingInvitationsAsync(int regionId) =>
        db.RegionInvitations.AsNoTracking().Where(i => i.CohortRegionId == regionId && i.AcceptedAtUtc == null && i.RevokedAtUtc == null)
            .OrderBy(i => i.CreatedAtUtc).Select(i => new PartnerInvitationRow(i.Id, i.Email, i.Role, i.ExpiresAtUtc)).ToListAsync();

    // Every file with its versions, newest first: two queries whatever the library's size.
    private async Task<List<LibraryFile>> LibraryAsync(int regionId)
    {
        var files = await db.RegionFiles.AsNoTracking().Where(f => f.CohortRegionId == regionId).OrderByDescending(f => f.UpdatedAtUtc)
            .Select(f => new { f.Id, f.Title, f.UpdatedAtUtc, f.Version }).ToListAsync();
        var versions = (await db.RegionFileVersions.AsNoTracking().Where(v => db.RegionFiles.Any(f => f.Id == v.RegionFileId && f.CohortRegionId == regionId))
            .Select(v => new { v.Id, v.RegionFileId, v.Number, v.FileName, v.SizeBytes, v.UploadedAtUtc, By = db.Users.Where(u => u.Id == v.UploadedByUserId).Select(u => u.DisplayName).First() })
            .ToListAsync()).ToLookup(v => v.RegionFileId);
        return files.Where(f => versions[f.Id].Any()).Select(f =>
        {
            var all = versions[f.Id].OrderByDescending(v => v.Number).ToList();
            var current = all[0];
            return new LibraryFile(f.Id, f.Title, current.Id, current.FileName, current.Number, current.SizeBytes, current.By, f.UpdatedAtUtc, f.Version,
                all.Skip(1).Select(v => new LibraryVersion(v.Id, v.Number, v.FileName, v.By, v.UploadedAtUtc)).ToList());
        }).ToList();
    }
}
