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
using Raaqj.Web.Infrastructure.Exports;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Ecosystem;

public sealed record EcosystemQuery(string? Q = null, EcosystemSector? Sector = null, EngagementLevel? Level = null, string? Sort = null, string? Dir = null, int? Page = null)
{
    public static readonly IReadOnlyDictionary<string, bool> Columns = new Dictionary<string, bool>
    {
        ["name"] = false, ["sector"] = false, ["engagement"] = true, ["influence"] = true, ["interest"] = true, ["updated"] = true,
    };

    public ListSort Order => new(Sort, Dir, Columns, "name");
}

public sealed record StakeholderRow(int Id, string Name, EcosystemSector Sector, EngagementLevel Engagement, int? Influence, int? Interest, string? Contact, DateTime UpdatedAtUtc);

public sealed record EcosystemModel(RegionHeader Region, EcosystemQuery Query, Page<StakeholderRow> Rows, MapFigures Figures, int FromProposal, bool MayContribute)
{
    public const int PageSize = 25;

    public int RegionDuplicates => Figures.Pairs.Count;

    public IReadOnlyList<SectorCoverage> Sectors => Figures.SectorsOf(Region.Id);

    public IReadOnlyList<GridCell> Grid => Figures.Grid;

    public int Unrated => Figures.Stakeholders - Grid.Sum(c => c.Count);

    public int Count(int influence, int interest) => Grid.FirstOrDefault(c => c.Influence == influence && c.Interest == interest)?.Count ?? 0;
}

// A region's ecosystem map: its stakeholders (filtered, sorted, paged), engaged organizations counted once, the
// sectors nobody engaged covers, the power/interest grid, the duplicates to look at, and the proposal's
// stakeholders not brought in yet. Exports carry the same filter.
public sealed class EcosystemMapHandler(AppDbContext db, RegionPages regions, RegionAccess access, EcosystemFigures figures, ProgramClock clock, AuditLog audit)
{
    public static readonly IReadOnlyList<string> Header =
    [
        "name", "sector", "engagement", "ein", "website", "role", "influence", "interest", "contact_name", "contact_title", "contact_email", "contact_phone", "notes", "updated",
    ];

    public async Task<EcosystemModel?> Handle(int regionId, EcosystemQuery query)
    {
        if (await regions.FindAsync(regionId) is not { } region)
            return null;
        var active = EcosystemFigures.Active(db).AsNoTracking().Where(s => s.CohortRegionId == regionId);
        var filtered = Filtered(active, query);
        var total = await filtered.CountAsync();
        var number = Math.Min(Page<StakeholderRow>.Clamp(query.Page), Math.Max(1, (total + EcosystemModel.PageSize - 1) / EcosystemModel.PageSize));
        var rows = await Sorted(filtered, query.Order).Skip((number - 1) * EcosystemModel.PageSize).Take(EcosystemModel.PageSize)
            .Select(s => new StakeholderRow(s.Id, s.Name, s.Sector, s.Engagement, s.Influence, s.Interest,
                s.Contacts.OrderBy(c => c.Id).Select(c => c.Name).FirstOrDefault(), s.UpdatedAtUtc)).ToListAsync();
        return new EcosystemModel(region, query with { Page = number }, new Page<StakeholderRow>(rows, number, EcosystemModel.PageSize, total),
            await figures.OfRegionAsync(regionId), await NotBroughtIn(regionId).CountAsync(), await access.MayAsync(RecordAction.ContributeToRegion, regionId));
    }

    public async Task<byte[]?> ExportAsync(int regionId, EcosystemQuery query, bool excel)
    {
        if (await regions.FindAsync(regionId) is null)
            return null;
        var rows = await Sorted(Filtered(EcosystemFigures.Active(db).AsNoTracking().Where(s => s.CohortRegionId == regionId), query), query.Order)
            .Select(s => new
            {
                s.Name, s.Sector, s.Engagement, s.Ein, s.Website, s.Role, s.Influence, s.Interest, s.Notes, s.UpdatedAtUtc,
                Contact = s.Contacts.OrderBy(c => c.Id).Select(c => new { c.Name, c.Title, c.Email, c.Phone }).FirstOrDefault(),
            }).ToListAsync();
        var table = rows.Select(r => (IReadOnlyList<object?>)
        [
            r.Name, EcosystemTerms.Label(r.Sector), EcosystemTerms.Label(r.Engagement), r.Ein ?? "", r.Website, r.Role, r.Influence, r.Interest,
            r.Contact?.Name ?? "", r.Contact?.Title ?? "", r.Contact?.Email ?? "", r.Contact?.Phone ?? "", r.Notes, clock.Short(r.UpdatedAtUtc),
        ]).ToList();
        return excel ? await TableExport.Excel("Stakeholders", Header, table) : TableExport.Csv(Header, table);
    }

