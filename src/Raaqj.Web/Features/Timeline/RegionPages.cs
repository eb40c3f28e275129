using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Infrastructure.Authorization;

namespace Raaqj.Web.Features.Timeline;

public sealed record RegionHeader(int Id, string Name, string Organization, int OrganizationId, ProgramHeader Program);

// The region a page under regions/{regionId} is about, when the signed-in person may read it (RegionAccess): the
// check every region page starts with. Anyone else gets null, and the page answers 404.
public sealed class RegionPages(AppDbContext db, RegionAccess access, CurrentProgram programs)
{
    public async Task<RegionHeader?> FindAsync(int regionId)
    {
        if (!await access.MayAsync(RecordAction.ReadRegion, regionId))
            return null;
        var region = await db.CohortRegions.AsNoTracking().Where(r => r.Id == regionId)
            .Select(r => new { r.Id, r.RegionName, r.RequestForActionId, r.OrganizationId, Organization = db.Organizations.Where(o => o.Id == r.OrganizationId).Select(o => o.LegalName).First() })
            .FirstOrDefaultAsync();
        var program = region is null ? null : (await programs.AllAsync()).FirstOrDefault(p => p.RequestForActionId == region.RequestForActionId);
        return program is null ? null : new RegionHeader(region!.Id, region.RegionName, region.Organization, region.OrganizationId, program);
    }
}
