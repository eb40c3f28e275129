using System.Security.Cryptography;
using System.Text;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Organizations;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Auditing;
using Raaqj.Web.Infrastructure.Mail;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Organizations;

public sealed class TeamInviteForm
{
    public string Email { get; set; } = "";
    public MemberRole Role { get; set; } = MemberRole.Editor;
}

public sealed class TeamInviteFormValidator : AbstractValidator<TeamInviteForm>
{
    public TeamInviteFormValidator()
    {
        RuleFor(f => f.Email).NotEmpty().WithMessage("Enter your co-author's email address.")
            .MustBeEmailAddress();
        RuleFor(f => f.Role).Must(r => TeamRules.InvitableRoles.Contains(r)).WithMessage("Choose Editor or Viewer.");
    }
}

// The owner invites a co-author by email (checked by TeamRules, audited); the link carries a token stored only as its hash.
public sealed class InviteMemberHandler(AppDbContext db, ProgramClock clock, AuditLog audit, Outbox outbox, PortalLinks links)
{
    public async Task<Outcome> Handle(OrganizationMember me, TeamInviteForm form)
    {
        var email = form.Email.Trim();
        var now = clock.UtcNow;
        var memberEmails = await db.OrganizationMembers.Where(m => m.OrganizationId == me.OrganizationId)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => u.Email!).ToListAsync();
        var pendingEmails = await db.OrganizationInvitations
            .Where(i => i.OrganizationId == me.OrganizationId && i.AcceptedAtUtc == null && i.RevokedAtUtc == null && i.ExpiresAtUtc > now)
            .Select(i => i.Email).ToListAsync();
        var problems = TeamRules.CanInvite(me, form.Role, email, memberEmails, pendingEmails);
        if (problems.Count > 0)
            return Outcome.From(problems);

        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var invitation = new OrganizationInvitation
        {
            OrganizationId = me.OrganizationId, Email = email, Role = form.Role, TokenHash = Hash(token),
            InvitedByUserId = me.UserId, CreatedAtUtc = now, ExpiresAtUtc = now + OrganizationInvitation.Lifetime,
        };
        db.OrganizationInvitations.Add(invitation);
        var organization = await db.Organizations.Where(o => o.Id == me.OrganizationId).Select(o => o.LegalName).SingleAsync();
        audit.Record(AuditActions.MemberInvited, nameof(Organization), me.OrganizationId.ToString(),
            $"Invited {email} to {organization} as {form.Role}", after: new { Email = email, Role = form.Role.ToString() });
        // An invitation that ran out still holds the address's place in the unique index: it is over, so say so.
        await db.OrganizationInvitations.Where(i => i.OrganizationId == me.OrganizationId && i.Email == email && i.AcceptedAtUtc == null && i.RevokedAtUtc == null && i.ExpiresAtUtc <= now)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.RevokedAtUtc, now));
        outbox.Enqueue(new OutgoingMail(email, $"Join {organization} on the RAAQJ portal",
            $"Hello,\n\nYou are invited to help prepare {organization}'s proposal for the Regional Action to Advance Quality Jobs, as {form.Role}.\n\nOpen this link to accept (create an account with this email address first if you do not have one):\n\n{links.Action("Join", "Organizations", new { token })}\n\nThe invitation is valid until {clock.InWords(invitation.ExpiresAtUtc)}."));
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException ex) when (DatabaseConflict.Is(ex))
        {
            // The same invitation sent twice at once: the first is kept, with its one email.
            db.ChangeTracker.Clear();
            return Outcome.Invalid(nameof(TeamInviteForm.Email), $"{email} already has a pending invitation.");
        }
        return Outcome.Done;
    }

    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
