using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Planning;
using Raaqj.Web.Features.Timeline;
using Raaqj.Web.Infrastructure.Auditing;

namespace Raaqj.Web.Features.ActionPlans;

public sealed record PlanCell(int Goals, int Actions, int Measures, decimal Budget)
{
    public bool IsGap => Goals == 0;
}

public sealed record RegionPlanColumn(int RegionId, string Region, PlanStatus? Status, int? LatestVersion, DateTime? UpdatedAtUtc)
{
    public IReadOnlyDictionary<int, PlanCell> Cells { get; init; } = new Dictionary<int, PlanCell>();

    public PlanCell Total => new(Cells.Values.Sum(c => c.Goals), Cells.Values.Sum(c => c.Actions), Cells.Values.Sum(c => c.Measures), Cells.Values.Sum(c => c.Budget));
}

public sealed record CohortPlansModel(ProgramToday Today, IReadOnlyList<PlanDimension> Dimensions, IReadOnlyList<RegionPlanColumn> Regions);

// Staff see every region's plan side by side, dimension by dimension: goals, actions, measures and budget, a
// dimension with no goal marked as a gap, and each plan's status. Five grouped queries whatever the plans' size.
public sealed class CohortPlansHandler(AppDbContext db, CurrentProgram programs)
{
    public async Task<CohortPlansModel?> Handle(int programId)
    {
        if (await programs.FindAsync(programId) is not { RequestForActionId: { } rfp } program)
            return null;
        var regions = await db.CohortRegions.AsNoTracking().Where(r => r.RequestForActionId == rfp).OrderBy(r => r.RegionName)
            .Select(r => new
            {
                r.Id, r.RegionName, Plan = db.ActionPlans.Where(p => p.CohortRegionId == r.Id).Select(p => new { p.Id, p.Status, p.UpdatedAtUtc }).FirstOrDefault(),
            }).ToListAsync();
        var planIds = regions.Where(r => r.Plan != null).Select(r => r.Plan!.Id).ToList();
        var goals = db.PlanGoals.Where(g => planIds.Contains(g.ActionPlanId));
        var goalCounts = await goals.GroupBy(g => new { g.ActionPlanId, g.PlanDimensionId }).Select(g => new { g.Key.ActionPlanId, g.Key.PlanDimensionId, Count = g.Count() }).ToListAsync();
        var actions = goals.SelectMany(g => db.PlanStrategies.Where(s => s.PlanGoalId == g.Id), (g, s) => new { g.ActionPlanId, g.PlanDimensionId, StrategyId = s.Id })
            .SelectMany(x => db.PlanActions.Where(a => a.PlanStrategyId == x.StrategyId), (x, a) => new { x.ActionPlanId, x.PlanDimensionId, a.Id, a.Budget });
        var actionCounts = await actions.GroupBy(a => new { a.ActionPlanId, a.PlanDimensionId })
            .Select(g => new { g.Key.ActionPlanId, g.Key.PlanDimensionId, Count = g.Count(), Budget = g.Sum(a => a.Budget ?? 0) }).ToListAsync();
        var measureCounts = await actions.SelectMany(a => db.PlanMeasures.Where(m => m.PlanActionId == a.Id), (a, m) => new { a.ActionPlanId, a.PlanDimensionId })
            .GroupBy(m => new { m.ActionPlanId, m.PlanDimensionId }).Select(g => new { g.Key.ActionPlanId, g.Key.PlanDimensionId, Count = g.Count() }).ToListAsync();
        var versions = await db.PlanVersions.AsNoTracking().Where(v => planIds.Contains(v.ActionPlanId)).GroupBy(v => v.ActionPlanId)
            .Select(g => new { PlanId = g.Key, Number = g.Max(v => v.Number) }).ToDictionaryAsync(v => v.PlanId, v => v.Number);
        var dimensions = await db.PlanDimensions.AsNoTracking().OrderBy(d => d.Position).ToListAsync();
        var columns = regions.Select(r => new RegionPlanColumn(r.Id, r.RegionName, r.Plan?.Status, r.Plan is null ? null : versions.GetValueOrDefault(r.Plan.Id) is var n && n > 0 ? n : null,
            r.Plan?.UpdatedAtUtc)
        {
            Cells = dimensions.ToDictionary(d => d.Id, d => r.Plan is null ? new PlanCell(0, 0, 0, 0) : new PlanCell(
                goalCounts.FirstOrDefault(g => g.ActionPlanId == r.Plan.Id && g.PlanDimensionId == d.Id)?.Count ?? 0,
                actionCounts.FirstOrDefault(a => a.ActionPlanId == r.Plan.Id && a.PlanDimensionId == d.Id)?.Count ?? 0,
                measureCounts.FirstOrDefault(m => m.ActionPlanId == r.Plan.Id && m.PlanDimensionId == d.Id)?.Count ?? 0,
                actionCounts.FirstOrDefault(a => a.ActionPlanId == r.Plan.Id && a.PlanDimensionId == d.Id)?.Budget ?? 0)),
        }).ToList();
        // A retired dimension stays a row only while some plan has a goal under it.
        return new CohortPlansModel(programs.Today(program), dimensions.Where(d => !d.IsRetired || columns.Any(c => c.Cells[d.Id].Goals > 0)).ToList(), columns);
    }
}

