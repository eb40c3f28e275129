using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Domain.Assistance;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Auditing;
using Raaqj.Web.Infrastructure.Exports;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Assistance;

public sealed record TaQueueFilter(int? Area, int? Region, TaStatus? Status, string? Expert, bool Breached, bool Open);

public sealed record TaQueueModel(Page<TaRowModel> Rows, TaQueueFilter Filter, IReadOnlyList<AreaOption> Areas, IReadOnlyList<(int Id, string Name)> Regions,
    IReadOnlyList<ExpertLoad> Experts, int OpenCount, int BreachedCount, bool IsStaff);

// The queue of TA requests: staff see every one, an expert who is not staff those routed to them; filters by area,
// region, status, expert and breached clocks; 50 a page, in a fixed number of queries.
public sealed class TaQueueHandler(AppDbContext db, ProgramClock clock, CurrentUser user, IHttpContextAccessor http)
{
    public const int PageSize = 50;

    private static readonly string[] Header = ["Id", "Title", "Region", "Area", "Urgency", "Status", "Expert", "Requested", "First answer due", "First answered", "Resolution due",
        "Resolved", "Clock missed", "Hours", "Rating"];

    // Every request the filter keeps, as CSV or an Excel sheet; null for someone who sees no queue.
    public async Task<byte[]?> ExportAsync(TaQueueFilter filter, bool excel)
    {
        if (await VisibleAsync() is not { } visible)
            return null;
        var now = clock.UtcNow;
        var breached = TaQueries.Breached(db.TaRequests, now);
        var rows = await Filtered(visible, filter, now).AsNoTracking().OrderBy(r => r.RequestedAtUtc).ThenBy(r => r.Id).Select(r => new
        {
            Breached = breached.Any(b => b.Id == r.Id),
            r.Id, r.Title, Region = db.CohortRegions.Where(c => c.Id == r.CohortRegionId).Select(c => c.RegionName).First(),
            Area = db.ExpertAreas.Where(a => a.Id == r.AreaId).Select(a => a.Name).First(), r.Urgency, r.Status,
            Expert = db.Users.Where(u => u.Id == r.ExpertUserId).Select(u => u.DisplayName).FirstOrDefault(),
            r.RequestedAtUtc, r.FirstAnswerDueUtc, r.FirstAnsweredAtUtc, r.ResolutionDueUtc, r.ResolvedAtUtc, r.Rating,
            Hours = r.Messages.Sum(m => m.Hours),
        }).ToListAsync();
        string When(DateTime? at) => at is { } value ? clock.Short(value) : "";
        var table = rows.Select(r => (IReadOnlyList<object?>)
        [
            r.Id, r.Title, r.Region, r.Area, r.Urgency.ToString(), TaWording.Status(r.Status), r.Expert ?? "", When(r.RequestedAtUtc), When(r.FirstAnswerDueUtc),
            When(r.FirstAnsweredAtUtc), When(r.ResolutionDueUtc), When(r.ResolvedAtUtc),
            r.Breached ? "yes" : "no", r.Hours, r.Rating,
        ]).ToList();
        return excel ? await TableExport.Excel("Technical assistance", Header, table) : TableExport.Csv(Header, table);
    }

    private bool IsStaff => http.HttpContext?.User.IsInRole(Roles.Staff) == true;

    // Staff see every request; an expert who is not staff, those routed to them; anyone else, none.
    private async Task<IQueryable<TaRequest>?> VisibleAsync() =>
        IsStaff ? db.TaRequests
        : await db.ExpertProfiles.AnyAsync(e => e.UserId == user.Id) ? db.TaRequests.Where(r => r.ExpertUserId == user.Id) : null;

    private static IQueryable<TaRequest> Filtered(IQueryable<TaRequest> visible, TaQueueFilter filter, DateTime now)
    {
        var open = TaQueries.OpenStatuses;
        var filtered = visible.Where(r => (filter.Area == null || r.AreaId == filter.Area) && (filter.Region == null || r.CohortRegionId == filter.Region)
            && (filter.Status == null || r.Status == filter.Status) && (filter.Expert == null || r.ExpertUserId == filter.Expert)
            && (!filter.Open || open.Contains(r.Status)));
        return filter.Breached ? TaQueries.Breached(filtered, now) : filtered;
    }

