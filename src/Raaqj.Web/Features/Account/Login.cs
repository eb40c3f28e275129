using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Infrastructure.Auditing;

namespace Raaqj.Web.Features.Account;

public sealed class LoginForm
{
    public string Email { get; set; } = "";
    public string Password { get; set; } = "";
    public bool RememberMe { get; set; }
    public string? ReturnUrl { get; set; }
}

public sealed class LoginFormValidator : AbstractValidator<LoginForm>
{
    public LoginFormValidator()
    {
        RuleFor(f => f.Email).NotEmpty().WithMessage("Enter your email address.");
        RuleFor(f => f.Password).NotEmpty().WithMessage("Enter your password.");
    }
}

public enum LoginOutcome { SignedIn, Failed, LockedOut, Disabled, EmailNotConfirmed }

public sealed class LoginHandler(AppDbContext db, UserManager<AppUser> users, SignInManager<AppUser> signIn, AuditLog audit, TimeProvider time)
{
    public async Task<LoginOutcome> Handle(LoginForm form)
    {
        var user = await users.FindByEmailAsync(form.Email.Trim());
        if (user is null)
            return LoginOutcome.Failed;
        if (user.IsDisabled)
            return LoginOutcome.Disabled;
        // Already locked: say so without another audit entry; the entry marks the moment the lock began.
        if (await users.IsLockedOutAsync(user))
            return LoginOutcome.LockedOut;

        var result = await signIn.PasswordSignInAsync(user, form.Password, form.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            user.LastSignInAtUtc = time.GetUtcNow().UtcDateTime;
            await users.UpdateAsync(user);
            return LoginOutcome.SignedIn;
        }
        if (result.IsLockedOut)
        {
            audit.Record(AuditActions.UserLockedOut, "User", user.Id, $"{user.Email} was locked out after repeated failed sign-ins", actor: user);
            await db.SaveChangesAsync();
            return LoginOutcome.LockedOut;
        }
        return result.IsNotAllowed ? LoginOutcome.EmailNotConfirmed : LoginOutcome.Failed;
    }
}
