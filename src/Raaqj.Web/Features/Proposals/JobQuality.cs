using FluentValidation;
using Raaqj.Web.Domain.Proposals;

namespace Raaqj.Web.Features.Proposals;

public sealed class JobQualityForm : ISectionForm
{
    public Guid Version { get; set; }
    public string? Intent { get; set; }
    public List<JobQualityDimension> Dimensions { get; set; } = [];
    public string JobQualityRationale { get; set; } = "";

    public bool Redraw() => false;

    public static JobQualityForm From(Proposal p) => new()
    {
        Version = p.JobQualityVersion, JobQualityRationale = p.JobQualityRationale,
        Dimensions = ProposalLabels.Dimensions.Where(d => p.JobQualityDimensions.HasFlag(d)).ToList(),
    };


    public void ApplyTo(Proposal p)
    {
        p.JobQualityDimensions = Dimensions.Aggregate(JobQualityDimension.None, (all, d) => all | d);
        p.JobQualityRationale = JobQualityRationale.Trim();
    }
}

public sealed class JobQualityFormValidator : AbstractValidator<JobQualityForm>
{
    public JobQualityFormValidator()
    {
        RuleForEach(f => f.Dimensions).Must(d => ProposalLabels.Dimensions.Contains(d)).WithMessage("Choose dimensions from the list.");
        RuleFor(f => f.JobQualityRationale)
            .Must(text => WordLimits.Count(text) <= WordLimits.JobQualityRationale)
            .WithMessage(f => $"This answer has {WordLimits.Count(f.JobQualityRationale)} words; the limit is {WordLimits.JobQualityRationale}.")
            .MaximumLength(WordLimits.RationaleMaxLength);
    }
}
