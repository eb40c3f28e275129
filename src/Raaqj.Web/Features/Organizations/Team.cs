using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Organizations;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Auditing;
using Raaqj.Web.Infrastructure.Mail;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Organizations;

public sealed record TeamModel(string OrganizationName, OrganizationMember Me, IReadOnlyList<TeamModel.Member> Members, IReadOnlyList<TeamModel.Invitation> Pending, InviteForm Invite)
{
    public sealed record Member(int Id, string Name, string Email, MemberRole Role, DateTime JoinedAtUtc);

    public sealed record Invitation(int Id, string Email, MemberRole Role, DateTime CreatedAtUtc, DateTime ExpiresAtUtc);
}

public sealed class InviteForm
{
    public string Email { get; set; } = "";
    public MemberRole Role { get; set; } = MemberRole.Editor;
}

public sealed class TeamHandler(AppDbContext db, ProgramClock clock)
{
    public async Task<TeamModel> Handle(OrganizationMember me, InviteForm? invite = null)
    {
        var now = clock.UtcNow;
        var name = await db.Organizations.Where(o => o.Id == me.OrganizationId).Select(o => o.LegalName).SingleAsync();
        var members = await db.OrganizationMembers.AsNoTracking().Where(m => m.OrganizationId == me.OrganizationId)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new TeamModel.Member(m.Id, u.DisplayName, u.Email!, m.Role, m.JoinedAtUtc))
            .ToListAsync();
        var pending = await db.OrganizationInvitations.AsNoTracking()
            .Where(i => i.OrganizationId == me.OrganizationId && i.AcceptedAtUtc == null && i.RevokedAtUtc == null && i.ExpiresAtUtc > now)
            .OrderBy(i => i.CreatedAtUtc)
            .Select(i => new TeamModel.Invitation(i.Id, i.Email, i.Role, i.CreatedAtUtc, i.ExpiresAtUtc)).ToListAsync();
        return new TeamModel(name, me, members.OrderByDescending(m => m.Role).ThenBy(m => m.Name).ToList(), pending, invite ?? new InviteForm());
    }
}

/// <summary>Inviting, revoking, removing and handing over ownership; each checked by <see cref="TeamRules"/> and audited.</summary>
public sealed class ManageTeamHandler(AppDbContext db, ProgramClock clock, AuditLog audit, Outbox outbox, PortalLinks links)
{
    public async Task<Outcome> Invite(OrganizationMember me, InviteForm form)
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
            return Outcome.Invalid(nameof(InviteForm.Email), $"{email} already has a pending invitation.");
        }
        return Outcome.Done;
    }

    public async Task<bool> Revoke(OrganizationMember me, int invitationId)
    {
        var invitation = await db.OrganizationInvitations.FirstOrDefaultAsync(i => i.Id == invitationId && i.OrganizationId == me.OrganizationId);
        if (invitation is null || !me.CanManageTeam || !invitation.IsPendingAt(clock.UtcNow))
            return false;
        invitation.RevokedAtUtc = clock.UtcNow;
        audit.Record(AuditActions.InvitationRevoked, nameof(Organization), me.OrganizationId.ToString(), $"Revoked the invitation of {invitation.Email}");
        await db.SaveChangesAsync();
        return true;
    }

    /// <summary>Not found when the member is not on this team.</summary>
    public async Task<Outcome> Remove(OrganizationMember me, int memberId)
    {
        var (actor, member, email) = await Load(me, memberId);
        if (member is null)
            return Outcome.NotFound;
        var problems = TeamRules.CanRemove(actor, member);
        if (problems.Count > 0)
            return Outcome.From(problems);
        db.OrganizationMembers.Remove(member);
        audit.Record(AuditActions.MemberRemoved, nameof(Organization), me.OrganizationId.ToString(), $"Removed {email} from the team",
            before: new { Email = email, Role = member.Role.ToString() });
        await db.SaveChangesAsync();
        return Outcome.Done;
    }

    public async Task<Outcome> TransferOwnership(OrganizationMember me, int memberId)
    {
        var (actor, member, email) = await Load(me, memberId);
        if (member is null)
            return Outcome.NotFound;
        var previousRole = member.Role;
        var problems = TeamRules.TransferOwnership(actor, member);
        if (problems.Count > 0)
            return Outcome.From(problems);
        audit.Record(AuditActions.OwnershipTransferred, nameof(Organization), me.OrganizationId.ToString(), $"Handed ownership to {email}",
            before: new { Owner = me.UserId, NewOwnerRole = previousRole.ToString() }, after: new { Owner = member.UserId, PreviousOwnerRole = actor.Role.ToString() });
        await db.SaveChangesAsync();
        return Outcome.Done;
    }

    private async Task<(OrganizationMember Actor, OrganizationMember? Member, string Email)> Load(OrganizationMember me, int memberId)
    {
        var actor = await db.OrganizationMembers.SingleAsync(m => m.Id == me.Id);
        var member = await db.OrganizationMembers.FirstOrDefaultAsync(m => m.Id == memberId && m.OrganizationId == me.OrganizationId);
        var email = member is null ? "" : await db.Users.Where(u => u.Id == member.UserId).Select(u => u.Email!).SingleAsync();
        return (actor, member, email);
    }

    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
