using FluentValidation;
using Raaqj.Web.Domain.Planning;
using Raaqj.Web.Domain.Proposals;

namespace Raaqj.Web.Features.Research;

public sealed class ActivityForm
{
    public string Title { get; set; } = "";
    public ResearchMethod? Method { get; set; }
    public DateOnly? HeldOn { get; set; }
    public int? WorkersEngaged { get; set; }
    public int? EmployersInvolved { get; set; }

    // Workers of each priority population, in the order of PriorityPopulation.
    public Dictionary<PriorityPopulation, int?> Populations { get; set; } = [];
    public string Findings { get; set; } = "";
    public List<int> FileIds { get; set; } = [];
    public Guid? Version { get; set; }
}

public sealed class ActivityFormValidator : AbstractValidator<ActivityForm>
{
    public ActivityFormValidator()
    {
        RuleFor(f => f.Title).NotEmpty().WithMessage("Name the activity.").MaximumLength(ResearchActivity.TitleMaxLength);
        RuleFor(f => f.Method).NotNull().WithMessage("Choose how you heard from workers.").IsInEnum();
        RuleFor(f => f.HeldOn).NotNull().WithMessage("Give the date it was held.");
        RuleFor(f => f.WorkersEngaged).NotNull().WithMessage("Say how many workers took part.").InclusiveBetween(0, 100_000).WithMessage("Give a number of workers from 0.");
        RuleFor(f => f.EmployersInvolved).InclusiveBetween(0, 10_000).WithMessage("Give a number of employers from 0.");
        RuleFor(f => f.Findings).MaximumLength(ResearchActivity.FindingsMaxLength);
        RuleForEach(f => f.Populations).Must((form, count) => count.Value is null || (count.Value >= 0 && count.Value <= (form.WorkersEngaged ?? 0)))
            .WithMessage("A priority population counts from 0 up to the workers engaged.");
    }
}

public sealed class PilotForm
{
    public string Title { get; set; } = "";
    public string Hypothesis { get; set; } = "";
    public string Partners { get; set; } = "";
    public List<int> DimensionIds { get; set; } = [];
    public DateOnly? StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    public PilotStatus Status { get; set; } = PilotStatus.Planned;
    public Guid? Version { get; set; }
}

public sealed class PilotFormValidator : AbstractValidator<PilotForm>
{
    public PilotFormValidator()
    {
        RuleFor(f => f.Title).NotEmpty().WithMessage("Name the pilot.").MaximumLength(Pilot.TitleMaxLength);
        RuleFor(f => f.Hypothesis).NotEmpty().WithMessage("Say what you expect to happen, and for whom.").MaximumLength(Pilot.TextMaxLength);
        RuleFor(f => f.Partners).MaximumLength(Pilot.TextMaxLength);
        RuleFor(f => f.Status).IsInEnum();
        RuleFor(f => f.EndsOn).GreaterThanOrEqualTo(f => f.StartsOn).When(f => f.StartsOn is not null && f.EndsOn is not null).WithMessage("The end comes after the start.");
    }
}

public sealed class CycleForm
{
    public DateOnly? StartedOn { get; set; }
    public string Plan { get; set; } = "";
    public string Do { get; set; } = "";
    public string Study { get; set; } = "";
    public string Act { get; set; } = "";
}

public sealed class CycleFormValidator : AbstractValidator<CycleForm>
{
    public CycleFormValidator()
    {
        RuleFor(f => f.StartedOn).NotNull().WithMessage("Give the date the cycle started.");
        RuleFor(f => f.Plan).NotEmpty().WithMessage("Say what you planned to try.").MaximumLength(PdsaCycle.TextMaxLength);
        RuleFor(f => f.Do).MaximumLength(PdsaCycle.TextMaxLength);
        RuleFor(f => f.Study).MaximumLength(PdsaCycle.TextMaxLength);
        RuleFor(f => f.Act).MaximumLength(PdsaCycle.TextMaxLength);
    }
}
