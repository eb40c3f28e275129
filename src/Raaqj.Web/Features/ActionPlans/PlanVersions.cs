using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Planning;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Exports;

namespace Raaqj.Web.Features.ActionPlans;

public sealed record VersionsModel(PlanStanding Standing, IReadOnlyList<VersionInfo> Versions);

// Two versions side by side: each change with where it is, its values before (struck through) and after.
public sealed record CompareModel(PlanStanding Standing, IReadOnlyList<VersionInfo> Versions, int From, int To, IReadOnlyList<ItemChange> Changes)
{
    public static string Name(int number) => number == 0 ? "the current draft" : $"version {number}";
}

// The plan as one document: the draft or a submitted version, dimension by dimension.
public sealed record PrintModel(PlanStanding Standing, string Title, VersionInfo? Version, IReadOnlyList<DimensionView> Dimensions);

// A plan's versions: the list, any two compared (the draft counts as version 0), a version printed, and its actions
// exported. Versions are read from their frozen snapshots, never from the draft.
public sealed class PlanVersionsHandler(AppDbContext db, PlanPages pages, PlanHandler plans, ProgramClock clock)
{
    public static readonly IReadOnlyList<string> Header =
        ["dimension", "goal", "strategy", "action", "lead", "start_month", "end_month", "budget", "funding_source", "serves", "measures", "informed_by"];

    public async Task<VersionsModel?> ListAsync(int regionId) =>
        await pages.FindAsync(regionId) is { } standing
            ? new VersionsModel(standing, standing.Plan is null ? [] : await plans.Versions(standing.Plan.Id).ToListAsync())
            : null;

    public async Task<CompareModel?> CompareAsync(int regionId, int? from, int? to)
    {
        if (await pages.FindAsync(regionId) is not { Plan: { } plan } standing)
            return null;
        var versions = await plans.Versions(plan.Id).ToListAsync();
        // By default, what changed since the last version: the draft against it, or the last two versions.
        var (a, b) = (from, to) switch
        {
            ({ } f, { } t) => (f, t),
            _ when standing.Status is PlanStatus.Draft or PlanStatus.ChangesRequested => (versions.FirstOrDefault()?.Number ?? 0, 0),
            _ => (versions.Skip(1).FirstOrDefault()?.Number ?? 0, versions.FirstOrDefault()?.Number ?? 0),
        };
        if (await SnapshotAsync(plan.Id, a) is not { } before || await SnapshotAsync(plan.Id, b) is not { } after)
            return null;
        return new CompareModel(standing, versions, a, b, PlanDiff.Compare(before, after));
    }

    public async Task<PrintModel?> PrintAsync(int regionId, int? number)
    {
        if (await pages.FindAsync(regionId) is not { } standing)
            return null;
        var version = standing.Plan is null || number is null ? null : await plans.Versions(standing.Plan.Id, number).FirstOrDefaultAsync();
        if (number is not null && version is null)
            return null;
        var snapshot = standing.Plan is null ? new PlanSnapshot([]) : await SnapshotAsync(standing.Plan.Id, number ?? 0) ?? new PlanSnapshot([]);
        return new PrintModel(standing, version is null ? "Current draft" : $"Version {version.Number}", version, await PlanHandler.DimensionsAsync(db, snapshot));
    }

    public async Task<(byte[] File, string Name)?> ExportAsync(int regionId, int? number, bool excel)
    {
        if (await PrintAsync(regionId, number) is not { } print)
            return null;
        var us = CultureInfo.GetCultureInfo("en-US");
        var rows = print.Dimensions.SelectMany(d => d.Goals.SelectMany(g => g.Strategies.SelectMany(s => s.Actions.Select(a => (IReadOnlyList<object?>)
        [
            d.Name, g.Title, s.Title, a.Description, a.Lead, a.StartMonth, a.EndMonth, a.Budget, a.FundingSource, string.Join("; ", a.Populations),
            string.Join("; ", a.Measures.Select(m => $"{m.Indicator}: {(m.Baseline.Length > 0 ? m.Baseline + " to " : "")}{m.Target}{(m.ByMonth is { } by ? " by month " + by.ToString(us) : "")}")),
            string.Join("; ", a.Informants),
        ])))).ToList();
        var name = $"raaqj-action-plan-{regionId}-{(number is { } n ? $"v{n}" : "draft")}-{clock.UtcNow:yyyyMMdd}";
        return excel ? (await TableExport.Excel("Action plan", Header, rows), name + ".xlsx") : (TableExport.Csv(Header, rows), name + ".csv");
    }

    // A version's frozen plan, or the draft as it is now for version 0.
    private async Task<PlanSnapshot?> SnapshotAsync(int planId, int number) =>
        number == 0 ? await PlanTree.DraftAsync(db, planId)
            : await db.PlanVersions.AsNoTracking().Where(v => v.ActionPlanId == planId && v.Number == number).Select(v => v.Snapshot).FirstOrDefaultAsync() is { } json
                ? PlanTree.Read(json) : null;
}
