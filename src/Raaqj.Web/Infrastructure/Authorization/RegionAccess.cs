using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Domain.Organizations;

namespace Raaqj.Web.Infrastructure.Authorization;

// How the signed-in person stands to a cohort region, and what the permission map lets them do there: the one
// place every page under regions/{regionId} asks. A region's team is its anchor organization's team and the partners
// its Owner invited to the region (as Editors or Viewers of the region alone).
public sealed class RegionAccess(AppDbContext db, CurrentUser user, IHttpContextAccessor http)
{
    private sealed record TieRow(MemberRole? Member, MemberRole? Partner);

    private static readonly Func<AppDbContext, int, string, Task<TieRow?>> Tie = EF.CompileAsyncQuery((AppDbContext context, int regionId, string me) =>
        context.CohortRegions.AsNoTracking().Where(r => r.Id == regionId).Select(r => new TieRow(
            context.OrganizationMembers.Where(m => m.OrganizationId == r.OrganizationId && m.UserId == me).Select(m => (MemberRole?)m.Role).FirstOrDefault(),
            context.RegionPartners.Where(p => p.CohortRegionId == r.Id && p.UserId == me).Select(p => (MemberRole?)p.Role).FirstOrDefault()))
        .FirstOrDefault());

    public async Task<IReadOnlyList<Relation>> ToRegion(int regionId)
    {
        if (user.Id is not { } me)
            return [];
        var tie = await Tie(db, regionId, me);
        if (tie is null)
            return [];
        var relations = new List<Relation>();
        if (http.HttpContext?.User.IsInRole(Roles.Staff) == true)
            relations.Add(Relation.Staff);
        if (tie.Member is { } role)
            relations.Add(Permissions.Of(role));
        if (tie.Partner is { } partner)
            relations.Add(Permissions.Of(partner));
        return relations;
    }

    public async Task<bool> MayAsync(RecordAction action, int regionId) => Permissions.Allows(action, await ToRegion(regionId));

    // The people who work on a region, through the anchor organization or as partners; Viewers too unless only writers are asked for.
    public static IQueryable<string> Team(AppDbContext db, int regionId, bool writersOnly) =>
        db.CohortRegions.Where(r => r.Id == regionId)
            .SelectMany(r => db.OrganizationMembers.Where(m => m.OrganizationId == r.OrganizationId && (!writersOnly || m.Role != MemberRole.Viewer)).Select(m => m.UserId))
            .Concat(db.RegionPartners.Where(p => p.CohortRegionId == regionId && (!writersOnly || p.Role != MemberRole.Viewer)).Select(p => p.UserId));

    // The regions whose team a person is on, through the anchor organization or as a partner.
    public static IQueryable<int> RegionsOf(AppDbContext db, string userId) =>
        db.CohortRegions.Where(r => db.OrganizationMembers.Any(m => m.OrganizationId == r.OrganizationId && m.UserId == userId)
            || db.RegionPartners.Any(p => p.CohortRegionId == r.Id && p.UserId == userId)).Select(r => r.Id);
}
