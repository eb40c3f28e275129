using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Rfp;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Caching;

namespace Raaqj.Web.Features.Home;

public sealed record StaffDashboardModel(
    IReadOnlyList<StaffDashboardModel.Round> Rounds, DateTime NowUtc, IReadOnlyDictionary<Domain.Proposals.ProposalStatus, int> Proposals, StaffDashboardModel.Selection Selecting)
{
    // Where selection stands, across the decisions recorded so far.
    public sealed record Selection(int Shortlisted, int Decided, int Released, int CohortRegions);

    public sealed record Round(int Id, string Title, RfpStatus Status, DateTime OpensAtUtc, DateTime ClosesAtUtc, string TimeZoneId, int CohortSize, int CriteriaCount)
    {
        public RfpPhase PhaseAt(DateTime nowUtc) => RfpPhaseRule.Of(Status, OpensAtUtc, ClosesAtUtc, nowUtc);
    }
}

// Read once per change of content (ContentCache); the hour it is read at is added on every request.
public sealed class StaffDashboardHandler(AppDbContext db, ProgramClock clock, ContentCache cache)
{
    public async Task<StaffDashboardModel> Handle() =>
        (await cache.GetAsync("staff-dashboard", Load)) with { NowUtc = clock.UtcNow };

    private async Task<StaffDashboardModel> Load()
    {
        var rounds = await db.RequestsForAction.AsNoTracking()
            .OrderByDescending(r => r.OpensAtUtc).Take(5)
            .Select(r => new StaffDashboardModel.Round(r.Id, r.Title, r.Status, r.OpensAtUtc, r.ClosesAtUtc, r.TimeZoneId, r.CohortSize, r.Criteria.Count))
            .ToListAsync();
        var proposals = await db.Proposals.GroupBy(p => p.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count);
        var selection = await db.SelectionDecisions.GroupBy(_ => 1)
            .Select(g => new StaffDashboardModel.Selection(g.Count(d => d.IsShortlisted), g.Count(d => d.Outcome != null), g.Count(d => d.ReleasedOutcome != null), 0))
            .FirstOrDefaultAsync() ?? new StaffDashboardModel.Selection(0, 0, 0, 0);
        return new StaffDashboardModel(rounds, clock.UtcNow, proposals, selection with { CohortRegions = await db.CohortRegions.CountAsync() });
    }
}
