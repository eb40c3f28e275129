using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Auditing;
using Raaqj.Web.Infrastructure.Mail;
using Raaqj.Web.Infrastructure.Web;

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

// Signs in. Every answer other than success is given only to someone who knows the password, and every path
// hashes the password once, so neither the message nor the time taken tells whether an account exists, is
// disabled, locked or unconfirmed.
public sealed class LoginHandler(AppDbContext db, UserManager<AppUser> users, SignInManager<AppUser> signIn, AuditLog audit, TimeProvider time,
    Outbox outbox, PortalLinks links, ProgramClock clock)
{
    public async Task<LoginOutcome> Handle(LoginForm form)
    {
        var user = await users.FindByEmailAsync(form.Email.Trim());
        if (user is null)
        {
            PasswordTiming.VerifyAgainstDummy(users.PasswordHasher, form.Password);
            return LoginOutcome.Failed;
        }
        var locked = await users.IsLockedOutAsync(user);
        if (user.IsDisabled || locked || !user.EmailConfirmed)
        {
            if (!PasswordTiming.Matches(users.PasswordHasher, user, form.Password))
                return LoginOutcome.Failed;
            return user.IsDisabled ? LoginOutcome.Disabled : locked ? LoginOutcome.LockedOut : LoginOutcome.EmailNotConfirmed;
        }

        var result = await signIn.PasswordSignInAsync(user, form.Password, form.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            user.LastSignInAtUtc = time.GetUtcNow().UtcDateTime;
            await users.UpdateAsync(user);
            return LoginOutcome.SignedIn;
        }
        if (result.IsLockedOut)
        {
            // This attempt began the lock: the owner hears of it by email; the page says what it says to anyone.
            audit.Record(AuditActions.UserLockedOut, "User", user.Id, $"{user.Email} was locked out after repeated failed sign-ins", actor: user);
            outbox.Enqueue(new OutgoingMail(user.Email!, "Your RAAQJ portal account is locked for 15 minutes",
                $"Hello {user.DisplayName},\n\nSomeone entered a wrong password for your account several times, most recently on {clock.InWords(clock.UtcNow)}, so sign-in is locked for 15 minutes.\n\nIf it was you, wait a moment or choose a new password: {links.Action("ForgotPassword", "Account")}\nIf it was not you, choosing a new password is a good idea."));
            await db.SaveChangesAsync();
        }
        return LoginOutcome.Failed;
    }
}

// Password checks that always cost one hash, whether or not there is a hash to check against.
public static class PasswordTiming
{
    private static readonly AppUser Nobody = new();

    // A hash of a random string in Identity's current format (PBKDF2, SHA-512, 100,000 iterations): the same work as a real check.
    private const string DummyHash = "AQAAAAIAAYagAAAAEI379Xd0oveOMD4q3m6zaMvk0UcKPAhirnybYMH1kFab8e9eOGkgsYMG+xXJqflCuA==";

    public static bool Matches(IPasswordHasher<AppUser> hasher, AppUser user, string password)
    {
        if (user.PasswordHash is null)
        {
            VerifyAgainstDummy(hasher, password);
            return false;
        }
        return hasher.VerifyHashedPassword(user, user.PasswordHash, password) != PasswordVerificationResult.Failed;
    }

    public static void VerifyAgainstDummy(IPasswordHasher<AppUser> hasher, string password)
    {
        hasher.VerifyHashedPassword(Nobody, DummyHash, password);
    }
}
