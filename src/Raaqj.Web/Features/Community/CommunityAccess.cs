using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Features.Timeline;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Authorization;

namespace Raaqj.Web.Features.Community;

// Who is reading a program's community of practice: staff, or someone on the team of one of its cohort regions (and
// which ones). Anyone else reads nothing of it, and its pages answer 404.
public sealed record CommunityReader(ProgramHeader Program, string UserId, bool IsStaff, IReadOnlyList<int> MyRegions);

public sealed class CommunityAccess(AppDbContext db, CurrentProgram programs, CurrentUser user, IHttpContextAccessor http)
{
    public async Task<CommunityReader?> ReaderAsync(int programId)
    {
        if (user.Id is not { } me || await programs.FindAsync(programId) is not { } program)
            return null;
        var staff = http.HttpContext?.User.IsInRole(Roles.Staff) == true;
        var mine = await db.CohortRegions.AsNoTracking().Where(r => r.RequestForActionId == program.RequestForActionId && RegionAccess.RegionsOf(db, me).Contains(r.Id))
            .OrderBy(r => r.RegionName).Select(r => r.Id).ToListAsync();
        return staff || mine.Count > 0 ? new CommunityReader(program, me, staff, mine) : null;
    }

    public async Task<CommunityReader?> StaffAsync(int programId) => await ReaderAsync(programId) is { IsStaff: true } reader ? reader : null;

    // The program whose community a signed-in region member belongs to: the latest one they work in.
    public async Task<int?> MyProgramAsync()
    {
        if (user.Id is not { } me)
            return null;
        var rfps = await db.CohortRegions.AsNoTracking().Where(r => RegionAccess.RegionsOf(db, me).Contains(r.Id)).Select(r => r.RequestForActionId).Distinct().ToListAsync();
        return (await programs.AllAsync()).LastOrDefault(p => p.RequestForActionId is { } rfp && rfps.Contains(rfp))?.Id;
    }
}
