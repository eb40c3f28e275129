using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Funding;
using Raaqj.Web.Features.Timeline;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Auditing;
using Raaqj.Web.Infrastructure.Authorization;

namespace Raaqj.Web.Features.Match;

public sealed record Verification(string By, DateTime AtUtc, string? Note);

public sealed record MatchLinePageModel(RegionHeader Region, int? Id, MatchLineForm Form, EvidenceField Evidence, Verification? Verified, bool MayRecord, bool MayVerify)
{
    public VerifyForm Verify { get; init; } = new();
}

// One line of a region's local match: its team (or staff) record it with the files that show it; staff verify it
// against them. A change of who, what, how much or how far takes the verification away: it was given to what the
// line said then. Each save is checked against the line's version; a new line's form key makes a double click record once.
public sealed class MatchLineHandler(AppDbContext db, RegionPages regions, RegionAccess access, EvidenceFiles evidence, CurrentUser user, ProgramClock clock, AuditLog audit)
{
    private const string Changed = "Someone changed this line while you were editing it. The saved version is shown; your changes are still in the form: save again to keep them.";

    public async Task<MatchLinePageModel?> PageAsync(int regionId, int? id, MatchLineForm? typed = null, VerifyForm? verify = null)
    {
        if (await regions.FindAsync(regionId) is not { } region)
            return null;
        var mayRecord = await access.MayAsync(RecordAction.ContributeToRegion, regionId);
        if (id is null)
            return mayRecord ? new MatchLinePageModel(region, null, typed ?? new MatchLineForm { On = region.Program.Calendar.DateAt(clock.UtcNow) },
                await EvidenceFiles.FieldAsync(null, typed), null, true, false) : null;
        var line = await db.MatchEntries.AsNoTracking().Where(m => m.Id == id && m.CohortRegionId == regionId)
            .Select(m => new { Entry = m, By = db.Users.Where(u => u.Id == m.VerifiedByUserId).Select(u => u.DisplayName).FirstOrDefault() }).FirstOrDefaultAsync();
        if (line is null)
            return null;
        var m = line.Entry;
        var form = typed ?? new MatchLineForm
        {
            Contributor = m.Contributor, Source = m.Source, CashOrInKind = m.Form, Status = m.Status, Amount = m.Amount, On = m.On, Note = m.Note, Version = m.Version,
        };
        var verified = m.VerifiedAtUtc is { } at ? new Verification(line.By ?? "Staff", at, m.VerificationNote) : null;
        var mayVerify = await access.MayAsync(RecordAction.VerifyRegionMatch, regionId);
        return new MatchLinePageModel(region, m.Id, form, await EvidenceFiles.FieldAsync(Held(m.Id), typed), verified, mayRecord, mayVerify)
        {
            Verify = verify ?? new VerifyForm { Version = m.Version },
        };
    }

