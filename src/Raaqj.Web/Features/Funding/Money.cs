using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Funding;
using Raaqj.Web.Features.Timeline;
using Raaqj.Web.Infrastructure.Caching;

namespace Raaqj.Web.Features.Funding;

public sealed record StageRow(FunderStage Stage, int Funders, decimal Asked, decimal Pledged, decimal Received);

public sealed record MonthMoney(int Month, string Label, decimal Received, decimal Expected);

public sealed record RegionMatchRow(int RegionId, string Region, decimal Promised, MatchTotals Totals, int Lines, int AwaitingVerification);

public sealed record NextStepRow(int FunderId, string Funder, string Step, DateOnly On);

public sealed record MoneyModel(ProgramToday Today, RaiseStanding Raise, ExpectedMoney Expected, decimal Overdue, IReadOnlyList<MonthMoney> ByMonth,
    IReadOnlyList<StageRow> Pipeline, IReadOnlyList<NextStepRow> NextSteps, IReadOnlyList<RegionMatchRow> Regions)
{
    public decimal Goal => RaiseLedger.Goal;

    public MatchTotals Match => new(Regions.Sum(r => r.Totals.Received), Regions.Sum(r => r.Totals.Pledged), Regions.Sum(r => r.Totals.Expected),
        Regions.Sum(r => r.Totals.Verified), Enum.GetValues<MatchSource>().ToDictionary(s => s, s => Regions.Sum(r => r.Totals.BySource.GetValueOrDefault(s))));

    public decimal MatchPromised => Regions.Sum(r => r.Promised);
}

// Both sides of the program's money on one page: the national raise against its $1M goal (received and pledged
// apart, what the pledges' schedules expect month by month, the pipeline by stage, the next steps with funders) and
// each region's local match ledger against what its proposal committed.
public sealed class MoneyHandler(AppDbContext db, CurrentProgram programs, MoneyRecords records, ContentCache cache)
{
    public const int NextStepDays = 30;

    // Read once per change of content and day: with hundreds of funders and thousands of payments the sums are the cost.
    public async Task<MoneyModel?> Handle(int programId) =>
        await programs.FindAsync(programId) is { } program
            ? await cache.GetAsync($"money-{programId}-{programs.Today(program).Today:yyyyMMdd}", () => BuildAsync(program))
            : null;

    private async Task<MoneyModel> BuildAsync(ProgramHeader program)
    {
        var programId = program.Id;
        var today = programs.Today(program);
        var raise = await records.RaiseAsync(programId);
        var expected = RaiseLedger.Expected(today.Today, raise.Pledges, raise.Payments);
        int MonthOf(DateOnly day) => Math.Clamp(program.Calendar.MonthOn(day), 1, program.Months);
        var received = raise.Payments.Where(p => p.ReceivedOn <= today.Today).ToLookup(p => MonthOf(p.ReceivedOn));
        var coming = expected.Dated.Where(i => i.DueOn >= today.Today).ToLookup(i => MonthOf(i.DueOn));
        var byMonth = Enumerable.Range(1, program.Months)
            .Select(m => new MonthMoney(m, program.Calendar.Label(m), received[m].Sum(p => p.Amount), coming[m].Sum(i => i.Amount))).ToList();
        var funders = await db.Funders.AsNoTracking().Where(f => f.ProgramEditionId == programId).Select(f => new { f.Id, f.Name, f.Stage, f.AskAmount, f.NextStep, f.NextStepOn })
            .ToListAsync();
        var pledged = raise.Pledges.Where(p => !p.WithdrawnBy(today.Today)).ToLookup(p => p.FunderId);
        var paid = raise.Payments.ToLookup(p => p.FunderId);
        var pipeline = Enum.GetValues<FunderStage>().Select(stage =>
        {
            var those = funders.Where(f => f.Stage == stage).ToList();
            return new StageRow(stage, those.Count, those.Sum(f => f.AskAmount ?? 0), those.Sum(f => pledged[f.Id].Sum(p => p.Amount)), those.Sum(f => paid[f.Id].Sum(p => p.Amount)));
        }).ToList();
        var soon = today.Today.AddDays(NextStepDays);
        var nextSteps = funders.Where(f => f.NextStepOn is { } on && on <= soon && f.Stage != FunderStage.Declined).OrderBy(f => f.NextStepOn)
            .Select(f => new NextStepRow(f.Id, f.Name, f.NextStep ?? "", f.NextStepOn!.Value)).ToList();
        return new MoneyModel(today, RaiseLedger.On(today.Today, raise.Pledges, raise.Payments), expected,
            expected.Dated.Where(i => i.DueOn < today.Today).Sum(i => i.Amount), byMonth, pipeline, nextSteps, await RegionsAsync(program));
    }

    private async Task<IReadOnlyList<RegionMatchRow>> RegionsAsync(ProgramHeader program)
    {
        if (program.RequestForActionId is not { } rfp)
            return [];
        var lines = (await records.MatchAsync(rfp)).ToLookup(l => l.RegionId);
        var regions = await db.CohortRegions.AsNoTracking().Where(r => r.RequestForActionId == rfp).OrderBy(r => r.RegionName)
            .Select(r => new { r.Id, r.RegionName, Promised = db.Proposals.Where(p => p.Id == r.ProposalId).Select(p => p.LocalMatchCents).FirstOrDefault() }).ToListAsync();
        return regions.Select(r => new RegionMatchRow(r.Id, r.RegionName, r.Promised / 100m,
            LocalMatch.Totals(lines[r.Id].Select(l => l.Line)), lines[r.Id].Count(),
            lines[r.Id].Count(l => !l.Verified && l.Status is MatchStatus.Pledged or MatchStatus.Received))).ToList();
    }
}
