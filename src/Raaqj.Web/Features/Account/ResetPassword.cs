using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Infrastructure.Auditing;
using Raaqj.Web.Infrastructure.Identity;

namespace Raaqj.Web.Features.Account;

public sealed class ResetPasswordForm
{
    public string Email { get; set; } = "";
    public string Code { get; set; } = "";
    public string Password { get; set; } = "";
    public string ConfirmPassword { get; set; } = "";
}

public sealed class ResetPasswordFormValidator : AbstractValidator<ResetPasswordForm>
{
    public ResetPasswordFormValidator()
    {
        RuleFor(f => f.Email).NotEmpty().WithMessage("Enter the email address of your account.");
        RuleFor(f => f.Code).NotEmpty().WithMessage("This link is incomplete. Ask for a new one.");
        RuleFor(f => f.Password).SetValidator(new NewPasswordValidator());
        RuleFor(f => f.ConfirmPassword).Equal(f => f.Password).WithMessage("The two passwords do not match.");
    }
}

public sealed class ResetPasswordHandler(UserManager<AppUser> users, AuditLog audit)
{
    public async Task<Outcome> Handle(ResetPasswordForm form) => (await Reset(form)).AsOutcome(nameof(form.Password));

    private async Task<IdentityResult> Reset(ResetPasswordForm form)
    {
        var user = await users.FindByEmailAsync(form.Email.Trim());
        if (user is null || user.IsDisabled)
            return IdentityResult.Failed(new IdentityError { Description = "This reset link is not valid. Ask for a new one." });
        var result = await users.ResetPasswordAsync(user, form.Code, form.Password);
        if (!result.Succeeded)
            return result;
        // Following the link proved the mailbox, and the new password should work at once.
        user.EmailConfirmed = true;
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        // Saved by UpdateAsync below. The reset changed the security stamp, which ended every session.
        audit.Record(AuditActions.UserPasswordReset, "User", user.Id, $"{user.Email} reset their password through an emailed link", actor: user);
        return await users.UpdateAsync(user);
    }
}
