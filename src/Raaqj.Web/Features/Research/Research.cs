using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Planning;
using Raaqj.Web.Domain.Proposals;
using Raaqj.Web.Features.Timeline;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Auditing;
using Raaqj.Web.Infrastructure.Authorization;
using Raaqj.Web.Infrastructure.Exports;

namespace Raaqj.Web.Features.Research;

public sealed record ActivityRow(int Id, string Title, ResearchMethod Method, DateOnly HeldOn, int Workers, int Employers, string Findings);

public sealed record PilotRow(int Id, string Title, PilotStatus Status, DateOnly? StartsOn, DateOnly? EndsOn, int Cycles, IReadOnlyList<string> Dimensions);

public sealed record ResearchModel(RegionHeader Region, IReadOnlyList<ActivityRow> Activities, IReadOnlyList<(PriorityPopulation Population, int Workers)> ByPopulation,
    IReadOnlyList<PilotRow> Pilots, bool MayContribute)
{
    public int Workers => Activities.Sum(a => a.Workers);
}

public sealed record ActivityPageModel(RegionHeader Region, int? Id, ActivityForm Form, IReadOnlyList<(int Id, string Title)> LibraryFiles, bool MayEdit);

public sealed record CycleView(int Number, DateOnly StartedOn, string Plan, string Do, string Study, string Act);

public sealed record PilotPageModel(RegionHeader Region, int? Id, PilotForm Form, IReadOnlyList<(int Id, string Name)> Dimensions, IReadOnlyList<CycleView> Cycles, bool MayEdit)
{
    public CycleForm Cycle { get; init; } = new();
}

// A region's worker-informed research and its pilots: activities with the workers engaged by priority population
// (their files are the region library's), and pilots tested through plan-do-study-act cycles. Its team records them
// (Owners and Editors; Viewers read), each saved against its version; a pilot that starts running completes the
// region's "pilot under way" milestone through a program event.
public sealed partial class ResearchHandler(AppDbContext db, RegionPages regions, RegionAccess access, ProgramEventHandler programEvents, ProgramClock clock, AuditLog audit)
{
    private const string Changed = "Someone changed this while you were editing it. The saved version is shown; your changes are still in the form: save again to keep them.";

    public static readonly IReadOnlyList<string> ActivityHeader =
        ["title", "method", "held_on", "workers", "employers", .. Enum.GetValues<PriorityPopulation>().Select(p => ProposalLabels.Label(p)), "findings"];

    public static readonly IReadOnlyList<string> PilotHeader = ["title", "status", "starts_on", "ends_on", "dimensions", "partners", "hypothesis", "cycles", "latest_learning"];

    public async Task<ResearchModel?> ListAsync(int regionId)
    {
        if (await regions.FindAsync(regionId) is not { } region)
            return null;
        var activities = await db.ResearchActivities.AsNoTracking().Where(a => a.CohortRegionId == regionId).OrderByDescending(a => a.HeldOn).ThenByDescending(a => a.Id)
            .Select(a => new ActivityRow(a.Id, a.Title, a.Method, a.HeldOn, a.WorkersEngaged, a.EmployersInvolved, a.Findings)).ToListAsync();
        var counts = await db.ResearchPopulations.AsNoTracking().Where(p => db.ResearchActivities.Any(a => a.Id == p.ResearchActivityId && a.CohortRegionId == regionId)).ToListAsync();
        var pilots = await db.Pilots.AsNoTracking().Where(p => p.CohortRegionId == regionId).OrderBy(p => p.StartsOn).ThenBy(p => p.Id)
            .Select(p => new PilotRow(p.Id, p.Title, p.Status, p.StartsOn, p.EndsOn, p.Cycles.Count,
                p.Dimensions.Join(db.PlanDimensions, d => d.PlanDimensionId, x => x.Id, (d, x) => x.Name).ToList())).ToListAsync();
        return new ResearchModel(region, activities, ResearchTerms.ByPopulation(counts), pilots, await access.MayAsync(RecordAction.ContributeToRegion, regionId));
    }

    public async Task<ActivityPageModel?> ActivityPageAsync(int regionId, int? id, ActivityForm? typed = null)
    {
        if (await regions.FindAsync(regionId) is not { } region)
            return null;
        var mayEdit = await access.MayAsync(RecordAction.ContributeToRegion, regionId);
        ActivityForm form;
        if (id is null)
            form = typed ?? new ActivityForm { HeldOn = region.Program.Calendar.DateAt(clock.UtcNow) };
        else if (await db.ResearchActivities.AsNoTracking().Include(a => a.Populations).Include(a => a.Files).FirstOrDefaultAsync(a => a.Id == id && a.CohortRegionId == regionId) is { } a)
            form = typed ?? new ActivityForm
            {
                Title = a.Title, Method = a.Method, HeldOn = a.HeldOn, WorkersEngaged = a.WorkersEngaged, EmployersInvolved = a.EmployersInvolved, Findings = a.Findings,
                Populations = a.Populations.ToDictionary(p => p.Population, p => (int?)p.Workers), FileIds = a.Files.Select(f => f.RegionFileId).ToList(), Version = a.Version,
            };
        else
            return null;
        if (id is null && !mayEdit)
            return null;
        var files = await db.RegionFiles.AsNoTracking().Where(f => f.CohortRegionId == regionId).OrderBy(f => f.Title).Select(f => new { f.Id, f.Title }).ToListAsync();
        return new ActivityPageModel(region, id, form, files.Select(f => (f.Id, f.Title)).ToList(), mayEdit);
    }

