using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Proposals;
using Raaqj.Web.Domain.Rfp;
using Raaqj.Web.Domain.Timeline;
using Raaqj.Web.Features.Timeline;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Auditing;
using Raaqj.Web.Infrastructure.Mail;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Rfp;

// The staff preview: the request as applicants will read it, what still blocks publishing, and its history.
public sealed record DetailsModel(RfpDocument Document, Guid Version, IReadOnlyList<RuleViolation> PublicationProblems, IReadOnlyList<HistoryLine> History,
    bool BeforeDeadline, IReadOnlyList<string> Drafts)
{
    // What the close button asks: closing before the deadline says what it cuts short.
    public string CloseConfirmation => !BeforeDeadline
        ? "Close this request? No more proposals can be submitted."
        : $"Close this request before its deadline? Proposals are refused from now on, not from {ProgramClock.InWords(Document.ClosesAtUtc, Document.TimeZoneId)}."
          + (Drafts.Count == 0 ? "" : $" {Drafts.Count} draft(s) can then never be submitted ({string.Join(", ", Drafts)}); their teams will be emailed.");
}

public sealed class DetailsHandler(AppDbContext db, ProgramClock clock)
{
    private static readonly Func<RequestForAction, RfpDocument> ToDocument = RfpDocument.Projection.Compile();

    public async Task<DetailsModel?> Handle(int id)
    {
        var rfp = await db.RequestsForAction.AsNoTracking().Include(r => r.Criteria).FirstOrDefaultAsync(r => r.Id == id);
        if (rfp is null)
            return null;
        var key = id.ToString();
        var history = await db.AuditEntries.Where(a => a.EntityType == nameof(RequestForAction) && a.EntityId == key).NewestHistoryAsync(20);
        var drafts = rfp.Status != RfpStatus.Published ? [] : await DraftsOf(db, id).Select(d => d.Organization).ToListAsync();
        return new DetailsModel(ToDocument(rfp), rfp.Version,
            rfp.Status == RfpStatus.Draft ? rfp.PublicationProblems() : [], history, rfp.Status == RfpStatus.Published && clock.UtcNow < rfp.ClosesAtUtc, drafts);
    }

    // Draft proposals of the round with their organization, by name.
    public static IQueryable<DraftProposal> DraftsOf(AppDbContext db, int rfpId) =>
        db.Proposals.Where(p => p.RequestForActionId == rfpId && p.Status == ProposalStatus.Draft)
            .Join(db.Organizations, p => p.OrganizationId, o => o.Id, (p, o) => o)
            .OrderBy(o => o.LegalName).Select(o => new DraftProposal(o.Id, o.LegalName));
}

public sealed record DraftProposal(int OrganizationId, string Organization);

// Publishing and closing: status changes checked by the entity, refused if the request changed since the preview was read.
public sealed class ChangeStatusHandler(AppDbContext db, ProgramClock clock, AuditLog audit, Outbox outbox, PortalLinks links, ProgramEventHandler programEvents)
{
    public const string StaleMessage = "This request was changed by someone else since you opened it. Read the current version below, then try again.";

    public async Task<Outcome> Publish(int id, Guid version)
    {
        var rfp = await db.RequestsForAction.Include(r => r.Criteria).FirstOrDefaultAsync(r => r.Id == id);
        if (rfp is null)
            return Outcome.NotFound;
        if (rfp.Version != version)
            return Outcome.Conflict(StaleMessage);
        var others = await db.RequestsForAction.AsNoTracking().Where(r => r.Id != id && r.Status == RfpStatus.Published).ToListAsync();
        var problems = rfp.Publish(clock.UtcNow, others);
        if (problems.Count > 0)
            return Outcome.From(problems);
        await programEvents.RaiseAsync(ProgramEvents.RfpPublished, rfp.Id, null, $"\"{rfp.Title}\" published, open to proposals from {ProgramClock.InWords(rfp.OpensAtUtc, rfp.TimeZoneId)}.",
            links.Path("PublicRfp", "Home"));
        return await SaveStatusChange(rfp, AuditActions.RfpPublished, $"Published \"{rfp.Title}\"", RfpStatus.Draft, version);
    }

    public async Task<Outcome> Close(int id, Guid version)
    {
        var rfp = await db.RequestsForAction.FirstOrDefaultAsync(r => r.Id == id);
        if (rfp is null)
            return Outcome.NotFound;
        if (rfp.Version != version)
            return Outcome.Conflict(StaleMessage);
        var problems = rfp.Close(clock.UtcNow);
        if (problems.Count > 0)
            return Outcome.From(problems);
        var drafts = rfp.ClosedEarly ? await DetailsHandler.DraftsOf(db, id).ToListAsync() : [];
        if (drafts.Count > 0)
            await TellDraftTeams(rfp, drafts.Select(d => d.OrganizationId).ToList());
        var summary = rfp.ClosedEarly
            ? $"Closed \"{rfp.Title}\" before its deadline" + (drafts.Count == 0 ? "" : $"; {drafts.Count} draft(s) left unsubmitted: {string.Join(", ", drafts.Select(d => d.Organization))}")
            : $"Closed \"{rfp.Title}\"";
        return await SaveStatusChange(rfp, AuditActions.RfpClosed, summary, RfpStatus.Published, version);
    }

    // Every member of a team whose draft the early close cut short hears why, with the change.
    private async Task TellDraftTeams(RequestForAction rfp, IReadOnlyList<int> organizations)
    {
        var members = await db.OrganizationMembers.Where(m => organizations.Contains(m.OrganizationId))
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => u.Email!).ToListAsync();
        var why = RfpClosing.Why(rfp.ClosedAtUtc, rfp.ClosesAtUtc, utc => ProgramClock.InWords(utc, rfp.TimeZoneId));
        foreach (var email in members)
            outbox.Enqueue(new OutgoingMail(email, $"\"{rfp.Title}\" closed before its deadline",
                $"{why}\n\nYour team's proposal was still a draft, so it can no longer be submitted. You can still read it at {links.Action("Mine", "Proposals")}.\n\nIf you believe this affects you unfairly, reply to the program team."));
    }

    private async Task<Outcome> SaveStatusChange(RequestForAction rfp, string action, string summary, RfpStatus before, Guid version)
    {
        rfp.Version = Guid.NewGuid();
        rfp.UpdatedAtUtc = clock.UtcNow;
        db.Entry(rfp).Property(r => r.Version).OriginalValue = version;
        audit.Record(action, nameof(RequestForAction), rfp.Id.ToString(), summary,
            before: new { Status = before.ToString() }, after: new { Status = rfp.Status.ToString() });
        try
        {
            await db.SaveChangesAsync();
            return Outcome.Done;
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome.Conflict(StaleMessage);
        }
    }
}
