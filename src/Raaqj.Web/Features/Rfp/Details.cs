using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Rfp;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Auditing;

namespace Raaqj.Web.Features.Rfp;

/// <summary>The staff preview: the request as applicants will read it, what still blocks publishing, and its history.</summary>
public sealed record DetailsModel(RfpDocument Document, Guid Version, IReadOnlyList<RuleViolation> PublicationProblems, IReadOnlyList<HistoryLine> History);

public sealed class DetailsHandler(AppDbContext db)
{
    private static readonly Func<RequestForAction, RfpDocument> ToDocument = RfpDocument.Projection.Compile();

    public async Task<DetailsModel?> Handle(int id)
    {
        var rfp = await db.RequestsForAction.AsNoTracking().Include(r => r.Criteria).FirstOrDefaultAsync(r => r.Id == id);
        if (rfp is null)
            return null;
        var key = id.ToString();
        var history = await db.AuditEntries.Where(a => a.EntityType == nameof(RequestForAction) && a.EntityId == key).NewestHistoryAsync(20);
        return new DetailsModel(ToDocument(rfp), rfp.Version,
            rfp.Status == RfpStatus.Draft ? rfp.PublicationProblems() : [], history);
    }
}

/// <summary>Publishing and closing: status changes checked by the entity, refused if the request changed since the preview was read.</summary>
public sealed class ChangeStatusHandler(AppDbContext db, ProgramClock clock, AuditLog audit)
{
    public const string StaleMessage = "This request was changed by someone else since you opened it. Read the current version below, then try again.";

    public async Task<IReadOnlyList<RuleViolation>?> Publish(int id, Guid version)
    {
        var rfp = await db.RequestsForAction.Include(r => r.Criteria).FirstOrDefaultAsync(r => r.Id == id);
        if (rfp is null)
            return null;
        if (rfp.Version != version)
            return [new("", StaleMessage)];
        var others = await db.RequestsForAction.AsNoTracking().Where(r => r.Id != id && r.Status == RfpStatus.Published).ToListAsync();
        var problems = rfp.Publish(clock.UtcNow, others);
        if (problems.Count > 0)
            return problems;
        return await SaveStatusChange(rfp, AuditActions.RfpPublished, $"Published \"{rfp.Title}\"", RfpStatus.Draft, version);
    }

    public async Task<IReadOnlyList<RuleViolation>?> Close(int id, Guid version)
    {
        var rfp = await db.RequestsForAction.FirstOrDefaultAsync(r => r.Id == id);
        if (rfp is null)
            return null;
        if (rfp.Version != version)
            return [new("", StaleMessage)];
        var problems = rfp.Close(clock.UtcNow);
        if (problems.Count > 0)
            return problems;
        return await SaveStatusChange(rfp, AuditActions.RfpClosed, $"Closed \"{rfp.Title}\"", RfpStatus.Published, version);
    }

    private async Task<IReadOnlyList<RuleViolation>> SaveStatusChange(RequestForAction rfp, string action, string summary, RfpStatus before, Guid version)
    {
        rfp.Version = Guid.NewGuid();
        rfp.UpdatedAtUtc = clock.UtcNow;
        db.Entry(rfp).Property(r => r.Version).OriginalValue = version;
        audit.Record(action, nameof(RequestForAction), rfp.Id.ToString(), summary,
            before: new { Status = before.ToString() }, after: new { Status = rfp.Status.ToString() });
        try
        {
            await db.SaveChangesAsync();
            return [];
        }
        catch (DbUpdateConcurrencyException)
        {
            return [new("", StaleMessage)];
        }
    }
}
