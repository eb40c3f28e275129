using FluentValidation;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Raaqj.Web.Data;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Auditing;
using Raaqj.Web.Infrastructure.Identity;
using Raaqj.Web.Infrastructure.Mail;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Account;

public sealed class ChangePasswordForm
{
    public string CurrentPassword { get; set; } = "";
    public string Password { get; set; } = "";
    public string ConfirmPassword { get; set; } = "";
}

public sealed class ChangePasswordFormValidator : AbstractValidator<ChangePasswordForm>
{
    public ChangePasswordFormValidator()
    {
        RuleFor(f => f.CurrentPassword).NotEmpty().WithMessage("Enter your current password.");
        RuleFor(f => f.Password).SetValidator(new NewPasswordValidator());
        RuleFor(f => f.ConfirmPassword).Equal(f => f.Password).WithMessage("The two passwords do not match.");
    }
}

// Changes the signed-in person's password. The new security stamp ends every other session at once; this
// browser is signed in again, and the person is told by email in case it was not them.
public sealed class ChangePasswordHandler(AppDbContext db, UserManager<AppUser> users, SignInManager<AppUser> signIn, CurrentUser currentUser,
    AuditLog audit, Outbox outbox, PortalLinks links, ProgramClock clock, IHttpContextAccessor http)
{
    // A wrong current password is said next to that field; every other problem is about the new one.
    public async Task<Outcome> Handle(ChangePasswordForm form) =>
        await Change(form) is var result && result.Errors.Any(e => e.Code == "PasswordMismatch")
            ? result.AsOutcome(nameof(form.CurrentPassword)) : result.AsOutcome(nameof(form.Password));

    private async Task<IdentityResult> Change(ChangePasswordForm form)
    {
        var user = await users.FindByIdAsync(currentUser.Id!) ?? throw new InvalidOperationException("The signed-in user no longer exists.");
        var current = await http.HttpContext!.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var result = await users.ChangePasswordAsync(user, form.CurrentPassword, form.Password);
        if (!result.Succeeded)
            return result;
        audit.Record(AuditActions.UserPasswordChanged, "User", user.Id, $"{user.Email} changed their password");
        outbox.Enqueue(new OutgoingMail(user.Email!, "Your RAAQJ portal password was changed",
            $"Hello {user.DisplayName},\n\nThe password of your account was changed on {clock.InWords(clock.UtcNow)}. Every other browser signed in to your account has been signed out.\n\nIf this was not you, reset your password at once: {links.Action("ForgotPassword", "Account")}"));
        await db.SaveChangesAsync();
        // The new stamp ended this session too: start a fresh one, kept as long as the old one would have been.
        await signIn.SignInAsync(user, current.Properties?.IsPersistent ?? false);
        return result;
    }
}
