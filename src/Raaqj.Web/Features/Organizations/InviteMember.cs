using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Organizations;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Auditing;
using Raaqj.Web.Infrastructure.Identity;
using Raaqj.Web.Infrastructure.Mail;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Organizations;

// An invitation to a team: an organization's (co-authors) or a region's (partners).
// An invitation to a team: an organization's (co-authors) or a region's (partners).
public sealed class TeamInviteForm
{
    public string Email { get; set; } = "";
    public MemberRole Role { get; set; } = MemberRole.Editor;
}

// An invitation to a team: an organization's (co-authors) or a region's (partners).
// An invitation to a team: an organization's (co-authors) or a region's (partners).
public sealed class TeamInviteFormValidator : AbstractValidator<TeamInviteForm>
{
    public TeamInviteFormValidator()
    {
        RuleFor(f => f.Email).NotEmpty().WithMessage("Enter the email address of the person to invite.")
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

        var token = SecretTokens.New();
        var invitation = new OrganizationInvitation
        {
            OrganizationId = me.OrganizationId, Email = email, Role = form.Role, TokenHash = SecretTokens.Hash(token),
            InvitedByUserId = me.UserId, CreatedAtUtc = now, ExpiresAtUtc = now + Invitation.Lifetime,
        };
        db.OrganizationInvitations.Add(invitation);
        var organization = await db.Organizations.Where(o => o.Id == me.OrganizationId).Select(o => o.LegalName).SingleAsync();
        audit.Record(AuditActions.MemberInvited, nameof(Organization), me.OrganizationId.ToString(),
            $"Invited {email} to {organization} as {form.Role}", after: new { Email = email, Role = form.Role.ToString() });
        // An invitation that ran out still holds the address's place in the unique index: it is over, so say so.
        await db.OrganizationInvitations.Where(i => i.OrganizationId == me.OrganizationId && i.Email == email && i.AcceptedAtUtc == null && i.RevokedAtUtc == null && i.ExpiresAtUtc <= now)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.RevokedAtUtc, now));
        return await TeamInvitations.SendAsync(db, outbox, clock, invitation, $"Join {organization} on the RAAQJ portal",
            $"to help prepare {organization}'s proposal for the Regional Action to Advance Quality Jobs", links.Action("Join", "Organizations", new { token }));
    }
}

// Sending any team's invitation (an organization's, a region's): its email leaves through the outbox in the same save
// as the invitation, and the same invitation sent twice at once is kept once, with its one email.
public static class TeamInvitations
{
    public static async Task<Outcome> SendAsync(AppDbContext db, Outbox outbox, ProgramClock clock, Invitation invitation, string subject, string invitedTo, string acceptLink)
    {
        outbox.Enqueue(new OutgoingMail(invitation.Email, subject,
            $"Hello,\n\nYou are invited {invitedTo}, as {invitation.Role}.\n\nOpen this link to accept (create an account with this email address first if you do not have one):\n\n{acceptLink}\n\nThe invitation is valid until {clock.InWords(invitation.ExpiresAtUtc)}."));
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException ex) when (DatabaseConflict.Is(ex))
        {
            db.ChangeTracker.Clear();
            return Outcome.Invalid(nameof(TeamInviteForm.Email), $"{invitation.Email} already has a pending invitation.");
        }
        return Outcome.Done;
    }
}
