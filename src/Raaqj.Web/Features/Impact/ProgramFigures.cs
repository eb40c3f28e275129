using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Impact;
using Raaqj.Web.Features.Community;
using Raaqj.Web.Features.Ecosystem;
using Raaqj.Web.Features.Funding;
using Raaqj.Web.Features.Timeline;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Caching;

namespace Raaqj.Web.Features.Impact;

// The program's targets computed from its records (ProgramTargets), once per change of content and day: the
// regions, the stakeholders' engagement histories, everyone who took part, the raise and the regions' match.
public sealed class ProgramFigures(AppDbContext db, EcosystemFigures ecosystem, MoneyRecords money, ContentCache cache, ProgramClock clock)
{
    public Task<IReadOnlyList<TargetFigure>> TargetsAsync(ProgramHeader program) =>
        cache.GetAsync($"targets-{program.Id}-{program.Calendar.DateAt(clock.UtcNow):yyyyMMdd}", async () =>
            ProgramTargets.Compute(await FactsAsync(program), program.Calendar, clock.UtcNow, program.Months));

    public async Task<TargetFacts> FactsAsync(ProgramHeader program)
    {
        var rfp = program.RequestForActionId ?? 0;
        var regions = await db.CohortRegions.AsNoTracking().Where(r => r.RequestForActionId == rfp)
            .Select(r => new { r.JoinedAtUtc, Promised = db.Proposals.Where(p => p.Id == r.ProposalId).Select(p => p.LocalMatchCents).FirstOrDefault() }).ToListAsync();
        var (stakeholders, apart) = await ecosystem.HistoriesAsync(rfp);
        var raise = await money.RaiseAsync(program.Id);
        var match = await money.MatchAsync(rfp);
        return new TargetFacts(regions.Select(r => r.JoinedAtUtc).ToList(), stakeholders, apart, await CommunityQueries.ParticipationsAsync(db, program.Id),
            raise.Pledges, raise.Payments, match.Select(m => new MatchFacts(m.Status, m.Amount, m.On)).ToList(), regions.Sum(r => r.Promised) / 100m);
    }
}
