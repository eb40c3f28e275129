using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Funding;
using Raaqj.Web.Infrastructure.Caching;

namespace Raaqj.Web.Features.Funding;

public sealed record RaiseRecords(IReadOnlyList<PledgeFacts> Pledges, IReadOnlyList<PaymentFacts> Payments);

public sealed record MatchRecord(int RegionId, MatchSource Source, MatchStatus Status, decimal Amount, DateOnly On, bool Verified)
{
    public MatchLine Line => new(Source, Status, Amount, Verified);
}

// The money of a program as its figures need it: the national raise's pledges and payments, and every region's
// match lines. Read once per change of content (ContentCache): four queries whatever the number of funders.
public sealed class MoneyRecords(AppDbContext db, ContentCache cache)
{
    public Task<RaiseRecords> RaiseAsync(int programId) => cache.GetAsync($"raise-{programId}", async () =>
    {
        var funders = db.Funders.Where(f => f.ProgramEditionId == programId).Select(f => f.Id);
        var pledges = await db.Pledges.AsNoTracking().Where(p => funders.Contains(p.FunderId))
            .Select(p => new { p.Id, p.FunderId, p.Amount, p.PledgedOn, p.WithdrawnOn }).ToListAsync();
        var schedule = (await db.PledgeInstallments.AsNoTracking().Where(i => db.Pledges.Any(p => p.Id == i.PledgeId && funders.Contains(p.FunderId)))
            .Select(i => new { i.PledgeId, i.DueOn, i.Amount }).ToListAsync()).ToLookup(i => i.PledgeId, i => new Installment(i.DueOn, i.Amount));
        var payments = await db.Payments.AsNoTracking().Where(p => funders.Contains(p.FunderId))
            .Select(p => new PaymentFacts(p.Id, p.FunderId, p.PledgeId, p.Amount, p.ReceivedOn, p.IsRestricted)).ToListAsync();
        return new RaiseRecords(pledges.Select(p => new PledgeFacts(p.Id, p.FunderId, p.Amount, p.PledgedOn, p.WithdrawnOn, schedule[p.Id].ToList())).ToList(), payments);
    });

    // A line with no date counts from the day it was entered.
    public Task<IReadOnlyList<MatchRecord>> MatchAsync(int requestForActionId) => cache.GetAsync($"match-{requestForActionId}", async () =>
        (IReadOnlyList<MatchRecord>)(await db.MatchEntries.AsNoTracking().Where(m => db.CohortRegions.Any(r => r.Id == m.CohortRegionId && r.RequestForActionId == requestForActionId))
            .Select(m => new { m.CohortRegionId, m.Source, m.Status, m.Amount, m.On, m.CreatedAtUtc, m.VerifiedAtUtc }).ToListAsync())
        .Select(m => new MatchRecord(m.CohortRegionId, m.Source, m.Status, m.Amount, m.On ?? DateOnly.FromDateTime(m.CreatedAtUtc), m.VerifiedAtUtc != null)).ToList());
}
