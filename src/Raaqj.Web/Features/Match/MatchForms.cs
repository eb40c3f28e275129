using FluentValidation;
using Raaqj.Web.Domain.Funding;
using Raaqj.Web.Features.Timeline;

namespace Raaqj.Web.Features.Match;

public sealed class MatchLineForm : IEvidenceForm
{
    public string Contributor { get; set; } = "";
    public MatchSource? Source { get; set; }
    public ContributionForm CashOrInKind { get; set; } = ContributionForm.Cash;
    public MatchStatus Status { get; set; } = MatchStatus.Pledged;
    public decimal? Amount { get; set; }
    public DateOnly? On { get; set; }
    public string? Note { get; set; }
    public IFormFile? EvidenceFile { get; set; }
    public List<int> RemoveFiles { get; set; } = [];
    public Guid FormKey { get; set; } = Guid.NewGuid();
    public Guid? Version { get; set; }
}

public sealed class MatchLineFormValidator : AbstractValidator<MatchLineForm>
{
    public MatchLineFormValidator()
    {
        RuleFor(f => f.Contributor).NotEmpty().WithMessage("Name who contributes.").MaximumLength(MatchEntry.ContributorMaxLength);
        RuleFor(f => f.Source).NotNull().WithMessage("Choose where the money comes from.").IsInEnum();
        RuleFor(f => f.CashOrInKind).IsInEnum();
        RuleFor(f => f.Status).IsInEnum();
        RuleFor(f => f.Amount).NotNull().WithMessage("Enter the amount (in kind: its fair value).").GreaterThan(0).WithMessage("A contribution is more than $0.")
            .LessThan(1_000_000_000m);
        RuleFor(f => f.On).NotNull().When(f => f.Status is MatchStatus.Pledged or MatchStatus.Received).WithMessage("Give the day it was pledged or received.");
        RuleFor(f => f.Note).MaximumLength(MatchEntry.NoteMaxLength);
    }
}

public sealed class VerifyForm
{
    public string? Note { get; set; }
    public Guid? Version { get; set; }
}
