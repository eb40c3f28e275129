using FluentValidation;
using Raaqj.Web.Domain.Funding;

namespace Raaqj.Web.Features.Funding;

public sealed class FunderForm
{
    public string Name { get; set; } = "";
    public FunderKind? Kind { get; set; }
    public bool IsNationalPartner { get; set; }
    public FunderStage Stage { get; set; } = FunderStage.Identified;
    public decimal? AskAmount { get; set; }
    public string? ContactName { get; set; }
    public string? ContactEmail { get; set; }
    public string? NextStep { get; set; }
    public DateOnly? NextStepOn { get; set; }
    public string? Notes { get; set; }
    public Guid? Version { get; set; }
}

public sealed class FunderFormValidator : AbstractValidator<FunderForm>
{
    public FunderFormValidator()
    {
        RuleFor(f => f.Name).NotEmpty().WithMessage("Name the funder or partner.").MaximumLength(Funder.NameMaxLength);
        RuleFor(f => f.Kind).NotNull().WithMessage("Choose what kind of funder this is.").IsInEnum();
        RuleFor(f => f.Stage).IsInEnum();
        RuleFor(f => f.AskAmount).GreaterThan(0).WithMessage("An ask is more than $0; leave it empty when there is none.").LessThan(1_000_000_000m);
        RuleFor(f => f.ContactName).MaximumLength(Funder.ContactMaxLength);
        RuleFor(f => f.ContactEmail).MaximumLength(Funder.EmailMaxLength).EmailAddress().When(f => !string.IsNullOrWhiteSpace(f.ContactEmail))
            .WithMessage("Enter an email address such as name@example.org.");
        RuleFor(f => f.NextStep).MaximumLength(Funder.NextStepMaxLength);
        RuleFor(f => f.NextStep).NotEmpty().When(f => f.NextStepOn is not null).WithMessage("Say what the next step is.");
        RuleFor(f => f.Notes).MaximumLength(Funder.NotesMaxLength);
    }
}

public sealed class InstallmentRow
{
    public DateOnly? DueOn { get; set; }
    public decimal? Amount { get; set; }

    public bool IsEmpty => DueOn is null && Amount is null;
}

public sealed class PledgeForm
{
    public const int MaxInstallments = 24;

    public decimal? Amount { get; set; }
    public DateOnly? PledgedOn { get; set; }
    public bool IsRestricted { get; set; }
    public string? Restriction { get; set; }
    public string? Note { get; set; }
    public List<InstallmentRow> Schedule { get; set; } = [];
    public Guid FormKey { get; set; } = Guid.NewGuid();
    public Guid? Version { get; set; }

    public IEnumerable<InstallmentRow> Installments => Schedule.Where(r => !r.IsEmpty);
}

public sealed class PledgeFormValidator : AbstractValidator<PledgeForm>
{
    public PledgeFormValidator()
    {
        RuleFor(f => f.Amount).NotNull().WithMessage("Enter the amount pledged.").GreaterThan(0).WithMessage("A pledge is more than $0.").LessThan(1_000_000_000m);
        RuleFor(f => f.PledgedOn).NotNull().WithMessage("Give the date of the pledge.");
        RuleFor(f => f.Restriction).NotEmpty().When(f => f.IsRestricted).WithMessage("Say what the money is restricted to.").MaximumLength(Pledge.RestrictionMaxLength);
        RuleFor(f => f.Note).MaximumLength(Pledge.NoteMaxLength);
        RuleFor(f => f.Schedule).Must(s => s.Count(r => !r.IsEmpty) <= PledgeForm.MaxInstallments).WithMessage($"A schedule has at most {PledgeForm.MaxInstallments} installments.");
        RuleFor(f => f.Schedule).Must(s => s.All(r => r.IsEmpty || (r.DueOn is not null && r.Amount is > 0)))
            .WithMessage("Each installment needs a due date and an amount over $0 (leave a row empty to drop it).");
        RuleFor(f => f.Schedule).Must((f, s) => f.PledgedOn is null || s.All(r => r.DueOn is null || r.DueOn >= f.PledgedOn))
            .WithMessage("Installments fall due on or after the day of the pledge.");
        RuleFor(f => f.Schedule).Must((f, s) => f.Amount is null || s.Where(r => !r.IsEmpty).Sum(r => r.Amount ?? 0) <= f.Amount)
            .WithMessage("The installments add up to more than the pledge.");
    }
}

public sealed class WithdrawForm
{
    public DateOnly? WithdrawnOn { get; set; }
    public string Reason { get; set; } = "";
    public Guid? Version { get; set; }
}

public sealed class WithdrawFormValidator : AbstractValidator<WithdrawForm>
{
    public WithdrawFormValidator()
    {
        RuleFor(f => f.WithdrawnOn).NotNull().WithMessage("Give the day the funder withdrew the pledge.");
        RuleFor(f => f.Reason).NotEmpty().WithMessage("Say why the pledge was withdrawn.").MaximumLength(Pledge.NoteMaxLength);
    }
}

public sealed class PaymentForm
{
    public decimal? Amount { get; set; }
    public DateOnly? ReceivedOn { get; set; }

    // The pledge it pays; none for a gift with no pledge before it.
    public int? PledgeId { get; set; }
    public bool IsRestricted { get; set; }
    public string? Reference { get; set; }
    public Guid FormKey { get; set; } = Guid.NewGuid();
}

public sealed class PaymentFormValidator : AbstractValidator<PaymentForm>
{
    public PaymentFormValidator()
    {
        RuleFor(f => f.Amount).NotNull().WithMessage("Enter the amount received.").GreaterThan(0).WithMessage("A payment is more than $0.").LessThan(1_000_000_000m);
        RuleFor(f => f.ReceivedOn).NotNull().WithMessage("Give the day the money arrived.");
        RuleFor(f => f.Reference).MaximumLength(Payment.ReferenceMaxLength);
    }
}