    public async Task<TaQueueModel?> Handle(TaQueueFilter filter, int? page)
    {
        var isStaff = IsStaff;
        if (await VisibleAsync() is not { } visible)
            return null;
        var now = clock.UtcNow;
        var open = TaQueries.OpenStatuses;
        var filtered = Filtered(visible, filter, now);
        var total = await filtered.CountAsync();
        var number = Math.Min(Page<TaRowModel>.Clamp(page), Math.Max(1, (total + PageSize - 1) / PageSize));
        var items = await TaQueries.Rows(db, filtered.OrderBy(r => r.Status == TaStatus.Closed || r.Status == TaStatus.Resolved).ThenBy(r => r.FirstAnswerDueUtc).ThenBy(r => r.Id)
            .Skip((number - 1) * PageSize).Take(PageSize), now).ToListAsync();
        var openCount = await visible.CountAsync(r => open.Contains(r.Status));
        var breachedCount = await TaQueries.Breached(visible.Where(r => open.Contains(r.Status)), now).CountAsync();
        var regions = await db.CohortRegions.AsNoTracking().OrderBy(r => r.RegionName).Select(r => new { r.Id, r.RegionName }).ToListAsync();
        return new TaQueueModel(new Page<TaRowModel>(items, number, PageSize, total), filter,
            await db.ExpertAreas.AsNoTracking().OrderBy(a => a.Position).Select(a => new AreaOption(a.Id, a.Name)).ToListAsync(),
            regions.Select(r => (r.Id, r.RegionName)).ToList(), isStaff ? await TaQueries.ExpertLoadsAsync(db) : [], openCount, breachedCount, isStaff);
    }
}

public sealed record ExpertRow(string UserId, string Name, string Email, bool IsExpert, bool Available, IReadOnlySet<int> Areas, int OpenRequests);

public sealed record ExpertsModel(IReadOnlyList<ExpertRow> People, IReadOnlyList<AreaOption> Areas);

// Staff tag themselves and each other with expert areas and say who takes new requests.
public sealed class ExpertsHandler(AppDbContext db, AuditLog audit)
{
    public async Task<ExpertsModel> Handle()
    {
        var staff = db.UserRoles.Join(db.Roles.Where(r => r.Name == Roles.Staff), ur => ur.RoleId, r => r.Id, (ur, r) => ur.UserId);
        var people = await db.Users.AsNoTracking().Where(u => !u.IsDisabled && (staff.Contains(u.Id) || db.ExpertProfiles.Any(e => e.UserId == u.Id)))
            .OrderBy(u => u.DisplayName).Select(u => new { u.Id, u.DisplayName, u.Email }).ToListAsync();
        var loads = (await TaQueries.ExpertLoadsAsync(db)).ToDictionary(e => e.UserId);
        var available = await db.ExpertProfiles.AsNoTracking().ToDictionaryAsync(e => e.UserId, e => e.Available);
        return new ExpertsModel(
            people.Select(p => new ExpertRow(p.Id, p.DisplayName, p.Email!, loads.ContainsKey(p.Id), available.GetValueOrDefault(p.Id), loads.TryGetValue(p.Id, out var load) ? load.Areas : new HashSet<int>(),
                load?.OpenRequests ?? 0)).ToList(),
            await db.ExpertAreas.AsNoTracking().OrderBy(a => a.Position).Select(a => new AreaOption(a.Id, a.Name)).ToListAsync());
    }

    public async Task<bool> SaveAsync(string userId, IReadOnlyList<int> areas, bool available)
    {
        var staff = db.UserRoles.Join(db.Roles.Where(r => r.Name == Roles.Staff), ur => ur.RoleId, r => r.Id, (ur, r) => ur.UserId);
        if (!await staff.AnyAsync(s => s == userId) && !await db.ExpertProfiles.AnyAsync(e => e.UserId == userId))
            return false;
        var known = await db.ExpertAreas.Select(a => a.Id).ToListAsync();
        var chosen = areas.Where(known.Contains).Distinct().ToList();
        var profile = await db.ExpertProfiles.Include(e => e.Areas).FirstOrDefaultAsync(e => e.UserId == userId);
        var before = profile is null ? null : new { profile.Available, Areas = profile.Areas.Select(a => a.AreaId).Order().ToList() };
        if (profile is null)
        {
            profile = new ExpertProfile { UserId = userId };
            db.ExpertProfiles.Add(profile);
        }
        profile.Available = available;
        profile.Areas.RemoveAll(a => !chosen.Contains(a.AreaId));
        profile.Areas.AddRange(chosen.Where(a => profile.Areas.All(x => x.AreaId != a)).Select(a => new ExpertAreaTag { UserId = userId, AreaId = a }));
        audit.Record(AuditActions.ExpertAreasChanged, nameof(ExpertProfile), userId, "Expert areas changed", before, new { Available = available, Areas = chosen.Order().ToList() });
        await db.SaveChangesAsync();
        return true;
    }
}
