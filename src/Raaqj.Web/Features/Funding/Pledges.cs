using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Funding;
using Raaqj.Web.Features.Timeline;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Auditing;

namespace Raaqj.Web.Features.Funding;

public sealed record PledgePageModel(ProgramToday Today, int FunderId, string Funder, int? Id, PledgeForm Form, PledgeView? Saved)
{
    public const int BlankRows = 3;

    public WithdrawForm Withdraw { get; init; } = new();

    public bool MayChange => Saved is null || Saved.Status == PledgeStatus.Active;
}

// A funder's pledges and payments. A pledge is recorded with its schedule and changed while active; withdrawn, it
// keeps what was paid and promises nothing more. A payment pays a pledge of the same funder, or is a gift with none.
// Each form carries its own key, so a double click records once; money moves the funder's stage (RaiseLedger).
public sealed class PledgeHandler(AppDbContext db, CurrentProgram programs, FunderHandler funders, CurrentUser user, ProgramClock clock, AuditLog audit)
{
    private const string Raced = "Someone else changed this funder's pledges or payments at the same moment. Nothing of yours was saved: check what is shown and save again.";

    private const string Changed = "Someone changed this pledge while you were editing it. The saved version is shown; your changes are still in the form: save again to keep them.";

    public async Task<PledgePageModel?> PageAsync(int programId, int funderId, int? pledgeId, PledgeForm? typed = null, WithdrawForm? withdraw = null)
    {
        if (await programs.FindAsync(programId) is not { } program
            || await db.Funders.AsNoTracking().Where(f => f.Id == funderId && f.ProgramEditionId == programId).Select(f => f.Name).FirstOrDefaultAsync() is not { } name)
            return null;
        var today = programs.Today(program);
        var saved = pledgeId is null ? null : (await funders.MoneyOfAsync(funderId, today.Today)).Pledges.FirstOrDefault(p => p.Id == pledgeId);
        if (pledgeId is not null && saved is null)
            return null;
        var version = pledgeId is null ? null : await db.Pledges.Where(p => p.Id == pledgeId).Select(p => (Guid?)p.Version).FirstAsync();
        var form = typed ?? (saved is null ? new PledgeForm { PledgedOn = today.Today } : new PledgeForm
        {
            Amount = saved.Amount, PledgedOn = saved.PledgedOn, IsRestricted = saved.IsRestricted, Restriction = saved.Restriction, Note = saved.Note,
            Schedule = saved.Schedule.Select(i => new InstallmentRow { DueOn = i.DueOn, Amount = i.Amount }).ToList(), Version = version,
        });
        while (form.Schedule.Count(r => r.IsEmpty) < PledgePageModel.BlankRows && form.Schedule.Count < PledgeForm.MaxInstallments)
            form.Schedule.Add(new InstallmentRow());
        return new PledgePageModel(today, funderId, name, pledgeId, form, saved) { Withdraw = withdraw ?? new WithdrawForm { WithdrawnOn = today.Today, Version = version } };
    }

    public async Task<Outcome<int>> SaveAsync(int programId, int funderId, int? pledgeId, PledgeForm form)
    {
        if (await FunderAsync(programId, funderId) is not { } funder)
            return Outcome<int>.Of(Outcome.NotFound);
        Pledge pledge;
        object? before = null;
        if (pledgeId is null && await RecordedAsync(form.FormKey) is { } recorded)
            return Outcome<int>.DoneWith(recorded);
        if (pledgeId is null)
        {
            pledge = new Pledge { FunderId = funderId, FormKey = form.FormKey, RecordedByUserId = user.Id!, RecordedAtUtc = clock.UtcNow };
            funder.Pledges.Add(pledge);
        }
        else
        {
            if (funder.Pledges.FirstOrDefault(p => p.Id == pledgeId) is not { } found)
                return Outcome<int>.Of(Outcome.NotFound);
            pledge = found;
            if (pledge.Version != form.Version)
                return Outcome<int>.Conflict(Changed, pledge.Id);
            if (pledge.Status == PledgeStatus.Withdrawn)
                return Outcome<int>.Of(Outcome.Invalid("", "A withdrawn pledge no longer changes."));
            before = Snapshot(pledge);
            pledge.Version = Guid.NewGuid();
        }
        pledge.Amount = form.Amount!.Value;
        pledge.PledgedOn = form.PledgedOn!.Value;
        pledge.IsRestricted = form.IsRestricted;
        pledge.Restriction = form.IsRestricted ? form.Restriction?.Trim() : null;
        pledge.Note = form.Note.TrimmedOrNull();
        pledge.Installments.Clear();
        pledge.Installments.AddRange(form.Installments.OrderBy(r => r.DueOn).Select(r => new PledgeInstallment { DueOn = r.DueOn!.Value, Amount = r.Amount!.Value }));
        return await SaveAsync(funder, pledge, pledgeId is null ? AuditActions.PledgeRecorded : AuditActions.PledgeChanged,
            $"{(pledgeId is null ? "Pledge recorded" : "Pledge changed")}: {funder.Name}, {Money.Dollars(pledge.Amount)}", before, () => Snapshot(pledge));
    }

