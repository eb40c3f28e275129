using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Funding;
using Raaqj.Web.Features.Timeline;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Auditing;

namespace Raaqj.Web.Features.Funding;

public sealed record PledgeView(int Id, decimal Amount, DateOnly PledgedOn, bool IsRestricted, string? Restriction, PledgeStatus Status, DateOnly? WithdrawnOn,
    string? Note, decimal Paid, IReadOnlyList<Installment> Schedule, ExpectedMoney StillExpected)
{
    public decimal Outstanding => Status == PledgeStatus.Withdrawn ? 0 : Math.Max(0, Amount - Paid);
}

public sealed record PaymentView(int Id, decimal Amount, DateOnly ReceivedOn, bool IsRestricted, int? PledgeId, string? Reference);

public sealed record FunderPageModel(ProgramToday Today, int? Id, FunderForm Form, IReadOnlyList<PledgeView> Pledges, IReadOnlyList<PaymentView> Payments)
{
    public PaymentForm Payment { get; init; } = new();

    public decimal Received => Payments.Sum(p => p.Amount);

    public decimal Pledged => Pledges.Sum(p => p.Outstanding);
}

// One national partner or funder: who they are and where they stand, their pledges with what each still expects,
// and the payments received. Staff keep it; a save is checked against the version the form was read at.
public sealed class FunderHandler(AppDbContext db, CurrentProgram programs, ProgramClock clock, AuditLog audit)
{
    public const string Changed = "Someone changed this while you were editing it. The saved version is shown; your changes are still in the form: save again to keep them.";

    public async Task<FunderPageModel?> PageAsync(int programId, int? funderId, FunderForm? typed = null, PaymentForm? payment = null)
    {
        if (await programs.FindAsync(programId) is not { } program)
            return null;
        var today = programs.Today(program);
        if (funderId is null)
            return new FunderPageModel(today, null, typed ?? new FunderForm(), [], []);
        if (await db.Funders.AsNoTracking().FirstOrDefaultAsync(f => f.Id == funderId && f.ProgramEditionId == programId) is not { } funder)
            return null;
        var form = typed ?? new FunderForm
        {
            Name = funder.Name, Kind = funder.Kind, IsNationalPartner = funder.IsNationalPartner, Stage = funder.Stage, AskAmount = funder.AskAmount,
            ContactName = funder.ContactName, ContactEmail = funder.ContactEmail, NextStep = funder.NextStep, NextStepOn = funder.NextStepOn, Notes = funder.Notes,
            Version = funder.Version,
        };
        var (pledges, payments) = await MoneyOfAsync(funder.Id, today.Today);
        return new FunderPageModel(today, funder.Id, form, pledges, payments) { Payment = payment ?? new PaymentForm { ReceivedOn = today.Today } };
    }

    // A funder's pledges, each with what was paid against it and what its schedule still expects, and their payments.
    public async Task<(IReadOnlyList<PledgeView> Pledges, IReadOnlyList<PaymentView> Payments)> MoneyOfAsync(int funderId, DateOnly today)
    {
        var pledges = await db.Pledges.AsNoTracking().Include(p => p.Installments).Where(p => p.FunderId == funderId).OrderBy(p => p.PledgedOn).ThenBy(p => p.Id).ToListAsync();
        var payments = await db.Payments.AsNoTracking().Where(p => p.FunderId == funderId).OrderByDescending(p => p.ReceivedOn).ThenByDescending(p => p.Id)
            .Select(p => new PaymentView(p.Id, p.Amount, p.ReceivedOn, p.IsRestricted, p.PledgeId, p.Reference)).ToListAsync();
        var facts = payments.Select(p => new PaymentFacts(p.Id, funderId, p.PledgeId, p.Amount, p.ReceivedOn, p.IsRestricted)).ToList();
        return (pledges.Select(p =>
        {
            var schedule = p.Installments.OrderBy(i => i.DueOn).Select(i => new Installment(i.DueOn, i.Amount)).ToList();
            var fact = new PledgeFacts(p.Id, funderId, p.Amount, p.PledgedOn, p.WithdrawnOn, schedule);
            return new PledgeView(p.Id, p.Amount, p.PledgedOn, p.IsRestricted, p.Restriction, p.Status, p.WithdrawnOn, p.Note,
                facts.Where(x => x.PledgeId == p.Id).Sum(x => x.Amount), schedule, RaiseLedger.Expected(DateOnly.MaxValue, [fact], facts));
        }).ToList(), payments);
    }

    public async Task<Outcome<int>> SaveAsync(int programId, int? funderId, FunderForm form)
    {
        if (await programs.FindAsync(programId) is null)
            return Outcome<int>.Of(Outcome.NotFound);
        Funder funder;
        object? before = null;
        var now = clock.UtcNow;
        if (funderId is null)
        {
            funder = new Funder { ProgramEditionId = programId, CreatedAtUtc = now };
            db.Funders.Add(funder);
        }
        else
        {
            if (await db.Funders.FirstOrDefaultAsync(f => f.Id == funderId && f.ProgramEditionId == programId) is not { } found)
                return Outcome<int>.Of(Outcome.NotFound);
            funder = found;
            if (funder.Version != form.Version)
                return Outcome<int>.Conflict(Changed, funder.Id);
            before = Snapshot(funder);
            funder.Version = Guid.NewGuid();
        }
        funder.Name = form.Name.Trim();
        funder.Kind = form.Kind!.Value;
        funder.IsNationalPartner = form.IsNationalPartner;
        funder.Stage = form.Stage;
        funder.AskAmount = form.AskAmount;
        funder.ContactName = form.ContactName.TrimmedOrNull();
        funder.ContactEmail = form.ContactEmail.TrimmedOrNull();
        funder.NextStep = form.NextStep.TrimmedOrNull();
        funder.NextStepOn = funder.NextStep is null ? null : form.NextStepOn;
        funder.Notes = form.Notes.TrimmedOrNull();
        funder.UpdatedAtUtc = now;
        var saved = await audit.SaveRecordingAsync(Changed, () => audit.Record(funderId is null ? AuditActions.FunderAdded : AuditActions.FunderUpdated, nameof(Funder),
            funder.Id.ToString(), $"{(funderId is null ? "Added" : "Updated")} funder “{funder.Name}” ({FundingTerms.Label(funder.Stage)})", before, Snapshot(funder)));
        return saved.Kind == OutcomeKind.Done ? Outcome<int>.DoneWith(funder.Id) : Outcome<int>.Conflict(saved.Problems[0].Message, funderId ?? 0);
    }

    private static object Snapshot(Funder f) => new { f.Name, Kind = f.Kind.ToString(), f.IsNationalPartner, Stage = f.Stage.ToString(), f.AskAmount, f.ContactName, f.ContactEmail, f.NextStep, f.NextStepOn };
}