    public async Task<Outcome<int>> SaveActivityAsync(int regionId, int? id, ActivityForm form)
    {
        if (await regions.FindAsync(regionId) is not { } region || !await access.MayAsync(RecordAction.ContributeToRegion, regionId))
            return Outcome<int>.Of(Outcome.NotFound);
        var files = await db.RegionFiles.Where(f => f.CohortRegionId == regionId && form.FileIds.Contains(f.Id)).Select(f => f.Id).ToListAsync();
        ResearchActivity activity;
        object? before = null;
        var now = clock.UtcNow;
        if (id is null)
        {
            activity = new ResearchActivity { CohortRegionId = regionId, CreatedAtUtc = now };
            db.ResearchActivities.Add(activity);
        }
        else
        {
            if (await db.ResearchActivities.Include(a => a.Populations).Include(a => a.Files).FirstOrDefaultAsync(a => a.Id == id && a.CohortRegionId == regionId) is not { } found)
                return Outcome<int>.Of(Outcome.NotFound);
            activity = found;
            if (activity.Version != form.Version)
                return Outcome<int>.Conflict(Changed, activity.Id);
            before = Snapshot(activity);
            activity.Version = Guid.NewGuid();
        }
        activity.Title = form.Title.Trim();
        activity.Method = form.Method!.Value;
        activity.HeldOn = form.HeldOn!.Value;
        activity.WorkersEngaged = form.WorkersEngaged!.Value;
        activity.EmployersInvolved = form.EmployersInvolved ?? 0;
        activity.Findings = form.Findings.Trim();
        activity.UpdatedAtUtc = now;
        activity.Populations.RemoveAll(p => form.Populations.GetValueOrDefault(p.Population) is null);
        foreach (var (population, workers) in form.Populations.Where(p => p.Value is not null && Enum.IsDefined(p.Key)))
        {
            if (activity.Populations.FirstOrDefault(p => p.Population == population) is { } existing)
                existing.Workers = workers!.Value;
            else
                activity.Populations.Add(new ResearchPopulation { Population = population, Workers = workers!.Value });
        }
        activity.Files.RemoveAll(f => !files.Contains(f.RegionFileId));
        activity.Files.AddRange(files.Where(f => activity.Files.All(x => x.RegionFileId != f)).Select(f => new ResearchFile { RegionFileId = f }));
        return await SaveAsync(activity, a => a.Id, $"{region.Name}: research “{activity.Title}”", AuditActions.ResearchRecorded, before, Snapshot(activity));
    }

    public async Task<byte[]?> ExportAsync(int regionId, bool pilots, bool excel)
    {
        if (await ListAsync(regionId) is not { } model)
            return null;
        if (!pilots)
        {
            var counts = (await db.ResearchPopulations.AsNoTracking().Where(p => db.ResearchActivities.Any(a => a.Id == p.ResearchActivityId && a.CohortRegionId == regionId)).ToListAsync())
                .ToLookup(p => p.ResearchActivityId);
            var rows = model.Activities.Select(a => (IReadOnlyList<object?>)
            [
                a.Title, ResearchTerms.Label(a.Method), a.HeldOn.ToString("yyyy-MM-dd"), a.Workers, a.Employers,
                .. Enum.GetValues<PriorityPopulation>().Select(p => (object?)counts[a.Id].FirstOrDefault(c => c.Population == p)?.Workers), a.Findings,
            ]).ToList();
            return excel ? await TableExport.Excel("Research", ActivityHeader, rows) : TableExport.Csv(ActivityHeader, rows);
        }
        var details = await db.Pilots.AsNoTracking().Where(p => p.CohortRegionId == regionId)
            .Select(p => new { p.Id, p.Partners, p.Hypothesis, Learned = p.Cycles.OrderByDescending(c => c.Number).Select(c => c.Act).FirstOrDefault() }).ToDictionaryAsync(p => p.Id);
        var pilotRows = model.Pilots.Select(p => (IReadOnlyList<object?>)
        [
            p.Title, ResearchTerms.Label(p.Status), p.StartsOn?.ToString("yyyy-MM-dd"), p.EndsOn?.ToString("yyyy-MM-dd"), string.Join("; ", p.Dimensions),
            details[p.Id].Partners, details[p.Id].Hypothesis, p.Cycles, details[p.Id].Learned ?? "",
        ]).ToList();
        return excel ? await TableExport.Excel("Pilots", PilotHeader, pilotRows) : TableExport.Csv(PilotHeader, pilotRows);
    }

    private async Task<Outcome<int>> SaveAsync<T>(T item, Func<T, int> id, string summary, string action, object? before, object after) where T : class
    {
        try
        {
            return await db.InTransactionAsync(async () =>
            {
                await db.SaveChangesAsync();
                audit.Record(action, typeof(T).Name, id(item).ToString(), summary, before, after);
                await db.SaveChangesAsync();
                return Outcome<int>.DoneWith(id(item));
            });
        }
        catch (DbUpdateException ex) when (DatabaseConflict.Is(ex))
        {
            db.ChangeTracker.Clear();
            return Outcome<int>.Conflict(Changed, 0);
        }
    }

    private static object Snapshot(ResearchActivity a) => new
    {
        a.Title, Method = a.Method.ToString(), a.HeldOn, a.WorkersEngaged, a.EmployersInvolved, a.Findings,
        Populations = a.Populations.Select(p => new { Population = p.Population.ToString(), p.Workers }).ToList(), Files = a.Files.Select(f => f.RegionFileId).ToList(),
    };

    private static object Snapshot(Pilot p) => new
    {
        p.Title, p.Hypothesis, p.Partners, p.StartsOn, p.EndsOn, Status = p.Status.ToString(), Dimensions = p.Dimensions.Select(d => d.PlanDimensionId).ToList(),
    };
}
