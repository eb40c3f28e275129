using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Domain.Assistance;
using Raaqj.Web.Features.Timeline;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Authorization;

namespace Raaqj.Web.Features.Assistance;

// How the signed-in person stands to a TA request: its region's team reads it (Owners and Editors act for the region),
// its expert answers it, staff see and route every request. Anyone else: nothing, and the page answers 404.
public sealed record TaStanding(bool MayRead, IReadOnlyList<TaActor> Actors)
{
    public bool Is(TaActor actor) => Actors.Contains(actor);
}

public sealed class TaAccess(RegionAccess regions, CurrentUser user)
{
    public async Task<TaStanding> OfAsync(int regionId, string? expertUserId)
    {
        var relations = await regions.ToRegion(regionId);
        var actors = new List<TaActor>();
        if (relations.Contains(Relation.Staff))
            actors.Add(TaActor.Staff);
        if (relations.Any(r => r is Relation.Owner or Relation.Editor))
            actors.Add(TaActor.Region);
        if (expertUserId is not null && expertUserId == user.Id)
            actors.Add(TaActor.Expert);
        return new TaStanding(actors.Count > 0 || Permissions.Allows(RecordAction.ReadRegion, relations), actors);
    }
}

// The program's response clocks as BusinessClock needs them: its zone, its holidays, its targets.
public sealed class TaClocks(AppDbContext db)
{
    public async Task<(BusinessClock Clock, TaClockSettings Settings)> ForAsync(ProgramHeader program)
    {
        var settings = await db.TaClockSettings.AsNoTracking().FirstOrDefaultAsync(s => s.ProgramEditionId == program.Id)
            ?? new TaClockSettings { ProgramEditionId = program.Id };
        var holidays = await db.ProgramHolidays.AsNoTracking().Where(h => h.ProgramEditionId == program.Id).Select(h => h.Date).ToListAsync();
        return (new BusinessClock(program.TimeZoneId, holidays.ToHashSet(), BusinessClock.DefaultCloseOfBusiness), settings);
    }
}
