using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Organizations;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Auditing;

namespace Raaqj.Web.Features.Organizations;

public sealed record EditProfileModel(OrganizationForm Form, bool IsNew, OrganizationForm? TheirVersion = null);

// A team's editor changes the organization's profile; a colleague's save meanwhile is a conflict, shown beside the form.
public sealed class EditProfileHandler(AppDbContext db, ProgramClock clock, AuditLog audit)
{
    public const string ConflictMessage =
        "A colleague saved the profile while you were editing. Their version is shown beside the form; your changes are still in the form. Save again to keep yours.";

    // Done, or in conflict with the version a colleague saved meanwhile.
    public async Task<Outcome<OrganizationForm>> Handle(int organizationId, OrganizationForm form)
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
