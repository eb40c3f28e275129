using FluentValidation;
using Raaqj.Web.Domain.Rfp;
using Raaqj.Web.Infrastructure;

namespace Raaqj.Web.Features.Rfp;

// What staff edit: dates are wall-clock times in TimeZoneId, converted to UTC on save.
public sealed class RfpForm
{
    public int Id { get; set; }
    public Guid Version { get; set; }
    public string Title { get; set; } = "";
    public string Summary { get; set; } = "";
    public string Eligibility { get; set; } = "";
    public string ProgramDescription { get; set; } = "";
    public string TimeZoneId { get; set; } = "America/New_York";
    public DateTime? OpensAtLocal { get; set; }
    public DateTime? ClosesAtLocal { get; set; }
    public DateOnly? ReviewStartsOn { get; set; }
    public DateOnly? ReviewEndsOn { get; set; }
    public int CohortSize { get; set; } = RequestForAction.DefaultCohortSize;
    public List<CriterionForm> Criteria { get; set; } = [];

    public int WeightTotal => Criteria.Where(c => !c.Remove).Sum(c => c.Weight);

    public static RfpForm From(RequestForAction rfp) => new()
    {
        Id = rfp.Id,
        Version = rfp.Version,
        Title = rfp.Title,
        Summary = rfp.Summary,
        Eligibility = rfp.Eligibility,
        ProgramDescription = rfp.ProgramDescription,
        TimeZoneId = rfp.TimeZoneId,
        OpensAtLocal = ProgramClock.ToLocal(rfp.OpensAtUtc, rfp.TimeZoneId),
        ClosesAtLocal = ProgramClock.ToLocal(rfp.ClosesAtUtc, rfp.TimeZoneId),
        ReviewStartsOn = rfp.ReviewStartsOn,
        ReviewEndsOn = rfp.ReviewEndsOn,
        CohortSize = rfp.CohortSize,
        Criteria = rfp.Criteria.OrderBy(c => c.Position).Select(c => new CriterionForm
        {
            Id = c.Id, Title = c.Title, Guidance = c.Guidance, Weight = c.Weight, ScaleMin = c.ScaleMin, ScaleMax = c.ScaleMax,
        }).ToList(),
    };
}

public sealed class CriterionForm
{
    public int Id { get; set; }
    public string Title { get; set; } = "";
    public string Guidance { get; set; } = "";
    public int Weight { get; set; }
    public int ScaleMin { get; set; } = 1;
    public int ScaleMax { get; set; } = 5;
    public bool Remove { get; set; }

    public SelectionCriterion ToCriterion() =>
        new() { Id = Id, Title = Title.Trim(), Guidance = Guidance.Trim(), Weight = Weight, ScaleMin = ScaleMin, ScaleMax = ScaleMax };
}

public sealed class RfpFormValidator : AbstractValidator<RfpForm>
{
    public RfpFormValidator()
    {
        RuleFor(f => f.Title).NotEmpty().WithMessage("Give the request a title.")
            .MaximumLength(RequestForAction.TitleMaxLength).WithMessage($"Keep the title under {RequestForAction.TitleMaxLength} characters.");
        RuleFor(f => f.Summary).MaximumLength(RequestForAction.SummaryMaxLength).WithMessage($"Keep the summary under {RequestForAction.SummaryMaxLength} characters.");
        RuleFor(f => f.Eligibility).MaximumLength(RequestForAction.EligibilityMaxLength).WithMessage($"Keep eligibility under {RequestForAction.EligibilityMaxLength} characters.");
        RuleFor(f => f.ProgramDescription).MaximumLength(RequestForAction.ProgramDescriptionMaxLength).WithMessage($"Keep the description under {RequestForAction.ProgramDescriptionMaxLength} characters.");
        RuleFor(f => f.TimeZoneId).Must(z => ProgramClock.OfferedZones.Contains(z)).WithMessage("Choose a time zone from the list.");
        // A time in the spring gap does not exist: say so by the field instead of moving it silently.
        foreach (var field in new System.Linq.Expressions.Expression<Func<RfpForm, DateTime?>>[] { f => f.OpensAtLocal, f => f.ClosesAtLocal })
            RuleFor(field).Must((form, local) => GapProblem(local, form.TimeZoneId) is null)
                .WithMessage((form, local) => GapProblem(local, form.TimeZoneId)!);
        RuleFor(f => f.OpensAtLocal).NotNull().WithMessage("Enter when the request opens.");
        RuleFor(f => f.ClosesAtLocal).NotNull().WithMessage("Enter the deadline for proposals.")
            .GreaterThan(f => f.OpensAtLocal).When(f => f.OpensAtLocal is not null, ApplyConditionTo.CurrentValidator).WithMessage("The deadline must be after the opening date.");
        RuleFor(f => f.ReviewStartsOn).NotNull().WithMessage("Enter the first day of the review.")
            .Must((f, start) => start >= DateOnly.FromDateTime(f.ClosesAtLocal!.Value))
            .When(f => f.ClosesAtLocal is not null && f.ReviewStartsOn is not null, ApplyConditionTo.CurrentValidator)
            .WithMessage("The review starts on or after the deadline day.");
        RuleFor(f => f.ReviewEndsOn).NotNull().WithMessage("Enter the last day of the review.")
            .GreaterThanOrEqualTo(f => f.ReviewStartsOn).When(f => f.ReviewStartsOn is not null, ApplyConditionTo.CurrentValidator).WithMessage("The review must end on or after the day it starts.");
        RuleFor(f => f.CohortSize).InclusiveBetween(1, 50).WithMessage("The cohort has between 1 and 50 regions.");
        RuleFor(f => f.Criteria).Must(c => c.Any(x => !x.Remove)).WithMessage("Keep at least one selection criterion.");
        RuleForEach(f => f.Criteria).SetValidator(new CriterionFormValidator());
    }

    private static string? GapProblem(DateTime? local, string zoneId) =>
        local is { } time && ProgramClock.OfferedZones.Contains(zoneId) ? Domain.Time.ZoneTime.ToUtc(time, zoneId).Problem : null;
}

public sealed class CriterionFormValidator : AbstractValidator<CriterionForm>
{
    public const int LargestScale = 10;

    public CriterionFormValidator() =>
        When(c => !c.Remove, () =>
        {
            RuleFor(c => c.Title).NotEmpty().WithMessage("Give the criterion a title.")
                .MaximumLength(SelectionCriterion.TitleMaxLength).WithMessage($"Keep the title under {SelectionCriterion.TitleMaxLength} characters.");
            RuleFor(c => c.Guidance).MaximumLength(SelectionCriterion.GuidanceMaxLength).WithMessage($"Keep the guidance under {SelectionCriterion.GuidanceMaxLength} characters.");
            RuleFor(c => c.Weight).InclusiveBetween(0, 100).WithMessage("A weight is between 0 and 100.");
            RuleFor(c => c.ScaleMin).InclusiveBetween(0, LargestScale - 1).WithMessage($"The lowest score is between 0 and {LargestScale - 1}.");
            RuleFor(c => c.ScaleMax).GreaterThan(c => c.ScaleMin).WithMessage("The highest score must be above the lowest.")
                .LessThanOrEqualTo(LargestScale).WithMessage($"The highest score is at most {LargestScale}.");
        });
}
