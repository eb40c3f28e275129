using FluentValidation;
using Raaqj.Web.Domain.Organizations;
using Raaqj.Web.Domain.Planning;
using Raaqj.Web.Infrastructure.Mail;

namespace Raaqj.Web.Features.Ecosystem;

// A stakeholder as a person types it, on the form or as a row of a CSV. The engagement and the first contact are
// asked only when it is new: afterwards each has its own form (the engagement with a note, into its history).
public sealed class StakeholderForm
{
    public string Name { get; set; } = "";
    public EcosystemSector? Sector { get; set; }
    public string Ein { get; set; } = "";
    public string Website { get; set; } = "";
    public string Role { get; set; } = "";
    public EngagementLevel? Engagement { get; set; }
    public int? Influence { get; set; }
    public int? Interest { get; set; }
    public string Notes { get; set; } = "";
    public string ContactName { get; set; } = "";
    public string ContactTitle { get; set; } = "";
    public string ContactEmail { get; set; } = "";
    public string ContactPhone { get; set; } = "";
    public Guid? Version { get; set; }

    public bool HasContact => !string.IsNullOrWhiteSpace(ContactName);

    public RegionStakeholder Create(int regionId, DateTime now, string? byUserId, string how)
    {
        var stakeholder = new RegionStakeholder { CohortRegionId = regionId, CreatedAtUtc = now, UpdatedAtUtc = now };
        ApplyTo(stakeholder);
        stakeholder.Start(Engagement ?? EngagementLevel.Informed, now, byUserId, how);
        if (HasContact)
            stakeholder.Contacts.Add(StakeholderContact.Of(ContactName, ContactTitle, ContactEmail, ContactPhone));
        return stakeholder;
    }

    public void ApplyTo(RegionStakeholder stakeholder)
    {
        stakeholder.Identify(Name, Ein, Website);
        stakeholder.Sector = Sector!.Value;
        stakeholder.Role = Role.Trim();
        stakeholder.Influence = Influence;
        stakeholder.Interest = Interest;
        stakeholder.Notes = Notes.Trim();
    }

    public static StakeholderForm Of(RegionStakeholder s) => new()
    {
        Name = s.Name, Sector = s.Sector, Ein = s.Ein ?? "", Website = s.Website, Role = s.Role, Engagement = s.Engagement, Influence = s.Influence, Interest = s.Interest,
        Notes = s.Notes, Version = s.Version,
    };
}

public sealed class StakeholderFormValidator : AbstractValidator<StakeholderForm>
{
    public StakeholderFormValidator()
    {
        RuleFor(f => f.Name).NotEmpty().WithMessage("Enter the organization's name.").MaximumLength(RegionStakeholder.NameMaxLength);
        RuleFor(f => f.Sector).NotNull().WithMessage("Choose a sector.").IsInEnum().WithMessage("Choose a sector.");
        RuleFor(f => f.Ein).Must(e => string.IsNullOrWhiteSpace(e) || Ein.IsValid(Ein.Normalize(e)))
            .WithMessage("Enter the EIN as nine digits, like 12-3456789, or leave it empty.");
        RuleFor(f => f.Website).MaximumLength(RegionStakeholder.WebsiteMaxLength)
            .Must(w => string.IsNullOrWhiteSpace(w) || Uri.TryCreate(w.Contains("://", StringComparison.Ordinal) ? w.Trim() : "https://" + w.Trim(), UriKind.Absolute, out var uri)
                && uri.Scheme is "http" or "https" && uri.Host.Contains('.'))
            .WithMessage("Enter a website like example.org, or leave it empty.");
        RuleFor(f => f.Role).MaximumLength(RegionStakeholder.RoleMaxLength);
        RuleFor(f => f.Engagement).IsInEnum().WithMessage("Choose an engagement level.");
        RuleFor(f => f.Influence).Must(EcosystemTerms.IsRating).WithMessage("Rate influence from 1 (low) to 4 (high), or leave it unrated.");
        RuleFor(f => f.Interest).Must(EcosystemTerms.IsRating).WithMessage("Rate interest from 1 (low) to 4 (high), or leave it unrated.");
        RuleFor(f => f.Notes).MaximumLength(RegionStakeholder.NotesMaxLength);
        RuleFor(f => f.ContactName).MaximumLength(StakeholderContact.NameMaxLength)
            .NotEmpty().When(f => !string.IsNullOrWhiteSpace(f.ContactEmail) || !string.IsNullOrWhiteSpace(f.ContactTitle) || !string.IsNullOrWhiteSpace(f.ContactPhone))
            .WithMessage("Enter the contact's name.");
        RuleFor(f => f.ContactTitle).MaximumLength(StakeholderContact.TitleMaxLength);
        RuleFor(f => f.ContactEmail).Must(e => string.IsNullOrWhiteSpace(e) || EmailAddress.IsValid(e)).WithMessage(EmailAddress.Message);
        RuleFor(f => f.ContactPhone).MaximumLength(StakeholderContact.PhoneMaxLength);
    }
}

// A person at a stakeholder, added on its page.
public sealed class ContactForm
{
    public string Name { get; set; } = "";
    public string Title { get; set; } = "";
    public string Email { get; set; } = "";
    public string Phone { get; set; } = "";
}

public sealed class ContactFormValidator : AbstractValidator<ContactForm>
{
    public ContactFormValidator()
    {
        RuleFor(f => f.Name).NotEmpty().WithMessage("Enter the contact's name.").MaximumLength(StakeholderContact.NameMaxLength);
        RuleFor(f => f.Title).MaximumLength(StakeholderContact.TitleMaxLength);
        RuleFor(f => f.Email).Must(e => string.IsNullOrWhiteSpace(e) || EmailAddress.IsValid(e)).WithMessage(EmailAddress.Message);
        RuleFor(f => f.Phone).MaximumLength(StakeholderContact.PhoneMaxLength);
    }
}
