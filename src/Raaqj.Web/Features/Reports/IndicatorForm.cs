using FluentValidation;
using Raaqj.Web.Domain.Reporting;

namespace Raaqj.Web.Features.Reports;

public sealed class IndicatorForm
{
    public string Name { get; set; } = "";
    public string Unit { get; set; } = "";
    public IndicatorDirection Direction { get; set; } = IndicatorDirection.Increase;
    public decimal? Baseline { get; set; }
    public int? BaselineMonth { get; set; }
    public decimal? Target { get; set; }
    public int? TargetMonth { get; set; }
    public ReportFrequency Frequency { get; set; } = ReportFrequency.Quarterly;
    public string? Definition { get; set; }
    public string? Source { get; set; }
    public bool IsRetired { get; set; }
    public int? PlanMeasureId { get; set; }
    public Guid? Version { get; set; }
}

public sealed class IndicatorFormValidator : AbstractValidator<IndicatorForm>
{
    public IndicatorFormValidator()
    {
        RuleFor(f => f.Name).NotEmpty().WithMessage("Name what is measured.").MaximumLength(Indicator.NameMaxLength);
        RuleFor(f => f.Unit).MaximumLength(Indicator.UnitMaxLength);
        RuleFor(f => f.Direction).IsInEnum();
        RuleFor(f => f.Frequency).IsInEnum();
        RuleFor(f => f.Baseline).NotNull().WithMessage("Give the value it starts from (0 when nothing has been done yet).").InclusiveBetween(-1_000_000_000m, 1_000_000_000m);
        RuleFor(f => f.Target).NotNull().WithMessage("Give the value it should reach.").InclusiveBetween(-1_000_000_000m, 1_000_000_000m);
        RuleFor(f => f.BaselineMonth).NotNull().WithMessage("Give the program month the baseline describes.").InclusiveBetween(0, 60);
        RuleFor(f => f.TargetMonth).NotNull().WithMessage("Give the program month by which the target should be reached.").InclusiveBetween(1, 60)
            .GreaterThan(f => f.BaselineMonth ?? 0).WithMessage("The target comes after the baseline: choose a later month.");
        RuleFor(f => f.Target).Must((f, target) => f.Direction == IndicatorDirection.Increase ? target > f.Baseline : target < f.Baseline)
            .When(f => f.Target is not null && f.Baseline is not null)
            .WithMessage(f => f.Direction == IndicatorDirection.Increase
                ? "Higher is better, so the target is above the baseline. Lower it or choose “Lower is better”."
                : "Lower is better, so the target is below the baseline. Raise it or choose “Higher is better”.");
        RuleFor(f => f.Definition).MaximumLength(Indicator.DefinitionMaxLength);
        RuleFor(f => f.Source).MaximumLength(Indicator.SourceMaxLength);
    }
}
