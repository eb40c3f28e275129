using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Infrastructure.Mail;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Account;

public sealed class ForgotPasswordForm
{
    public string Email { get; set; } = "";
}

public sealed class ForgotPasswordFormValidator : AbstractValidator<ForgotPasswordForm>
{
    public ForgotPasswordFormValidator() =>
        RuleFor(f => f.Email).NotEmpty().WithMessage("Enter the email address of your account.")
            .MustBeEmailAddress();
}

public sealed class ForgotPasswordHandler(AppDbContext db, UserManager<AppUser> users, Outbox outbox, PortalLinks links)
{
    // Sends a reset link when the account exists and is active; the page answers the same either way.
    public async Task Handle(ForgotPasswordForm form)
    {
        var user = await users.FindByEmailAsync(form.Email.Trim());
        if (user is null || user.IsDisabled)
            return;
        var code = await users.GeneratePasswordResetTokenAsync(user);
        var link = links.Action("ResetPassword", "Account", new { email = user.Email, code });
        outbox.Enqueue(new OutgoingMail(user.Email!, "Reset your RAAQJ portal password",
            $"Hello {user.DisplayName},\n\nChoose a new password here:\n\n{link}\n\nThe link works for 24 hours. If you did not ask for this, you can ignore this message; your password stays the same."));
        await db.SaveChangesAsync();
    }
}
