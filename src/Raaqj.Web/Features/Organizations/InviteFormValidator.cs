using FluentValidation;
using Raaqj.Web.Domain.Organizations;

namespace Raaqj.Web.Features.Organizations;

public sealed class InviteFormValidator : AbstractValidator<InviteForm>
{
    public InviteFormValidator()
    {
        RuleFor(f => f.Email).NotEmpty().WithMessage("Enter your co-author's email address.")
            .EmailAddress().WithMessage("Enter an email address like name@organization.org.").MaximumLength(256);
        RuleFor(f => f.Role).Must(r => TeamRules.InvitableRoles.Contains(r)).WithMessage("Choose Editor or Viewer.");
    }
}
