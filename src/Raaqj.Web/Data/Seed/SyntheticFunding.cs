using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Domain.Funding;

namespace Raaqj.Web.Data.Seed;

// A large raise, for the benchmarks and the SQL command tests (never the demo): the given number of funders at every
// stage, each pledging with a quarterly schedule and paying some of it in the given number of payments, and every
// region of the program with as many lines of local match.
public static class SyntheticFunding
{
    public static async Task AddAsync(AppDbContext db, int programId, int funders, int paymentsEach, int matchLinesEach, DateTime nowUtc)
    {
        var today = DateOnly.FromDateTime(nowUtc);
        var stages = Enum.GetValues<FunderStage>();
        for (var f = 0; f < funders; f++)
        {
            var funder = new Funder
            {
                ProgramEditionId = programId, Name = $"Synthetic funder {f:D4}", Kind = (FunderKind)(f % 5), IsNationalPartner = f % 7 == 0, Stage = stages[f % stages.Length],
                AskAmount = 10_000m + f, NextStep = f % 3 == 0 ? "Follow up" : null, NextStepOn = f % 3 == 0 ? today.AddDays(f % 40) : null, CreatedAtUtc = nowUtc, UpdatedAtUtc = nowUtc,
            };
            var pledge = new Pledge
            {
                Amount = 2_000m * (paymentsEach + 2), PledgedOn = today.AddMonths(-8), IsRestricted = f % 4 == 0, Restriction = f % 4 == 0 ? "Synthetic purpose" : null,
                Status = f % 11 == 0 ? PledgeStatus.Withdrawn : PledgeStatus.Active, WithdrawnOn = f % 11 == 0 ? today.AddMonths(-1) : null, RecordedByUserId = "synthetic",
                RecordedAtUtc = nowUtc, FormKey = Guid.NewGuid(),
                Installments = Enumerable.Range(0, 4).Select(i => new PledgeInstallment { DueOn = today.AddMonths(-6 + i * 3), Amount = 500m * (paymentsEach + 2) }).ToList(),
            };
            funder.Pledges.Add(pledge);
            db.Funders.Add(funder);
            await db.SaveChangesAsync();
            db.Payments.AddRange(Enumerable.Range(0, paymentsEach).Select(p => new Payment
            {
                FunderId = funder.Id, PledgeId = pledge.Id, Amount = 1_000m, ReceivedOn = today.AddDays(-p * 5 - 1), RecordedByUserId = "synthetic", RecordedAtUtc = nowUtc, FormKey = Guid.NewGuid(),
            }));
        }
        var program = await db.ProgramEditions.AsNoTracking().SingleAsync(p => p.Id == programId);
        foreach (var region in await db.CohortRegions.Where(r => r.RequestForActionId == program.RequestForActionId).Select(r => r.Id).ToListAsync())
            db.MatchEntries.AddRange(Enumerable.Range(0, matchLinesEach).Select(i => new MatchEntry
            {
                CohortRegionId = region, Contributor = $"Synthetic contributor {i}", Source = (MatchSource)(i % 3), Form = (ContributionForm)(i % 2), Status = (MatchStatus)(i % 4),
                Amount = 1_000m + i, On = today.AddDays(-i), FormKey = Guid.NewGuid(), CreatedAtUtc = nowUtc, UpdatedAtUtc = nowUtc,
            }));
        await db.SaveChangesAsync();
    }
}
