using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Domain.Geography;
using Raaqj.Web.Domain.Reviews;

namespace Raaqj.Web.Features.Reviews;

public sealed class ReviewerProfileForm
{
    public string Email { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public bool IsExternal { get; set; }
    public List<ExpertiseArea> Expertise { get; set; } = [];
    public int? MaxProposals { get; set; } = ReviewerProfile.DefaultMaxProposals;
    public string Employer { get; set; } = "";
    public string HomeStateCode { get; set; } = "";

    public static ReviewerProfileForm From(ReviewerProfile profile) => new()
    {
        IsExternal = profile.IsExternal, Expertise = ExpertiseAreas.All.Where(a => profile.Expertise.HasFlag(a)).ToList(),
        MaxProposals = profile.MaxProposals, Employer = profile.Employer, HomeStateCode = profile.HomeStateCode,
    };

    public void ApplyTo(ReviewerProfile profile, DateTime nowUtc)
    {
        profile.IsExternal = IsExternal;
        profile.Expertise = Expertise.Aggregate(ExpertiseArea.None, (all, a) => all | a);
        profile.MaxProposals = MaxProposals!.Value;
        profile.Employer = Employer.Trim();
        profile.HomeStateCode = HomeStateCode;
        profile.UpdatedAtUtc = nowUtc;
    }
}

public sealed class ReviewerProfileFormValidator : AbstractValidator<ReviewerProfileForm>
{
    public ReviewerProfileFormValidator()
    {
        RuleFor(f => f.MaxProposals).NotNull().WithMessage("Enter how many proposals this reviewer can take.")
            .InclusiveBetween(1, 200).WithMessage("Enter a number of proposals from 1 to 200.");
        RuleFor(f => f.Employer).MaximumLength(ReviewerProfile.EmployerMaxLength);
        RuleFor(f => f.HomeStateCode).Must(code => code == "" || UsStates.ByCode(code) is not null).WithMessage("Choose a state from the list.");
        RuleForEach(f => f.Expertise).Must(a => ExpertiseAreas.All.Contains(a)).WithMessage("Choose expertise from the list.");
    }
}
