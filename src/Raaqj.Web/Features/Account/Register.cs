using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Raaqj.Web.Data;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Infrastructure.Auditing;
using Raaqj.Web.Infrastructure.Identity;
using Raaqj.Web.Infrastructure.Mail;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Account;

public sealed class RegisterForm
{
    public string DisplayName { get; set; } = "";
    public string Email { get; set; } = "";
    public string Password { get; set; } = "";
    public string ConfirmPassword { get; set; } = "";
}

public sealed class RegisterFormValidator : AbstractValidator<RegisterForm>
{
    public RegisterFormValidator()
    {
        RuleFor(f => f.DisplayName).NotEmpty().WithMessage("Enter your full name.")
            .MaximumLength(AppUser.DisplayNameMaxLength);
        RuleFor(f => f.Email).NotEmpty().WithMessage("Enter your work email address.")
            .MustBeEmailAddress();
        RuleFor(f => f.Password).SetValidator(new NewPasswordValidator());
        RuleFor(f => f.ConfirmPassword).Equal(f => f.Password).WithMessage("The two passwords do not match.");
    }
}

// Length is checked here for a quick message; Identity's validators (common passwords) run on save.
public sealed class NewPasswordValidator : AbstractValidator<string>
{
    public NewPasswordValidator() =>
        RuleFor(p => p).NotEmpty().WithMessage("Choose a password.")
            .MinimumLength(12).WithMessage("Use at least 12 characters; a phrase of several words is easy to remember.")
            .MaximumLength(128).WithMessage("Use at most 128 characters.");
}

public sealed class RegisterHandler(AppDbContext db, UserManager<AppUser> users, Outbox outbox, PortalLinks links, AuditLog audit, TimeProvider time)
{
    // Creates an anchor account waiting for email confirmation. An address that already has an account gets a
    // note instead, and the page says the same either way, so registration does not reveal who has an account.
    // Both paths hash the password, so neither answers faster than the other.
    public async Task<Outcome> Handle(RegisterForm form) => (await Register(form)).AsOutcome(nameof(form.Password));

    private async Task<IdentityResult> Register(RegisterForm form)
    {
        var email = form.Email.Trim();
        var user = new AppUser { UserName = email, Email = email, DisplayName = form.DisplayName.Trim(), CreatedAtUtc = time.GetUtcNow().UtcDateTime };
        if (await users.FindByEmailAsync(email) is not null)
        {
            // The same checks and the same hashing as a new account, so the answer cannot tell the two apart.
            foreach (var validator in users.PasswordValidators)
                if (await validator.ValidateAsync(users, user, form.Password) is { Succeeded: false } weak)
                    return weak;
            users.PasswordHasher.HashPassword(user, form.Password);
            outbox.Enqueue(new OutgoingMail(email, "You already have a RAAQJ portal account",
                $"Someone tried to register with this address. If it was you, log in at {links.Action("Login", "Account")} or reset your password at {links.Action("ForgotPassword", "Account")}.\n\nIf it was not you, you can ignore this message."));
            await db.SaveChangesAsync();
            return IdentityResult.Success;
        }

        return await db.InTransactionAsync(async () =>
        {
            var created = await users.CreateAsync(user, form.Password);
            if (!created.Succeeded)
                return created;
            await users.AddToRoleAsync(user, Roles.Anchor);
            audit.Record(AuditActions.UserRegistered, "User", user.Id, $"{email} registered as an anchor organization user", after: new { user.Email, Role = Roles.Anchor }, actor: user);
            await QueueConfirmationAsync(users, outbox, links, user);
            await db.SaveChangesAsync();
            return IdentityResult.Success;
        });
    }

    // Queues the confirmation link; the caller saves it with its change.
    public static async Task QueueConfirmationAsync(UserManager<AppUser> users, Outbox outbox, PortalLinks links, AppUser user)
    {
        var code = await users.GenerateEmailConfirmationTokenAsync(user);
        var link = links.Action("ConfirmEmail", "Account", new { userId = user.Id, code });
        outbox.Enqueue(new OutgoingMail(user.Email!, "Confirm your email for the RAAQJ portal",
            $"Hello {user.DisplayName},\n\nPlease confirm your email address to finish creating your account:\n\n{link}\n\nThe link works for 24 hours. If you did not register, you can ignore this message."));
    }
}

public sealed class ResendConfirmationHandler(AppDbContext db, UserManager<AppUser> users, Outbox outbox, PortalLinks links)
{
    // Sends a new link to an account still waiting for confirmation; the page answers the same either way.
    public async Task Handle(string? email)
    {
        var user = string.IsNullOrWhiteSpace(email) ? null : await users.FindByEmailAsync(email.Trim());
        if (user is not { EmailConfirmed: false, IsDisabled: false })
            return;
        await RegisterHandler.QueueConfirmationAsync(users, outbox, links, user);
        await db.SaveChangesAsync();
    }
}
