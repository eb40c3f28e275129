using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Auditing;
using Raaqj.Web.Infrastructure.Identity;
using Raaqj.Web.Infrastructure.Mail;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Admin;

public sealed class InviteForm
{
    public string Email { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string Role { get; set; } = Roles.Reviewer;
}

public sealed class InviteFormValidator : AbstractValidator<InviteForm>
{
    public InviteFormValidator(UserManager<AppUser> users)
    {
        RuleFor(f => f.Email).NotEmpty().WithMessage("Enter the email address to invite.")
            .MustBeEmailAddress()
            .MustAsync(async (email, _) => await users.FindByEmailAsync(email.Trim()) is null)
            .WithMessage("An account with this email already exists. Change its roles on its page instead.");
        RuleFor(f => f.DisplayName).NotEmpty().WithMessage("Enter the person's full name.").MaximumLength(AppUser.DisplayNameMaxLength);
        RuleFor(f => f.Role).Must(r => Roles.Invitable.Contains(r)).WithMessage("Choose Admin, Staff or Reviewer.");
    }
}

public sealed class InviteHandler(AppDbContext db, UserManager<AppUser> users, Outbox outbox, PortalLinks links, AuditLog audit, CurrentUser currentUser, TimeProvider time)
{
    public async Task<AppUser> Handle(InviteForm form)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var email = form.Email.Trim();
        var user = new AppUser
        {
            UserName = email, Email = email, DisplayName = form.DisplayName.Trim(),
            CreatedAtUtc = now, InvitedAtUtc = now, InvitedByUserId = currentUser.Id,
        };
        return await db.InTransactionAsync(async () =>
        {
            var created = await users.CreateAsync(user);
            if (!created.Succeeded)
                throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
            await users.AddToRoleAsync(user, form.Role);
            audit.Record(AuditActions.UserInvited, "User", user.Id, $"Invited {email} as {form.Role}", after: new { Email = email, form.Role });
            await SendInvitationAsync(user, form.Role);
            return user;
        });
    }

    // Queues the invitation link and saves it.
    public async Task SendInvitationAsync(AppUser user, string role)
    {
        var code = await users.GenerateUserTokenAsync(user, IdentitySetup.InvitationTokenProvider, IdentitySetup.InvitationTokenProvider);
        var link = links.Action("AcceptInvitation", "Account", new { userId = user.Id, code });
        outbox.Enqueue(new OutgoingMail(user.Email!, "You are invited to the RAAQJ portal",
            $"Hello {user.DisplayName},\n\nYou have been invited to the Regional Action to Advance Quality Jobs portal as {role}.\n{Roles.Describe(role)}.\n\nSet your password to get started:\n\n{link}\n\nThe link works for 7 days."));
        await db.SaveChangesAsync();
    }
}