    public async Task<Outcome<int>> SaveAsync(int regionId, int? id, MatchLineForm form)
    {
        if (await regions.FindAsync(regionId) is not { } region || !await access.MayAsync(RecordAction.ContributeToRegion, regionId))
            return Outcome<int>.Of(Outcome.NotFound);
        if (id is null && await db.MatchEntries.Where(m => m.FormKey == form.FormKey && m.CohortRegionId == regionId).Select(m => (int?)m.Id).FirstOrDefaultAsync() is { } recorded)
            return Outcome<int>.DoneWith(recorded);
        MatchEntry line;
        object? before = null;
        var now = clock.UtcNow;
        if (id is null)
        {
            line = new MatchEntry { CohortRegionId = regionId, FormKey = form.FormKey, CreatedAtUtc = now };
            db.MatchEntries.Add(line);
        }
        else
        {
            if (await db.MatchEntries.Include(m => m.Evidence).FirstOrDefaultAsync(m => m.Id == id && m.CohortRegionId == regionId) is not { } found)
                return Outcome<int>.Of(Outcome.NotFound);
            line = found;
            if (line.Version != form.Version)
                return Outcome<int>.Conflict(Changed, line.Id);
            before = Snapshot(line);
        }
        var file = await evidence.ReadAsync(form, id is null ? null : Held(id.Value), "line of local match");
        if (file.Kind != OutcomeKind.Done)
            return Outcome<int>.Of(file);
        var said = Said(line);
        line.Contributor = form.Contributor.Trim();
        line.Source = form.Source!.Value;
        line.Form = form.CashOrInKind;
        line.Status = form.Status;
        line.Amount = form.Amount!.Value;
        line.On = form.On;
        line.Note = form.Note.TrimmedOrNull();
        var files = await evidence.ApplyAsync(line.Evidence, form, file.Value);
        if (line.IsVerified && (Said(line) != said || files.Added is not null || files.Removed.Count > 0))
            line.Unverify();
        line.Version = Guid.NewGuid();
        line.UpdatedAtUtc = now;
        var saved = await audit.SaveRecordingAsync(Changed, () => audit.Record(AuditActions.MatchRecorded, nameof(MatchEntry), line.Id.ToString(),
            $"{region.Name}: local match “{line.Contributor}”, {Money.Dollars(line.Amount)} {LocalMatch.Label(line.Status).ToLowerInvariant()}", before, Snapshot(line)));
        files.Settle(saved.Kind == OutcomeKind.Done);
        return saved.Kind == OutcomeKind.Done ? Outcome<int>.DoneWith(line.Id) : Outcome<int>.Conflict(saved.Problems[0].Message, id ?? 0);
    }

    // Staff verify a line against its files, or take a verification back. The region itself never can (VerifyRegionMatch).
    public async Task<Outcome> VerifyAsync(int regionId, int id, VerifyForm form, bool verified)
    {
        if (await regions.FindAsync(regionId) is not { } region || !await access.MayAsync(RecordAction.VerifyRegionMatch, regionId)
            || await db.MatchEntries.Include(m => m.Evidence).FirstOrDefaultAsync(m => m.Id == id && m.CohortRegionId == regionId) is not { } line)
            return Outcome.NotFound;
        if (line.Version != form.Version)
            return Outcome.Conflict("The line changed since you opened it. Look at it again before verifying.");
        if (verified && line.Status is not (MatchStatus.Pledged or MatchStatus.Received))
            return Outcome.Invalid("", "Only a pledged or received contribution is verified.");
        if (verified && line.Evidence.Count == 0)
            return Outcome.Invalid("", "Verify a line against its evidence: this line has no file yet.");
        var before = Snapshot(line);
        if (verified)
        {
            line.VerifiedByUserId = user.Id;
            line.VerifiedAtUtc = clock.UtcNow;
            line.VerificationNote = form.Note.TrimmedOrNull();
        }
        else
        {
            line.Unverify();
        }
        line.Version = Guid.NewGuid();
        return await audit.SaveRecordingAsync("The line changed at the same moment. Look at it again before verifying.", () => audit.Record(
            verified ? AuditActions.MatchVerified : AuditActions.MatchUnverified, nameof(MatchEntry), line.Id.ToString(),
            $"{region.Name}: local match “{line.Contributor}” {(verified ? "verified" : "no longer verified")}", before, Snapshot(line)));
    }

    private IQueryable<Domain.Documents.Document> Held(int id) => db.MatchEvidence.Where(e => e.MatchEntryId == id);

    // What a verification vouches for: who gives, what kind, how much and how far it has come.
    private static string Said(MatchEntry m) => $"{m.Contributor}|{m.Source}|{m.Form}|{m.Status}|{m.Amount}|{m.On}";

    private static object Snapshot(MatchEntry m) => new
    {
        m.Contributor, Source = m.Source.ToString(), Form = m.Form.ToString(), Status = m.Status.ToString(), m.Amount, m.On, m.Note, Verified = m.IsVerified,
        Files = m.Evidence.Select(e => e.FileName).ToList(),
    };
}