    public async Task<Outcome<int>> WithdrawAsync(int programId, int funderId, int pledgeId, WithdrawForm form)
    {
        if (await FunderAsync(programId, funderId) is not { } funder || funder.Pledges.FirstOrDefault(p => p.Id == pledgeId) is not { } pledge)
            return Outcome<int>.Of(Outcome.NotFound);
        if (pledge.Version != form.Version)
            return Outcome<int>.Conflict(Changed, pledge.Id);
        if (pledge.Status == PledgeStatus.Withdrawn)
            return Outcome<int>.DoneWith(pledge.Id);
        if (form.WithdrawnOn < pledge.PledgedOn)
            return Outcome<int>.Of(Outcome.Invalid(nameof(WithdrawForm.WithdrawnOn), "A pledge is withdrawn on or after the day it was made."));
        var before = Snapshot(pledge);
        pledge.Status = PledgeStatus.Withdrawn;
        pledge.WithdrawnOn = form.WithdrawnOn;
        pledge.Note = Truncate(string.Join(" ", new[] { pledge.Note, "Withdrawn: " + form.Reason.Trim() }.Where(n => !string.IsNullOrWhiteSpace(n))));
        pledge.Version = Guid.NewGuid();
        return await SaveAsync(funder, pledge, AuditActions.PledgeWithdrawn, $"Pledge withdrawn: {funder.Name}, {Money.Dollars(pledge.Amount)}", before, () => Snapshot(pledge));
    }

    public async Task<Outcome<int>> RecordPaymentAsync(int programId, int funderId, PaymentForm form)
    {
        if (await FunderAsync(programId, funderId) is not { } funder || await programs.FindAsync(programId) is not { } program)
            return Outcome<int>.Of(Outcome.NotFound);
        if (form.ReceivedOn > programs.Today(program).Today)
            return Outcome<int>.Of(Outcome.Invalid(nameof(PaymentForm.ReceivedOn), "Record money once it has arrived: the day received cannot be in the future."));
        if (form.PledgeId is { } pledgeId && funder.Pledges.FirstOrDefault(p => p.Id == pledgeId) is not { Status: PledgeStatus.Active })
            return Outcome<int>.Of(Outcome.Invalid(nameof(PaymentForm.PledgeId), "Choose one of this funder's active pledges, or no pledge for a gift."));
        if (await RecordedAsync(form.FormKey) is { } recorded)
            return Outcome<int>.DoneWith(recorded);
        var restricted = form.PledgeId is { } paying ? funder.Pledges.First(p => p.Id == paying).IsRestricted : form.IsRestricted;
        var payment = new Payment
        {
            FunderId = funderId, PledgeId = form.PledgeId, Amount = form.Amount!.Value, ReceivedOn = form.ReceivedOn!.Value, IsRestricted = restricted,
            Reference = form.Reference.TrimmedOrNull(), FormKey = form.FormKey, RecordedByUserId = user.Id!, RecordedAtUtc = clock.UtcNow,
        };
        funder.Payments.Add(payment);
        return await SaveAsync(funder, payment, AuditActions.PaymentRecorded, $"Payment recorded: {funder.Name}, {Money.Dollars(payment.Amount)} received {payment.ReceivedOn:yyyy-MM-dd}",
            null, () => new { payment.Amount, payment.ReceivedOn, payment.PledgeId, payment.IsRestricted, payment.Reference });
    }

    private Task<Funder?> FunderAsync(int programId, int funderId) =>
        db.Funders.Include(f => f.Pledges).ThenInclude(p => p.Installments).Include(f => f.Payments).FirstOrDefaultAsync(f => f.Id == funderId && f.ProgramEditionId == programId);

    // The funder's stage follows its money, then the change and its audit line are saved together. The same form sent
    // twice meets the unique form key: the first recorded it.
    private async Task<Outcome<int>> SaveAsync<T>(Funder funder, T record, string action, string summary, object? before, Func<object> after) where T : class
    {
        funder.Stage = RaiseLedger.StageAfter(funder.Stage, funder.Pledges.Where(p => p.Status == PledgeStatus.Active).Sum(p => p.Amount), funder.Payments.Sum(p => p.Amount));
        funder.UpdatedAtUtc = clock.UtcNow;
        funder.Version = Guid.NewGuid();
        var saved = await audit.SaveRecordingAsync(Raced, () => audit.Record(action, typeof(T).Name, IdOf(record).ToString(), summary, before, after()));
        if (saved.Kind == OutcomeKind.Done)
            return Outcome<int>.DoneWith(IdOf(record));
        return record is Pledge { Id: 0 } or Payment && await RecordedAsync(KeyOf(record)) is { } first ? Outcome<int>.DoneWith(first) : Outcome<int>.Conflict(saved.Problems[0].Message, 0);
    }

    // The pledge or payment a form already recorded (a double click, a resent request), found by the form's key.
    private async Task<int?> RecordedAsync(Guid formKey) =>
        await db.Pledges.Where(p => p.FormKey == formKey).Select(p => (int?)p.Id).FirstOrDefaultAsync()
        ?? await db.Payments.Where(p => p.FormKey == formKey).Select(p => (int?)p.Id).FirstOrDefaultAsync();

    private static Guid KeyOf(object record) => record switch
    {
        Pledge p => p.FormKey,
        Payment p => p.FormKey,
        _ => Guid.Empty,
    };

    private static int IdOf(object record) => record switch
    {
        Pledge p => p.Id,
        Payment p => p.Id,
        _ => 0,
    };

    private static string? Truncate(string text) => text.Length <= Pledge.NoteMaxLength ? text : text[..Pledge.NoteMaxLength];

    private static object Snapshot(Pledge p) => new
    {
        p.Amount, p.PledgedOn, p.IsRestricted, p.Restriction, Status = p.Status.ToString(), p.WithdrawnOn, p.Note,
        Schedule = p.Installments.Select(i => new { i.DueOn, i.Amount }).ToList(),
    };
}
