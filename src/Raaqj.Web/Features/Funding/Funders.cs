using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Funding;
using Raaqj.Web.Domain.Planning;
using Raaqj.Web.Features.Timeline;
using Raaqj.Web.Infrastructure.Caching;
using Raaqj.Web.Infrastructure.Exports;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Funding;

public sealed record FunderQuery(string? Q = null, FunderStage? Stage = null, bool? Partners = null, string? Sort = null, string? Dir = null, int? Page = null)
{
    public static readonly IReadOnlyDictionary<string, bool> Columns = new Dictionary<string, bool>
    {
        ["name"] = false, ["stage"] = false, ["ask"] = true, ["pledged"] = true, ["received"] = true, ["next"] = false,
    };

    public ListSort Order => new(Sort, Dir, Columns, "stage");
}

public sealed record FunderRow(int Id, string Name, FunderKind Kind, bool IsNationalPartner, FunderStage Stage, decimal? Ask, decimal Pledged, decimal Received,
    string? NextStep, DateOnly? NextStepOn);

public sealed record FundersModel(ProgramToday Today, FunderQuery Query, Page<FunderRow> Rows, int Total);

// The program's national partners and funders: searched, filtered by stage, sorted by any column and paged. A
// program has hundreds at most, so the list is read whole (two queries and the cached money) and sorted in memory,
// where money sorts exactly on every database.
public sealed class FundersHandler(AppDbContext db, CurrentProgram programs, MoneyRecords records, ContentCache cache)
{
    public const int PageSize = 25;

    public static readonly IReadOnlyList<string> Header =
        ["name", "kind", "national_partner", "stage", "ask", "pledged_active", "received", "contact_name", "contact_email", "next_step", "next_step_on"];

    public static readonly IReadOnlyList<string> PaymentHeader = ["funder", "received_on", "amount", "restricted", "pledge_of", "reference"];

    public async Task<FundersModel?> Handle(int programId, FunderQuery query)
    {
        if (await programs.FindAsync(programId) is not { } program)
            return null;
        var rows = Sorted(Filtered(await RowsAsync(programId, programs.Today(program).Today), query), query.Order).ToList();
        var page = Page<FunderRow>.Of(rows, query.Page, PageSize);
        return new FundersModel(programs.Today(program), query with { Page = page.PageNumber }, page, await db.Funders.CountAsync(f => f.ProgramEditionId == programId));
    }

    public async Task<byte[]?> ExportAsync(int programId, FunderQuery query, bool excel)
    {
        if (await programs.FindAsync(programId) is not { } program)
            return null;
        var contacts = await db.Funders.AsNoTracking().Where(f => f.ProgramEditionId == programId).Select(f => new { f.Id, f.ContactName, f.ContactEmail })
            .ToDictionaryAsync(f => f.Id);
        var rows = Sorted(Filtered(await RowsAsync(programId, programs.Today(program).Today), query), query.Order).Select(r => (IReadOnlyList<object?>)
        [
            r.Name, FundingTerms.Label(r.Kind), r.IsNationalPartner ? "yes" : "no", FundingTerms.Label(r.Stage), r.Ask, r.Pledged, r.Received,
            contacts[r.Id].ContactName ?? "", contacts[r.Id].ContactEmail ?? "", r.NextStep ?? "", r.NextStepOn?.ToString("yyyy-MM-dd") ?? "",
        ]).ToList();
        return excel ? await TableExport.Excel("Funders", Header, rows) : TableExport.Csv(Header, rows);
    }

    public async Task<byte[]?> ExportPaymentsAsync(int programId, bool excel)
    {
        if (await programs.FindAsync(programId) is null)
            return null;
        var payments = await db.Payments.AsNoTracking().Where(p => db.Funders.Any(f => f.Id == p.FunderId && f.ProgramEditionId == programId))
            .OrderBy(p => p.ReceivedOn).ThenBy(p => p.Id)
            .Select(p => new
            {
                Funder = db.Funders.Where(f => f.Id == p.FunderId).Select(f => f.Name).First(), p.ReceivedOn, p.Amount, p.IsRestricted,
                PledgedOn = db.Pledges.Where(x => x.Id == p.PledgeId).Select(x => (DateOnly?)x.PledgedOn).FirstOrDefault(), p.Reference,
            }).ToListAsync();
        var rows = payments.Select(p => (IReadOnlyList<object?>)
            [p.Funder, p.ReceivedOn.ToString("yyyy-MM-dd"), p.Amount, p.IsRestricted ? "yes" : "no", p.PledgedOn?.ToString("yyyy-MM-dd") ?? "", p.Reference ?? ""]).ToList();
        return excel ? await TableExport.Excel("Payments", PaymentHeader, rows) : TableExport.Csv(PaymentHeader, rows);
    }

    private Task<List<FunderRow>> RowsAsync(int programId, DateOnly today) => cache.GetAsync($"funder-rows-{programId}-{today:yyyyMMdd}", () => ReadRowsAsync(programId, today));

    private async Task<List<FunderRow>> ReadRowsAsync(int programId, DateOnly today)
    {
        var raise = await records.RaiseAsync(programId);
        var pledged = raise.Pledges.Where(p => !p.WithdrawnBy(today)).ToLookup(p => p.FunderId);
        var paid = raise.Payments.ToLookup(p => p.FunderId);
        return (await db.Funders.AsNoTracking().Where(f => f.ProgramEditionId == programId)
            .Select(f => new { f.Id, f.Name, f.Kind, f.IsNationalPartner, f.Stage, f.AskAmount, f.NextStep, f.NextStepOn }).ToListAsync())
            .Select(f => new FunderRow(f.Id, f.Name, f.Kind, f.IsNationalPartner, f.Stage, f.AskAmount, pledged[f.Id].Sum(p => p.Amount), paid[f.Id].Sum(p => p.Amount),
                f.NextStep, f.NextStepOn)).ToList();
    }

    private static IEnumerable<FunderRow> Filtered(IEnumerable<FunderRow> rows, FunderQuery query)
    {
        if (StakeholderMatching.NameKey(query.Q) is { Length: > 0 } key)
            rows = rows.Where(r => StakeholderMatching.NameKey(r.Name).Contains(key, StringComparison.Ordinal));
        if (query.Stage is { } stage)
            rows = rows.Where(r => r.Stage == stage);
        if (query.Partners == true)
            rows = rows.Where(r => r.IsNationalPartner);
        return rows;
    }

    private static IEnumerable<FunderRow> Sorted(IEnumerable<FunderRow> rows, ListSort order)
    {
        Func<FunderRow, object?> key = order.Column switch
        {
            "name" => r => r.Name,
            "ask" => r => r.Ask ?? 0,
            "pledged" => r => r.Pledged,
            "received" => r => r.Received,
            "next" => r => r.NextStepOn ?? DateOnly.MaxValue,
            _ => r => r.Stage,
        };
        var sorted = order.Descending ? rows.OrderByDescending(key) : rows.OrderBy(key);
        return sorted.ThenBy(r => r.Name, StringComparer.OrdinalIgnoreCase);
    }
}