    // Brings the proposal's stakeholders not in the map yet into it. The unique key on the proposal's stakeholder makes
    // a second press (or two people at once) bring in nothing more.
    public async Task<Outcome<int>> BringInAsync(int regionId)
    {
        if (await regions.FindAsync(regionId) is not { } region || !await access.MayAsync(RecordAction.ContributeToRegion, regionId))
            return Outcome<int>.Of(Outcome.NotFound);
        var named = await db.Stakeholders.AsNoTracking().Where(s => NotBroughtIn(regionId).Any(n => n.Id == s.Id)).OrderBy(s => s.Position).ToListAsync();
        if (named.Count == 0)
            return Outcome<int>.DoneWith(0);
        var now = clock.UtcNow;
        db.RegionStakeholders.AddRange(named.Select(s => StakeholderSeeding.From(s, regionId, now)));
        audit.Record(AuditActions.StakeholdersSeeded, "CohortRegion", regionId.ToString(), $"{named.Count} stakeholder(s) of {region.Name}'s proposal brought into its map",
            after: named.Select(s => s.Name).ToList());
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException ex) when (DatabaseConflict.Is(ex))
        {
            db.ChangeTracker.Clear();
            return Outcome<int>.DoneWith(0);
        }
        return Outcome<int>.DoneWith(named.Count);
    }

    private IQueryable<Domain.Proposals.Stakeholder> NotBroughtIn(int regionId) =>
        db.Stakeholders.Where(s => db.CohortRegions.Any(r => r.Id == regionId && r.ProposalId == s.ProposalId)
            && !db.RegionStakeholders.Any(m => m.CohortRegionId == regionId && m.ProposalStakeholderId == s.Id));

    private static IQueryable<RegionStakeholder> Filtered(IQueryable<RegionStakeholder> stakeholders, EcosystemQuery query)
    {
        if (StakeholderMatching.NameKey(query.Q) is { Length: > 0 } key)
            stakeholders = stakeholders.Where(s => s.NameKey.Contains(key) || s.Contacts.Any(c => c.Name.Contains(query.Q!.Trim())));
        if (query.Sector is { } sector)
            stakeholders = stakeholders.Where(s => s.Sector == sector);
        if (query.Level is { } level)
            stakeholders = stakeholders.Where(s => s.Engagement == level);
        return stakeholders;
    }

    private static IQueryable<RegionStakeholder> Sorted(IQueryable<RegionStakeholder> stakeholders, ListSort order)
    {
        var sorted = (order.Column, order.Descending) switch
        {
            ("sector", false) => stakeholders.OrderBy(s => s.Sector),
            ("sector", true) => stakeholders.OrderByDescending(s => s.Sector),
            ("engagement", false) => stakeholders.OrderBy(s => s.Engagement),
            ("engagement", true) => stakeholders.OrderByDescending(s => s.Engagement),
            ("influence", false) => stakeholders.OrderBy(s => s.Influence),
            ("influence", true) => stakeholders.OrderByDescending(s => s.Influence),
            ("interest", false) => stakeholders.OrderBy(s => s.Interest),
            ("interest", true) => stakeholders.OrderByDescending(s => s.Interest),
            ("updated", false) => stakeholders.OrderBy(s => s.UpdatedAtUtc),
            ("updated", true) => stakeholders.OrderByDescending(s => s.UpdatedAtUtc),
            (_, true) => stakeholders.OrderByDescending(s => s.NameKey),
            _ => stakeholders.OrderBy(s => s.NameKey),
        };
        return sorted.ThenBy(s => s.NameKey).ThenBy(s => s.Id);
    }
}
