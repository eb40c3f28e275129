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
using Raaqj.Web.Infrastructure.Exports;

namespace Raaqj.Web.Features.Match;

public sealed record MatchRow(int Id, string Contributor, MatchSource Source, ContributionForm Form, MatchStatus Status, decimal Amount, DateOnly? On, int Files,
    bool Verified, DateTime? VerifiedAtUtc);

public sealed record LedgerModel(RegionHeader Region, IReadOnlyList<MatchRow> Lines, decimal Promised, int NotBroughtIn, bool MayRecord, bool MayVerify)
{
    public MatchTotals Totals => LocalMatch.Totals(Lines.Select(l => new MatchLine(l.Source, l.Status, l.Amount, l.Verified)));
}

// A region's local match ledger: every contribution, its source and form, how far it has come and the files that
// show it, with totals against what the proposal committed. Its team and staff record lines; staff verify them.
// The proposal's commitments come in when the region joins, or with "Bring them in" for a region that joined before.
public sealed class LedgerHandler(AppDbContext db, RegionPages regions, RegionAccess access, ProgramClock clock, AuditLog audit)
{
    public static readonly IReadOnlyList<string> Header = ["contributor", "source", "form", "status", "amount", "on", "evidence_files", "verified_on", "note"];

    public async Task<LedgerModel?> Handle(int regionId)
    {
        if (await regions.FindAsync(regionId) is not { } region)
            return null;
        var lines = await db.MatchEntries.AsNoTracking().Where(m => m.CohortRegionId == regionId).OrderBy(m => m.Status).ThenByDescending(m => m.On).ThenBy(m => m.Id)
            .Select(m => new MatchRow(m.Id, m.Contributor, m.Source, m.Form, m.Status, m.Amount, m.On, m.Evidence.Count, m.VerifiedAtUtc != null, m.VerifiedAtUtc)).ToListAsync();
        var promised = await db.CohortRegions.Where(r => r.Id == regionId).Select(r => db.Proposals.Where(p => p.Id == r.ProposalId).Select(p => p.LocalMatchCents).First()).FirstAsync();
        return new LedgerModel(region, lines, promised / 100m, await NotBroughtIn(regionId).CountAsync(), await access.MayAsync(RecordAction.ContributeToRegion, regionId),
            await access.MayAsync(RecordAction.VerifyRegionMatch, regionId));
    }

    public async Task<byte[]?> ExportAsync(int regionId, bool excel)
    {
        if (await Handle(regionId) is not { } model)
            return null;
        var notes = await db.MatchEntries.AsNoTracking().Where(m => m.CohortRegionId == regionId).Select(m => new { m.Id, m.Note }).ToDictionaryAsync(m => m.Id, m => m.Note);
        var rows = model.Lines.Select(l => (IReadOnlyList<object?>)
        [
            l.Contributor, LocalMatch.Label(l.Source), LocalMatch.Label(l.Form), LocalMatch.Label(l.Status), l.Amount, l.On?.ToString("yyyy-MM-dd") ?? "", l.Files,
            l.VerifiedAtUtc is { } at ? model.Region.Program.Calendar.DateAt(at).ToString("yyyy-MM-dd") : "", notes[l.Id] ?? "",
        ]).ToList();
        return excel ? await TableExport.Excel("Local match", Header, rows) : TableExport.Csv(Header, rows);
    }

    // Brings the proposal's match commitments not in the ledger yet into it. The unique key on the commitment makes a
    // second press (or two people at once) bring in nothing more.
    public async Task<Outcome<int>> BringInAsync(int regionId)
    {
        if (await regions.FindAsync(regionId) is not { } region || !await access.MayAsync(RecordAction.ContributeToRegion, regionId))
            return Outcome<int>.Of(Outcome.NotFound);
        var commitments = await db.MatchCommitments.AsNoTracking().Where(c => NotBroughtIn(regionId).Any(n => n.Id == c.Id)).OrderBy(c => c.Position).ToListAsync();
        if (commitments.Count == 0)
            return Outcome<int>.DoneWith(0);
        var now = clock.UtcNow;
        db.MatchEntries.AddRange(commitments.Select(c => LocalMatch.From(c, regionId, now)));
        audit.Record(AuditActions.MatchSeeded, "CohortRegion", regionId.ToString(), $"{commitments.Count} match commitment(s) of {region.Name}'s proposal brought into its ledger",
            after: commitments.Select(c => new { c.Source, c.Amount, c.IsCommitted }).ToList());
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException ex) when (DatabaseConflict.Is(ex))
        {
            db.ChangeTracker.Clear();
            return Outcome<int>.DoneWith(0);
        }
        return Outcome<int>.DoneWith(commitments.Count);
    }

    private IQueryable<Domain.Proposals.MatchCommitment> NotBroughtIn(int regionId) =>
        db.MatchCommitments.Where(c => db.CohortRegions.Any(r => r.Id == regionId && r.ProposalId == c.ProposalId)
            && !db.MatchEntries.Any(m => m.CohortRegionId == regionId && m.MatchCommitmentId == c.Id));
}
