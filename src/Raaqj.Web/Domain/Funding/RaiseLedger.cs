namespace Raaqj.Web.Domain.Funding;

public sealed record Installment(DateOnly DueOn, decimal Amount);

// What the raise needs of a pledge and a payment, read from the database or made up by a test.
public sealed record PledgeFacts(int Id, int FunderId, decimal Amount, DateOnly PledgedOn, DateOnly? WithdrawnOn, IReadOnlyList<Installment> Schedule)
{
    public bool WithdrawnBy(DateOnly day) => WithdrawnOn is { } withdrawn && withdrawn <= day;
}

public sealed record PaymentFacts(int Id, int FunderId, int? PledgeId, decimal Amount, DateOnly ReceivedOn, bool Restricted);

// The raise on a day: money received, and what active pledges still promise, always shown apart.
public sealed record RaiseStanding(decimal Received, decimal Pledged, decimal Restricted)
{
    public decimal Committed => Received + Pledged;
}

// What is still expected of the pledges, by day due, and what their schedules leave undated.
public sealed record ExpectedMoney(IReadOnlyList<Installment> Dated, decimal Undated)
{
    public decimal Total => Dated.Sum(i => i.Amount) + Undated;
}

// The national raise against its $1,000,000 goal. Received is every payment, whatever became of its pledge; pledged
// is what active pledges still promise (their amount less what was paid against them), so nothing counts twice and a
// withdrawn pledge promises nothing more from the day it was withdrawn.
public static class RaiseLedger
{
    public const decimal Goal = 1_000_000m;

    public static RaiseStanding On(DateOnly day, IReadOnlyCollection<PledgeFacts> pledges, IReadOnlyCollection<PaymentFacts> payments)
    {
        var paid = payments.Where(p => p.ReceivedOn <= day).ToList();
        var paidAgainst = PaidAgainst(paid);
        var pledged = pledges.Where(p => p.PledgedOn <= day && !p.WithdrawnBy(day)).Sum(p => Math.Max(0, p.Amount - paidAgainst.GetValueOrDefault(p.Id)));
        return new RaiseStanding(paid.Sum(p => p.Amount), pledged, paid.Where(p => p.Restricted).Sum(p => p.Amount));
    }

    // Payments against a pledge settle its earliest installments first; what is left of each installment is still
    // expected on its day, and what the schedule leaves out of the pledge is expected on no day.
    public static ExpectedMoney Expected(DateOnly day, IReadOnlyCollection<PledgeFacts> pledges, IReadOnlyCollection<PaymentFacts> payments)
    {
        var paidAgainst = PaidAgainst(payments.Where(p => p.ReceivedOn <= day));
        var dated = new List<Installment>();
        var undated = 0m;
        foreach (var pledge in pledges.Where(p => p.PledgedOn <= day && !p.WithdrawnBy(day)))
        {
            var paid = paidAgainst.GetValueOrDefault(pledge.Id);
            var scheduled = 0m;
            foreach (var installment in pledge.Schedule.OrderBy(i => i.DueOn))
            {
                scheduled += installment.Amount;
                var settled = Math.Min(paid, installment.Amount);
                paid -= settled;
                if (installment.Amount > settled)
                    dated.Add(installment with { Amount = installment.Amount - settled });
            }
            undated += Math.Max(0, pledge.Amount - Math.Max(scheduled, paidAgainst.GetValueOrDefault(pledge.Id)));
        }
        return new ExpectedMoney(dated.OrderBy(i => i.DueOn).ToList(), undated);
    }

    // How much of a pledge is paid.
    public static IReadOnlyDictionary<int, decimal> PaidAgainst(IEnumerable<PaymentFacts> payments) =>
        payments.Where(p => p.PledgeId is not null).GroupBy(p => p.PledgeId!.Value).ToDictionary(g => g.Key, g => g.Sum(p => p.Amount));

    // The stage a funder's money puts them at: received once they paid all they pledge (or gave with no pledge),
    // pledged while an active pledge is still to be paid; with neither, the stage staff set.
    public static FunderStage StageAfter(FunderStage stage, decimal pledged, decimal paid) =>
        paid > 0 && paid >= pledged ? FunderStage.Received
        : pledged > 0 ? FunderStage.Pledged
        : stage;
}
