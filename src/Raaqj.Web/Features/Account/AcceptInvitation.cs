using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Raaqj.Web.Data;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Infrastructure.Auditing;
using Raaqj.Web.Infrastructure.Identity;

namespace Raaqj.Web.Features.Account;

public sealed class AcceptInvitationForm
{
    public string UserId { get; set; } = "";
    public string Code { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string Password { get; set; } = "";
    public string ConfirmPassword { get; set; } = "";
}

public sealed class AcceptInvitationFormValidator : AbstractValidator<AcceptInvitationForm>
{
    public AcceptInvitationFormValidator()
    {
        RuleFor(f => f.DisplayName).NotEmpty().WithMessage("Enter your full name.").MaximumLength(AppUser.DisplayNameMaxLength);
        RuleFor(f => f.Password).SetValidator(new NewPasswordValidator());
        RuleFor(f => f.ConfirmPassword).Equal(f => f.Password).WithMessage("The two passwords do not match.");
    }
}

public sealed class AcceptInvitationHandler(AppDbContext db, UserManager<AppUser> users, SignInManager<AppUser> signIn, AuditLog audit)
{
    // The invited user, or null when the link is not (or no longer) valid.
    public async Task<AppUser?> FindInvitee(string userId, string code)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null || !user.InvitationPending || user.IsDisabled)
            return null;
        return await users.VerifyUserTokenAsync(user, IdentitySetup.InvitationTokenProvider, IdentitySetup.InvitationTokenProvider, code) ? user : null;
    }

    public async Task<Outcome> Handle(AppUser user, AcceptInvitationForm form) => (await SetPassword(user, form)).AsOutcome(nameof(form.Password));

    private async Task<IdentityResult> SetPassword(AppUser user, AcceptInvitationForm form)
    {
        user.DisplayName = form.DisplayName.Trim();
        user.EmailConfirmed = true;
        var result = await users.AddPasswordAsync(user, form.Password);
        if (!result.Succeeded)
            return result;
        audit.Record(AuditActions.UserInvitationAccepted, "User", user.Id, $"{user.Email} accepted the invitation and set a password", actor: user);
        await db.SaveChangesAsync();
        await signIn.SignInAsync(user, isPersistent: false);
        return result;
    }
}
