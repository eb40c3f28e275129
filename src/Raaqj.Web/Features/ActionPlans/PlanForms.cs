using FluentValidation;
using Raaqj.Web.Domain.Planning;
using Raaqj.Web.Domain.Proposals;

namespace Raaqj.Web.Features.ActionPlans;

public sealed class GoalForm
{
    public int? DimensionId { get; set; }
    public string Title { get; set; } = "";
    public string Description { get; set; } = "";
    public Guid? Version { get; set; }
}

public sealed class StrategyForm
{
    // Where it sits: changing it moves the strategy (with its actions) under another goal.
    public int? GoalId { get; set; }
    public string Title { get; set; } = "";
    public string Description { get; set; } = "";
    public Guid? Version { get; set; }
}

public sealed class ActionForm
{
    // Where it sits: changing it moves the action (with its measures) under another strategy.
    public int? StrategyId { get; set; }
    public string Description { get; set; } = "";
    public int? LeadStakeholderId { get; set; }
    public int? StartMonth { get; set; }
    public int? EndMonth { get; set; }
    public decimal? Budget { get; set; }
    public string FundingSource { get; set; } = "";
    public List<PriorityPopulation> Populations { get; set; } = [];

    // The region's research activities and pilots that informed it.
    public List<int> ResearchIds { get; set; } = [];
    public List<int> PilotIds { get; set; } = [];
    public Guid? Version { get; set; }
}

public sealed class MeasureForm
{
    public string Indicator { get; set; } = "";
    public string Baseline { get; set; } = "";
    public string Target { get; set; } = "";
    public int? ByMonth { get; set; }
    public Guid? Version { get; set; }
}

public sealed class GoalFormValidator : AbstractValidator<GoalForm>
{
    public GoalFormValidator()
    {
        RuleFor(f => f.DimensionId).NotNull().WithMessage("Choose the job quality dimension this goal advances.");
        RuleFor(f => f.Title).NotEmpty().WithMessage("Write the goal in a sentence.").MaximumLength(PlanGoal.TitleMaxLength);
        RuleFor(f => f.Description).MaximumLength(PlanGoal.DescriptionMaxLength);
    }
}

public sealed class StrategyFormValidator : AbstractValidator<StrategyForm>
{
    public StrategyFormValidator()
    {
        RuleFor(f => f.Title).NotEmpty().WithMessage("Name the strategy.").MaximumLength(PlanStrategy.TitleMaxLength);
        RuleFor(f => f.Description).MaximumLength(PlanStrategy.DescriptionMaxLength);
    }
}

public sealed class ActionFormValidator : AbstractValidator<ActionForm>
{
    public ActionFormValidator()
    {
        RuleFor(f => f.Description).NotEmpty().WithMessage("Say what will be done.").MaximumLength(PlanAction.DescriptionMaxLength);
        RuleFor(f => f.StartMonth).InclusiveBetween(PlanAction.FirstMonth, PlanAction.LastMonth)
            .WithMessage($"Give a month from {PlanAction.FirstMonth} to {PlanAction.LastMonth} of the program, or leave it empty.");
        RuleFor(f => f.EndMonth).InclusiveBetween(PlanAction.FirstMonth, PlanAction.LastMonth)
            .WithMessage($"Give a month from {PlanAction.FirstMonth} to {PlanAction.LastMonth} of the program, or leave it empty.")
            .GreaterThanOrEqualTo(f => f.StartMonth).When(f => f.StartMonth is not null && f.EndMonth is not null).WithMessage("The end month comes after the start month.");
        RuleFor(f => f.Budget).GreaterThanOrEqualTo(0).WithMessage("A budget is zero or more dollars.").LessThan(1_000_000_000).WithMessage("Check the budget: it is over a billion dollars.");
        RuleFor(f => f.FundingSource).MaximumLength(PlanAction.FundingSourceMaxLength);
        RuleForEach(f => f.Populations).IsInEnum();
    }
}

public sealed class MeasureFormValidator : AbstractValidator<MeasureForm>
{
    public MeasureFormValidator()
    {
        RuleFor(f => f.Indicator).NotEmpty().WithMessage("Name the indicator.").MaximumLength(PlanMeasure.IndicatorMaxLength);
        RuleFor(f => f.Baseline).MaximumLength(PlanMeasure.ValueMaxLength);
        RuleFor(f => f.Target).NotEmpty().WithMessage("Give the target.").MaximumLength(PlanMeasure.ValueMaxLength);
        RuleFor(f => f.ByMonth).InclusiveBetween(PlanAction.FirstMonth, PlanAction.LastMonth)
            .WithMessage($"Give a month from {PlanAction.FirstMonth} to {PlanAction.LastMonth}, or leave it empty.");
    }
}
