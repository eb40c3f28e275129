using FluentValidation;
using Raaqj.Web.Domain.Outreach;

namespace Raaqj.Web.Features.Outreach;

public sealed class TargetRegionForm
{
    public const string Search = "search";

    public string Name { get; set; } = "";
    public string Why { get; set; } = "";
    public string? ContactName { get; set; }
    public string? ContactOrganization { get; set; }
    public string? ContactEmail { get; set; }
    public OutreachStage Stage { get; set; } = OutreachStage.Identified;
    public string? Notes { get; set; }
    public List<string> Counties { get; set; } = [];
    public string CountySearch { get; set; } = "";

    // "search": find counties and show the form again, saving nothing.
    public string? Intent { get; set; }
    public Guid? Version { get; set; }
}

public sealed class TargetRegionFormValidator : AbstractValidator<TargetRegionForm>
{
    public TargetRegionFormValidator()
    {
        RuleFor(f => f.Name).NotEmpty().WithMessage("Name the region, for example the metro area.").MaximumLength(TargetRegion.NameMaxLength);
        RuleFor(f => f.Why).NotEmpty().WithMessage("Say why the program targets this region.").MaximumLength(TargetRegion.WhyMaxLength);
        RuleFor(f => f.ContactName).MaximumLength(TargetRegion.ContactMaxLength);
        RuleFor(f => f.ContactOrganization).MaximumLength(TargetRegion.ContactMaxLength);
        RuleFor(f => f.ContactEmail).MaximumLength(TargetRegion.EmailMaxLength).EmailAddress().When(f => !string.IsNullOrWhiteSpace(f.ContactEmail))
            .WithMessage("Enter an email address such as name@example.org.");
        RuleFor(f => f.Stage).Must(s => OutreachFunnel.RecordedStages.Contains(s)).WithMessage("Choose identified, contacted or interested: applied and selected follow the proposals.");
        RuleFor(f => f.Notes).MaximumLength(TargetRegion.NotesMaxLength);
        RuleFor(f => f.Counties).NotEmpty().WithMessage("Choose at least one county: a proposal from them links to the region.");
    }
}
