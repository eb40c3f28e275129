using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Organizations;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Auditing;

namespace Raaqj.Web.Features.Organizations;

public sealed class CreateOrganizationHandler(AppDbContext db, ProgramClock clock, CurrentUser user, AuditLog audit)
{
    // The first anchor user of an organization creates it and becomes its owner, in one transaction: of two
    // creations at once (a double click) the second finds the person already on a team and creates nothing.
    public async Task<Outcome> Handle(OrganizationForm form)
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
                return Outcome.Done;
            });
        }
        catch (DbUpdateException ex) when (DatabaseConflict.Is(ex))
        {
            db.ChangeTracker.Clear();
            return Outcome.Conflict("Your organization's profile was created a moment ago (a second click); nothing more was done.");
        }
    }
}
