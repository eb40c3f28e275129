using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Cohort;
using Raaqj.Web.Domain.Organizations;
using Raaqj.Web.Features.Organizations;
using Raaqj.Web.Features.Timeline;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Auditing;
using Raaqj.Web.Infrastructure.Authorization;
using Raaqj.Web.Infrastructure.Identity;
using Raaqj.Web.Infrastructure.Mail;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Workspace;

public sealed record RegionInvitationView(int Id, string Region, string Organization, MemberRole Role, string Email, DateTime ExpiresAtUtc);

// The region's Owner (or staff) invites partners by email as Editors or Viewers of the region; the link's token is
// kept only as its hash and is accepted once, by the invited address. Removing a partner ends their access at once.
public sealed class RegionPartnersHandler(AppDbContext db, RegionAccess access, RegionPages regions, ProgramClock clock, AuditLog audit, Outbox outbox, PortalLinks links,
    UserManager<AppUser> users, SignInManager<AppUser> signIn)
{
    public async Task<Outcome> InviteAsync(int regionId, TeamInviteForm form, string inviterId)
    {
        if (!await access.MayAsync(RecordAction.ManageRegionPartners, regionId) || await regions.FindAsync(regionId) is not { } region)
            return Outcome.NotFound;
        var email = form.Email.Trim();
        var now = clock.UtcNow;
        var teamEmails = (await db.OrganizationMembers.Where(m => m.OrganizationId == region.OrganizationId).Join(db.Users, m => m.UserId, u => u.Id, (m, u) => u.Email!).ToListAsync())
            .Concat(await db.RegionPartners.Where(p => p.CohortRegionId == regionId).Join(db.Users, p => p.UserId, u => u.Id, (p, u) => u.Email!).ToListAsync());
        var pending = await db.RegionInvitations.Where(i => i.CohortRegionId == regionId && i.AcceptedAtUtc == null && i.RevokedAtUtc == null && i.ExpiresAtUtc > now)
            .Select(i => i.Email).ToListAsync();
        var problems = RegionTeamRules.CanInvite(form.Role, email, teamEmails, pending);
        if (problems.Count > 0)
            return Outcome.From(problems);

        var token = SecretTokens.New();
        var invitation = new RegionInvitation
        {
            CohortRegionId = regionId, Email = email, Role = form.Role, TokenHash = SecretTokens.Hash(token), InvitedByUserId = inviterId,
            CreatedAtUtc = now, ExpiresAtUtc = now + Invitation.Lifetime,
        };
        db.RegionInvitations.Add(invitation);
        // An invitation that ran out still holds the address's place in the unique index: it is over, so say so.
        await db.RegionInvitations.Where(i => i.CohortRegionId == regionId && i.Email == email && i.AcceptedAtUtc == null && i.RevokedAtUtc == null && i.ExpiresAtUtc <= now)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.RevokedAtUtc, now));
        audit.Record(AuditActions.RegionPartnerInvited, nameof(CohortRegion), regionId.ToString(), $"Invited {email} to {region.Name} as {form.Role}",
            after: new { Email = email, Role = form.Role.ToString() });
        return await TeamInvitations.SendAsync(db, outbox, clock, invitation, $"Join {region.Name}'s work in the RAAQJ program",
            $"to work with {region.Organization} and its partners in {region.Name}, one of the regions of the Regional Action to Advance Quality Jobs",
            links.Action("Join", "Workspace", new { token }));
    }

    public async Task<Outcome> RevokeAsync(int regionId, int invitationId)
    {
        if (!await access.MayAsync(RecordAction.ManageRegionPartners, regionId))
            return Outcome.NotFound;
        var invitation = await db.RegionInvitations.FirstOrDefaultAsync(i => i.Id == invitationId && i.CohortRegionId == regionId && i.AcceptedAtUtc == null && i.RevokedAtUtc == null);
        if (invitation is null)
            return Outcome.NotFound;
        invitation.RevokedAtUtc = clock.UtcNow;
        audit.Record(AuditActions.RegionInvitationRevoked, nameof(CohortRegion), regionId.ToString(), $"Revoked the invitation to {invitation.Email}");
        await db.SaveChangesAsync();
        return Outcome.Done;
    }

    public async Task<Outcome> RemoveAsync(int regionId, int partnerId)
    {
        if (!await access.MayAsync(RecordAction.ManageRegionPartners, regionId))
            return Outcome.NotFound;
        var partner = await db.RegionPartners.FirstOrDefaultAsync(p => p.Id == partnerId && p.CohortRegionId == regionId);
        if (partner is null)
            return Outcome.NotFound;
        var email = await db.Users.Where(u => u.Id == partner.UserId).Select(u => u.Email).FirstAsync();
        db.RegionPartners.Remove(partner);
        audit.Record(AuditActions.RegionPartnerRemoved, nameof(CohortRegion), regionId.ToString(), $"Removed {email} from the region's partners",
            before: new { Email = email, Role = partner.Role.ToString() });
        await db.SaveChangesAsync();
        return Outcome.Done;
    }

    public Task<RegionInvitationView?> FindByTokenAsync(string? token)
    {
        var hash = SecretTokens.Hash(token ?? "");
        var now = clock.UtcNow;
        return db.RegionInvitations.AsNoTracking().Where(i => i.TokenHash == hash && i.AcceptedAtUtc == null && i.RevokedAtUtc == null && i.ExpiresAtUtc > now)
            .Join(db.CohortRegions, i => i.CohortRegionId, r => r.Id, (i, r) => new { i, r })
            .Select(x => new RegionInvitationView(x.i.Id, x.r.RegionName, db.Organizations.Where(o => o.Id == x.r.OrganizationId).Select(o => o.LegalName).First(), x.i.Role, x.i.Email, x.i.ExpiresAtUtc))
            .FirstOrDefaultAsync();
    }

    // Done with the region joined: only by the invited address, and only once (the row's acceptance is its own guard).
    public async Task<Outcome<int>> AcceptAsync(string? token, string userId)
    {
        var now = clock.UtcNow;
        var hash = SecretTokens.Hash(token ?? "");
        var invitation = await db.RegionInvitations.FirstOrDefaultAsync(i => i.TokenHash == hash);
        var user = await users.FindByIdAsync(userId);
        if (invitation is null || user is null || !invitation.IsPendingAt(now) || !string.Equals(invitation.Email, user.Email, StringComparison.OrdinalIgnoreCase))
            return Outcome<int>.Of(Outcome.NotFound);
        var regionId = invitation.CohortRegionId;
        if (await db.RegionPartners.AnyAsync(p => p.CohortRegionId == regionId && p.UserId == userId))
            return Outcome<int>.Of(Outcome.Invalid("", "You already work in this region."));
        // Claimed by a conditional update in the same transaction as the partner it makes: two clicks, or two tabs,
        // accept it once, and a failed save gives it back.
        db.Entry(invitation).State = EntityState.Detached;
        var joined = await db.InTransactionAsync(async () =>
        {
            if (await db.RegionInvitations.Where(i => i.Id == invitation.Id && i.AcceptedAtUtc == null && i.RevokedAtUtc == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(i => i.AcceptedAtUtc, now)) == 0)
                return false;
            db.RegionPartners.Add(new RegionPartner { CohortRegionId = regionId, UserId = userId, Role = invitation.Role, JoinedAtUtc = now });
            audit.Record(AuditActions.RegionPartnerJoined, nameof(CohortRegion), regionId.ToString(), $"{user.Email} joined the region as {invitation.Role}",
                after: new { user.Email, Role = invitation.Role.ToString() }, actor: user);
            await db.SaveChangesAsync();
            return true;
        });
        if (!joined)
            return Outcome<int>.Of(Outcome.NotFound);
        if (!await users.IsInRoleAsync(user, Roles.Anchor))
        {
            await users.AddToRoleAsync(user, Roles.Anchor);
            await signIn.RefreshSignInAsync(user);
        }
        return Outcome<int>.DoneWith(regionId);
    }
}