public sealed class DimensionForm
{
    public int? Id { get; set; }
    public string Name { get; set; } = "";
    public string Description { get; set; } = "";
    public int Position { get; set; }
    public bool IsRetired { get; set; }
}

public sealed class DimensionFormValidator : AbstractValidator<DimensionForm>
{
    public DimensionFormValidator()
    {
        RuleFor(f => f.Name).NotEmpty().WithMessage("Name the dimension.").MaximumLength(PlanDimension.NameMaxLength);
        RuleFor(f => f.Description).MaximumLength(PlanDimension.DescriptionMaxLength);
        RuleFor(f => f.Position).InclusiveBetween(1, 100).WithMessage("Give its place in the list, from 1.");
    }
}

public sealed record DimensionsModel(IReadOnlyList<DimensionForm> Dimensions, IReadOnlyDictionary<int, int> GoalsUnder)
{
    public DimensionForm New { get; init; } = new();
}

// The job quality dimensions plans are organized by, kept by staff: renamed, reordered, added, or retired (a
// retired one keeps the goals written under it and takes no new ones; none is ever deleted).
public sealed class DimensionsHandler(AppDbContext db, AuditLog audit)
{
    public async Task<DimensionsModel> LoadAsync(DimensionForm? typed = null) => new(
        await db.PlanDimensions.AsNoTracking().OrderBy(d => d.Position).ThenBy(d => d.Id)
            .Select(d => new DimensionForm { Id = d.Id, Name = d.Name, Description = d.Description, Position = d.Position, IsRetired = d.IsRetired }).ToListAsync(),
        await db.PlanGoals.GroupBy(g => g.PlanDimensionId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count))
    {
        New = typed ?? new DimensionForm { Position = await db.PlanDimensions.CountAsync() + 1 },
    };

    public async Task<Outcome> SaveAsync(DimensionForm form)
    {
        var name = form.Name.Trim();
        if (await db.PlanDimensions.AnyAsync(d => d.Name == name && d.Id != form.Id))
            return Outcome.Invalid(nameof(DimensionForm.Name), "There is a dimension with this name already.");
        PlanDimension dimension;
        object? before = null;
        if (form.Id is { } id)
        {
            if (await db.PlanDimensions.FirstOrDefaultAsync(d => d.Id == id) is not { } found)
                return Outcome.NotFound;
            dimension = found;
            before = new { dimension.Name, dimension.Description, dimension.Position, dimension.IsRetired };
        }
        else
            db.PlanDimensions.Add(dimension = new PlanDimension());
        dimension.Name = name;
        dimension.Description = form.Description.Trim();
        dimension.Position = form.Position;
        dimension.IsRetired = form.IsRetired;
        audit.Record(AuditActions.PlanDimensionsChanged, nameof(PlanDimension), (form.Id ?? 0).ToString(), $"Job quality dimension “{name}” {(before is null ? "added" : "saved")}",
            before, new { dimension.Name, dimension.Description, dimension.Position, dimension.IsRetired });
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException ex) when (Infrastructure.DatabaseConflict.Is(ex))
        {
            db.ChangeTracker.Clear();
            return Outcome.Invalid(nameof(DimensionForm.Name), "There is a dimension with this name already.");
        }
        return Outcome.Done;
    }
}
