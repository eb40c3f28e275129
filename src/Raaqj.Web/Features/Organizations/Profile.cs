using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Organizations;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Auditing;

namespace Raaqj.Web.Features.Organizations;

public sealed record ProfileModel(Organization Organization, MemberRole MyRole, int MemberCount, int PendingInvitations);

public sealed record EditProfileModel(OrganizationForm Form, bool IsNew, OrganizationForm? TheirVersion = null);

public sealed class ProfileHandler(AppDbContext db, ProgramClock clock)
{
    public async Task<ProfileModel?> Handle(OrganizationMember me)
    {
        var organization = await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == me.OrganizationId);
        if (organization is null)
            return null;
        var now = clock.UtcNow;
        var counts = await db.Organizations.Where(o => o.Id == me.OrganizationId)
            .Select(o => new
            {
                Members = o.Members.Count,
                Pending = db.OrganizationInvitations.Count(i => i.OrganizationId == o.Id && i.AcceptedAtUtc == null && i.RevokedAtUtc == null && i.ExpiresAtUtc > now),
            }).SingleAsync();
        return new ProfileModel(organization, me.Role, counts.Members, counts.Pending);
    }
}

public sealed class SaveProfileHandler(AppDbContext db, ProgramClock clock, CurrentUser user, AuditLog audit)
{
    public const string ConflictMessage =
        "A colleague saved the profile while you were editing. Their version is shown beside the form; your changes are still in the form. Save again to keep yours.";

    /// <summary>
    /// The first anchor user of an organization creates it and becomes its owner, in one transaction: of two
    /// creations at once (a double click) the second finds the person already on a team and creates nothing.
    /// </summary>
    public async Task<Organization?> Create(OrganizationForm form)
    {
        var now = clock.UtcNow;
        var organization = new Organization { CreatedAtUtc = now, UpdatedAtUtc = now };
        form.ApplyTo(organization);
        organization.Members.Add(new OrganizationMember { UserId = user.Id!, Role = MemberRole.Owner, JoinedAtUtc = now });
        try
        {
            return await db.InTransactionAsync(async () =>
            {
                db.Organizations.Add(organization);
                await db.SaveChangesAsync();
                audit.Record(AuditActions.OrganizationCreated, nameof(Organization), organization.Id.ToString(),
                    $"Created the organization profile of {organization.LegalName}", after: new { organization.LegalName, organization.Ein, Type = organization.Type.ToString() });
                await db.SaveChangesAsync();
                return organization;
            });
        }
        catch (DbUpdateException ex) when (DatabaseConflict.Is(ex))
        {
            db.ChangeTracker.Clear();
            return null;
        }
    }

    /// <summary>Done, or in conflict with the version a colleague saved meanwhile.</summary>
    public async Task<Outcome<OrganizationForm>> Update(int organizationId, OrganizationForm form)
    {
        var organization = await db.Organizations.SingleAsync(o => o.Id == organizationId);
        var before = OrganizationForm.From(organization);
        form.ApplyTo(organization);
        organization.UpdatedAtUtc = clock.UtcNow;
        organization.Version = Guid.NewGuid();
        db.Entry(organization).Property(o => o.Version).OriginalValue = form.Version;
        audit.Record(AuditActions.OrganizationUpdated, nameof(Organization), organizationId.ToString(),
            $"Updated the organization profile of {organization.LegalName}",
            before: new { before.LegalName, before.Ein, before.City, before.StateCode }, after: new { organization.LegalName, organization.Ein, organization.City, organization.StateCode });
        try
        {
            await db.SaveChangesAsync();
            return Outcome<OrganizationForm>.DoneWith(form);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Outcome<OrganizationForm>.Conflict(ConflictMessage, OrganizationForm.From(await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == organizationId)));
        }
    }
}
