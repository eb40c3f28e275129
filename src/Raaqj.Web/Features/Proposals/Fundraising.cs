using FluentValidation;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Proposals;

namespace Raaqj.Web.Features.Proposals;

public sealed class FundraisingForm : RowsSectionForm<FundraisingForm.Row>
{
    public const decimal LargestAmount = 1_000_000_000m;

    public decimal? AmountRequested { get; set; }
    public decimal? TotalBudget { get; set; }
    public string FundraisingNarrative { get; set; } = "";

    public sealed class Row : RowSync.IRowForm
    {
        public int Id { get; set; }
        public string Source { get; set; } = "";
        public MatchKind? Kind { get; set; }
        public decimal? Amount { get; set; }
        public bool IsCommitted { get; set; }
        public bool Remove { get; set; }
    }

    public static FundraisingForm From(Proposal p) => new()
    {
        Version = p.FundraisingVersion, AmountRequested = p.AmountRequested, TotalBudget = p.TotalBudget, FundraisingNarrative = p.FundraisingNarrative,
        Rows = p.MatchCommitments.OrderBy(m => m.Position)
            .Select(m => new Row { Id = m.Id, Source = m.Source, Kind = m.Kind, Amount = m.Amount, IsCommitted = m.IsCommitted }).ToList(),
    };


    public void ApplyTo(Proposal p)
    {
        p.AmountRequested = AmountRequested;
        p.TotalBudget = TotalBudget;
        p.FundraisingNarrative = FundraisingNarrative.Trim();
        RowSync.Apply(p.MatchCommitments, Rows, m => m.Id, (form, row, position) =>
        {
            row.Position = position;
            row.Source = form.Source.Trim();
            row.Kind = form.Kind!.Value;
            row.Amount = form.Amount!.Value;
            row.IsCommitted = form.IsCommitted;
        });
    }
}

public sealed class FundraisingFormValidator : AbstractValidator<FundraisingForm>
{
    public FundraisingFormValidator()
    {
        RuleFor(f => f.AmountRequested).InclusiveBetween(0, FundraisingForm.LargestAmount).WithMessage($"Enter an amount from $0 to {Money.Dollars(FundraisingForm.LargestAmount)}.")
            .PrecisionScale(18, 2, true).WithMessage("Use dollars and cents (at most two decimals).");
        RuleFor(f => f.TotalBudget).InclusiveBetween(0, FundraisingForm.LargestAmount).WithMessage($"Enter an amount from $0 to {Money.Dollars(FundraisingForm.LargestAmount)}.")
            .PrecisionScale(18, 2, true).WithMessage("Use dollars and cents (at most two decimals).")
            .GreaterThanOrEqualTo(f => f.AmountRequested).When(f => f.AmountRequested is not null && f.TotalBudget is not null, ApplyConditionTo.CurrentValidator)
            .WithMessage("The total budget cannot be smaller than the amount requested.");
        RuleFor(f => f.FundraisingNarrative)
            .Must(text => WordLimits.Count(text) <= WordLimits.FundraisingNarrative)
            .WithMessage(f => $"This answer has {WordLimits.Count(f.FundraisingNarrative)} words; the limit is {WordLimits.FundraisingNarrative}.")
            .MaximumLength(WordLimits.NarrativeMaxLength);
        RuleForEach(f => f.Rows).ChildRules(row => row.When(r => !r.Remove, () =>
        {
            row.RuleFor(r => r.Source).NotEmpty().WithMessage("Name the source of the match.").MaximumLength(MatchCommitment.SourceMaxLength);
            row.RuleFor(r => r.Kind).NotNull().WithMessage("Choose the kind of match.").IsInEnum().WithMessage("Choose the kind of match.");
            row.RuleFor(r => r.Amount).NotNull().WithMessage("Enter the amount.")
                .InclusiveBetween(0.01m, FundraisingForm.LargestAmount).WithMessage($"Enter an amount above $0 and up to {Money.Dollars(FundraisingForm.LargestAmount)}.")
                .PrecisionScale(18, 2, true).WithMessage("Use dollars and cents (at most two decimals).");
        }));
    }
}
