using FluentValidation;
using Raaqj.Web.Domain.Organizations;
using Raaqj.Web.Infrastructure.Mail;

namespace Raaqj.Web.Features.Organizations;

public sealed class InviteFormValidator : AbstractValidator<InviteForm>
{
    public InviteFormValidator()
    {
        RuleFor(f => f.Email).NotEmpty().WithMessage("Enter your co-author's email address.")
            .MustBeEmailAddress();
        RuleFor(f => f.Role).Must(r => TeamRules.InvitableRoles.Contains(r)).WithMessage("Choose Editor or Viewer.");
    }
}
