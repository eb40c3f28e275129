using System.Text.RegularExpressions;
using FluentValidation;
using Raaqj.Web.Domain.Geography;
using Raaqj.Web.Domain.Organizations;

namespace Raaqj.Web.Features.Organizations;

public sealed class OrganizationForm
{
    public Guid Version { get; set; }
    public string LegalName { get; set; } = "";
    public OrganizationType? Type { get; set; }
    public string Ein { get; set; } = "";
    public string AddressLine1 { get; set; } = "";
    public string AddressLine2 { get; set; } = "";
    public string City { get; set; } = "";
    public string StateCode { get; set; } = "";
    public string PostalCode { get; set; } = "";
    public string Website { get; set; } = "";
    public int? YearsServingRegion { get; set; }
    public string ConveningTrackRecord { get; set; } = "";

    public static OrganizationForm From(Organization o) => new()
    {
        Version = o.Version, LegalName = o.LegalName, Type = o.Type, Ein = o.Ein, AddressLine1 = o.AddressLine1,
        AddressLine2 = o.AddressLine2, City = o.City, StateCode = o.StateCode, PostalCode = o.PostalCode,
        Website = o.Website, YearsServingRegion = o.YearsServingRegion, ConveningTrackRecord = o.ConveningTrackRecord,
    };

    public void ApplyTo(Organization o)
    {
        o.LegalName = LegalName.Trim();
        o.Type = Type!.Value;
        o.Ein = Domain.Organizations.Ein.Normalize(Ein);
        o.AddressLine1 = AddressLine1.Trim();
        o.AddressLine2 = AddressLine2.Trim();
        o.City = City.Trim();
        o.StateCode = StateCode;
        o.PostalCode = PostalCode.Trim();
        o.Website = Website.Trim();
        o.YearsServingRegion = YearsServingRegion!.Value;
        o.ConveningTrackRecord = ConveningTrackRecord.Trim();
    }
}

public sealed partial class OrganizationFormValidator : AbstractValidator<OrganizationForm>
{
    public OrganizationFormValidator()
    {
        RuleFor(f => f.LegalName).NotEmpty().WithMessage("Enter the organization's legal name.")
            .MaximumLength(Organization.LegalNameMaxLength);
        RuleFor(f => f.Type).NotNull().WithMessage("Choose the kind of organization.").IsInEnum().WithMessage("Choose the kind of organization.");
        RuleFor(f => f.Ein).Must(e => Ein.IsValid(Ein.Normalize(e)))
            .WithMessage("Enter the EIN as NN-NNNNNNN, for example 12-3456789.");
        RuleFor(f => f.AddressLine1).NotEmpty().WithMessage("Enter the street address.").MaximumLength(Organization.AddressLineMaxLength);
        RuleFor(f => f.AddressLine2).MaximumLength(Organization.AddressLineMaxLength);
        RuleFor(f => f.City).NotEmpty().WithMessage("Enter the city.").MaximumLength(Organization.CityMaxLength);
        RuleFor(f => f.StateCode).Must(code => UsStates.ByCode(code) is not null).WithMessage("Choose the state.");
        RuleFor(f => f.PostalCode).Matches(ZipPattern()).WithMessage("Enter a ZIP code like 44114 or 44114-1234.");
        RuleFor(f => f.Website).Must(BeAWebAddress).When(f => !string.IsNullOrWhiteSpace(f.Website))
            .WithMessage("Enter the full address, starting with https://.").MaximumLength(Organization.WebsiteMaxLength);
        RuleFor(f => f.YearsServingRegion).NotNull().WithMessage("Enter how many years the organization has served the region.")
            .InclusiveBetween(0, 300).WithMessage("Enter a number of years between 0 and 300.");
        RuleFor(f => f.ConveningTrackRecord).NotEmpty().WithMessage("Describe the partners you have convened and what came of it.")
            .MaximumLength(Organization.TrackRecordMaxLength).WithMessage($"Keep this under {Organization.TrackRecordMaxLength} characters.");
    }

    private static bool BeAWebAddress(string website) =>
        Uri.TryCreate(website.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Contains('.');

    [GeneratedRegex(@"^\s*\d{5}(-\d{4})?\s*$")]
    private static partial Regex ZipPattern();
}
