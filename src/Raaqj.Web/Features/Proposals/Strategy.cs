using FluentValidation;
using Raaqj.Web.Domain.Proposals;

namespace Raaqj.Web.Features.Proposals;

public sealed class StrategyForm : ISectionForm
{
    public Guid Version { get; set; }
    public string? Intent { get; set; }
    public string Strategy { get; set; } = "";

    public bool Redraw() => false;

    public static StrategyForm From(Proposal p) => new() { Version = p.StrategyVersion, Strategy = p.Strategy };


    public void ApplyTo(Proposal p) => p.Strategy = Strategy.Trim();
}

public sealed class StrategyFormValidator : AbstractValidator<StrategyForm>
{
    public StrategyFormValidator() =>
        RuleFor(f => f.Strategy)
            .Must(text => WordLimits.Count(text) <= WordLimits.Strategy)
            .WithMessage(f => $"The strategy has {WordLimits.Count(f.Strategy)} words; the limit is {WordLimits.Strategy}.")
            .MaximumLength(WordLimits.StrategyMaxLength).WithMessage($"Keep the strategy under {WordLimits.StrategyMaxLength} characters.");
}
