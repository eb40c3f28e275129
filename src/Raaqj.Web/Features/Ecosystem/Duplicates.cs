using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Planning;
using Raaqj.Web.Features.Timeline;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Auditing;
using Raaqj.Web.Infrastructure.Authorization;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Ecosystem;

public sealed record PairSide(int Id, int RegionId, string Region, string Name, EcosystemSector Sector, EngagementLevel Engagement, string? Ein, string Website,
    IReadOnlyList<string> Contacts, Guid Version);

public sealed record PairView(PairSide First, PairSide Second, IReadOnlyList<MatchReason> Reasons)
{
    public bool SameRegion => First.RegionId == Second.RegionId;
}

public sealed record DuplicatesModel(RegionHeader Region, Page<PairView> Pairs, bool MayDecide);

// The pairs of a region's map that look like one organization entered twice, side by side. Its team (or staff)
// merges them, choosing the record that stays, or says they are different organizations. Both answers are kept,
// audited and checked against the versions the person saw: a pair already merged by someone else merges nothing.
public sealed class StakeholderDuplicatesHandler(AppDbContext db, RegionPages regions, RegionAccess access, EcosystemFigures figures, ProgramClock clock, CurrentUser user,
    AuditLog audit)
{
    public const int PageSize = 20;
    private const string Gone = "One of the two changed or was merged while you were looking. The list shows them as they are now.";

    public async Task<DuplicatesModel?> Handle(int regionId, int? page)
    {
        if (await regions.FindAsync(regionId) is not { } region)
            return null;
        var pairs = (await figures.OfRegionAsync(regionId)).Pairs;
        return new DuplicatesModel(region, await ViewsAsync(pairs, page), await access.MayAsync(RecordAction.ContributeToRegion, regionId));
    }

    // The pairs of a page, read with what a person needs to tell them apart.
    public async Task<Page<PairView>> ViewsAsync(IReadOnlyList<DuplicatePair> pairs, int? page)
    {
        var shown = Page<DuplicatePair>.Of(pairs, page, PageSize);
        var ids = shown.Items.SelectMany(p => new[] { p.FirstId, p.SecondId }).Distinct().ToList();
        var sides = await db.RegionStakeholders.AsNoTracking().Where(s => ids.Contains(s.Id)).Select(s => new PairSide(s.Id, s.CohortRegionId,
            db.CohortRegions.Where(r => r.Id == s.CohortRegionId).Select(r => r.RegionName).First(), s.Name, s.Sector, s.Engagement, s.Ein, s.Website,
            s.Contacts.OrderBy(c => c.Id).Select(c => c.Email == "" ? c.Name : c.Name + " (" + c.Email + ")").ToList(), s.Version)).ToDictionaryAsync(s => s.Id);
        var views = shown.Items.Where(p => sides.ContainsKey(p.FirstId) && sides.ContainsKey(p.SecondId))
            .Select(p => new PairView(sides[p.FirstId], sides[p.SecondId], p.Reasons)).ToList();
        return new Page<PairView>(views, shown.PageNumber, PageSize, shown.TotalCount);
    }

    // Folds one record into the other, both in this region and as the person saw them.
    public async Task<Outcome> MergeAsync(int regionId, int keepId, int dropId, Guid keepVersion, Guid dropVersion)
    {
        if (!await access.MayAsync(RecordAction.ContributeToRegion, regionId) || keepId == dropId)
            return Outcome.NotFound;
        var both = await db.RegionStakeholders.Include(s => s.Contacts)
            .Where(s => (s.Id == keepId || s.Id == dropId) && s.CohortRegionId == regionId).ToListAsync();
        if (both.Count != 2)
            return Outcome.NotFound;
        var (keep, drop) = (both.Single(s => s.Id == keepId), both.Single(s => s.Id == dropId));
        if (keep.MergedIntoId is not null || drop.MergedIntoId is not null || keep.Version != keepVersion || drop.Version != dropVersion)
            return Outcome.Conflict(Gone);
        var before = new { Kept = StakeholderHandler.Snapshot(keep), Merged = StakeholderHandler.Snapshot(drop) };
        StakeholderMerge.Into(keep, drop, clock.UtcNow, user.Id!);
        audit.Record(AuditActions.StakeholdersMerged, nameof(RegionStakeholder), keepId.ToString(), $"{drop.Name} merged into {keep.Name}", before,
            new { Kept = StakeholderHandler.Snapshot(keep), MergedId = dropId });
        return await db.SaveOrConflictAsync(Gone);
    }

    // Two records a person says are different organizations: never offered again, counted apart. A region's team
    // decides for its own pairs; staff also for pairs across regions.
    public async Task<Outcome> KeepApartAsync(int firstId, int secondId)
    {
        var (a, b) = (Math.Min(firstId, secondId), Math.Max(firstId, secondId));
        var pair = await db.RegionStakeholders.AsNoTracking().Where(s => s.Id == a || s.Id == b).Select(s => new { s.Id, s.Name, s.CohortRegionId }).ToListAsync();
        if (pair.Count != 2 || a == b)
            return Outcome.NotFound;
        var regionIds = pair.Select(p => p.CohortRegionId).Distinct().ToList();
        foreach (var regionId in regionIds)
        {
            var relations = await access.ToRegion(regionId);
            if (!Permissions.Allows(RecordAction.ContributeToRegion, relations) || (regionIds.Count > 1 && !relations.Contains(Relation.Staff)))
                return Outcome.NotFound;
        }
        if (await db.StakeholderDistinctions.AnyAsync(d => d.FirstId == a && d.SecondId == b))
            return Outcome.Done;
        db.StakeholderDistinctions.Add(new StakeholderDistinction { FirstId = a, SecondId = b, DecidedByUserId = user.Id!, DecidedAtUtc = clock.UtcNow });
        audit.Record(AuditActions.StakeholdersKeptApart, nameof(RegionStakeholder), a.ToString(),
            $"{pair.Single(p => p.Id == a).Name} and {pair.Single(p => p.Id == b).Name} are different organizations", after: new { FirstId = a, SecondId = b });
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException ex) when (DatabaseConflict.Is(ex))
        {
            // Someone said the same a moment before: nothing more to record.
            db.ChangeTracker.Clear();
        }
        return Outcome.Done;
    }
}
