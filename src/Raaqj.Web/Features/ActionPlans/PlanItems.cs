using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Planning;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Auditing;

namespace Raaqj.Web.Features.ActionPlans;

public sealed record Option(int Id, string Text);

public sealed record GoalPageModel(PlanStanding Standing, int? Id, GoalForm Form, IReadOnlyList<Option> Dimensions);

public sealed record StrategyPageModel(PlanStanding Standing, int? Id, StrategyForm Form, IReadOnlyList<Option> Goals);


// The items of a draft plan, each saved on its own against its own version: two people on different actions both
// keep their work; two on the same action, the second is told and keeps what they typed. Every save also touches the
// plan, so a save racing its submission is refused rather than slipping into a frozen version.
public sealed partial class PlanItemsHandler(AppDbContext db, PlanPages pages, ProgramClock clock, AuditLog audit)
{
    private const string Changed = "Someone changed this while you were editing it. The saved version is shown; your text is still in the form: save again to keep it.";

    public async Task<GoalPageModel?> GoalPageAsync(int regionId, int? goalId, GoalForm? typed = null)
    {
        if (await pages.FindAsync(regionId) is not { } standing)
            return null;
        var goal = goalId is null ? null : await Goals(standing).AsNoTracking().FirstOrDefaultAsync(g => g.Id == goalId);
        if (goalId is not null && goal is null)
            return null;
        var form = typed ?? (goal is null ? new GoalForm() : new GoalForm { DimensionId = goal.PlanDimensionId, Title = goal.Title, Description = goal.Description, Version = goal.Version });
        var dimensions = await db.PlanDimensions.AsNoTracking().Where(d => !d.IsRetired || d.Id == form.DimensionId).OrderBy(d => d.Position)
            .Select(d => new Option(d.Id, d.Name)).ToListAsync();
        return new GoalPageModel(standing, goalId, form, dimensions);
    }

    public async Task<Outcome<int>> SaveGoalAsync(int regionId, int? goalId, GoalForm form)
    {
        if (await EditableAsync(regionId, create: goalId is null) is not { } editable)
            return Outcome<int>.Of(Outcome.NotFound);
        if (editable.Refusal is { } refusal)
            return Outcome<int>.Of(refusal);
        if (!await db.PlanDimensions.AnyAsync(d => d.Id == form.DimensionId && (!d.IsRetired || db.PlanGoals.Any(g => g.Id == goalId && g.PlanDimensionId == d.Id))))
            return Outcome<int>.Of(Outcome.Invalid(nameof(GoalForm.DimensionId), "Choose one of the program's job quality dimensions."));
        var plan = editable.Plan;
        PlanGoal goal;
        object? before = null;
        if (goalId is null)
        {
            goal = new PlanGoal { ActionPlanId = plan.Id, Position = await db.PlanGoals.CountAsync(g => g.ActionPlanId == plan.Id) + 1 };
            db.PlanGoals.Add(goal);
        }
        else
        {
            goal = await db.PlanGoals.FirstOrDefaultAsync(g => g.Id == goalId && g.ActionPlanId == plan.Id) ?? throw new InvalidOperationException();
            if (goal.Version != form.Version)
                return Outcome<int>.Conflict(Changed, goal.Id);
            before = new { goal.PlanDimensionId, goal.Title, goal.Description };
            goal.Version = Guid.NewGuid();
        }
        goal.PlanDimensionId = form.DimensionId!.Value;
        goal.Title = form.Title.Trim();
        goal.Description = form.Description.Trim();
        return await SaveAsync(plan, goal, before is null ? AuditActions.PlanItemAdded : AuditActions.PlanItemChanged, "goal", g => g.Id, g => g.Title, before,
            new { goal.PlanDimensionId, goal.Title, goal.Description });
    }

    public async Task<StrategyPageModel?> StrategyPageAsync(int regionId, int? goalId, int? strategyId, StrategyForm? typed = null)
    {
        if (await pages.FindAsync(regionId) is not { } standing)
            return null;
        var strategy = strategyId is null ? null : await Strategies(standing).AsNoTracking().FirstOrDefaultAsync(s => s.Id == strategyId);
        if (strategyId is not null && strategy is null)
            return null;
        var goals = await Goals(standing).AsNoTracking().Join(db.PlanDimensions, g => g.PlanDimensionId, d => d.Id, (g, d) => new { g.Id, g.Title, Dimension = d.Name, d.Position, GoalPosition = g.Position })
            .OrderBy(g => g.Position).ThenBy(g => g.GoalPosition).Select(g => new Option(g.Id, g.Dimension + " › " + g.Title)).ToListAsync();
        if (strategy is null && !goals.Any(g => g.Id == goalId))
            return null;
        var form = typed ?? (strategy is null ? new StrategyForm { GoalId = goalId }
            : new StrategyForm { GoalId = strategy.PlanGoalId, Title = strategy.Title, Description = strategy.Description, Version = strategy.Version });
        return new StrategyPageModel(standing, strategyId, form, goals);
    }

    public async Task<Outcome<int>> SaveStrategyAsync(int regionId, int? strategyId, StrategyForm form)
    {
        if (await EditableAsync(regionId) is not { } editable)
            return Outcome<int>.Of(Outcome.NotFound);
        if (editable.Refusal is { } refusal)
            return Outcome<int>.Of(refusal);
        var plan = editable.Plan;
        if (!await db.PlanGoals.AnyAsync(g => g.Id == form.GoalId && g.ActionPlanId == plan.Id))
            return Outcome<int>.Of(Outcome.Invalid(nameof(StrategyForm.GoalId), "Choose one of the plan's goals."));
        PlanStrategy strategy;
        object? before = null;
        if (strategyId is null)
        {
            strategy = new PlanStrategy { Position = await db.PlanStrategies.CountAsync(s => s.PlanGoalId == form.GoalId) + 1 };
            db.PlanStrategies.Add(strategy);
        }
        else
        {
            strategy = await db.PlanStrategies.FirstOrDefaultAsync(s => s.Id == strategyId && db.PlanGoals.Any(g => g.Id == s.PlanGoalId && g.ActionPlanId == plan.Id))
                ?? throw new InvalidOperationException();
            if (strategy.Version != form.Version)
                return Outcome<int>.Conflict(Changed, strategy.Id);
            before = new { strategy.PlanGoalId, strategy.Title, strategy.Description };
            strategy.Version = Guid.NewGuid();
        }
        strategy.PlanGoalId = form.GoalId!.Value;
        strategy.Title = form.Title.Trim();
        strategy.Description = form.Description.Trim();
        return await SaveAsync(plan, strategy, before is null ? AuditActions.PlanItemAdded : AuditActions.PlanItemChanged, "strategy", s => s.Id, s => s.Title, before,
            new { strategy.PlanGoalId, strategy.Title, strategy.Description });
    }

    public async Task<Outcome> RemoveAsync(int regionId, string kind, int id, Guid version)
    {
        if (await EditableAsync(regionId) is not { } editable)
            return Outcome.NotFound;
        if (editable.Refusal is { } refusal)
            return refusal;
        var planId = editable.Plan.Id;
        var goals = db.PlanGoals.Where(g => g.ActionPlanId == planId);
        var strategies = db.PlanStrategies.Where(s => goals.Any(g => g.Id == s.PlanGoalId));
        var actions = db.PlanActions.Where(a => strategies.Any(s => s.Id == a.PlanStrategyId));
        object? item = kind switch
        {
            "goal" => await goals.FirstOrDefaultAsync(g => g.Id == id),
            "strategy" => await strategies.FirstOrDefaultAsync(s => s.Id == id),
            "action" => await actions.FirstOrDefaultAsync(a => a.Id == id),
            "measure" => await db.PlanMeasures.FirstOrDefaultAsync(m => m.Id == id && actions.Any(a => a.Id == m.PlanActionId)),
            _ => null,
        };
        if (item is null)
            return Outcome.Done;
        var entry = db.Entry(item);
        if ((Guid)entry.Property("Version").CurrentValue! != version)
            return Outcome.Conflict("Someone changed this since you opened it; it was not removed. Check it and remove it again if you still mean to.");
        // Indicators that track a measure going with the item keep what they measure and lose the link.
        var measures = kind switch
        {
            "goal" => db.PlanMeasures.Where(m => actions.Any(a => a.Id == m.PlanActionId && db.PlanStrategies.Any(s => s.Id == a.PlanStrategyId && s.PlanGoalId == id))),
            "strategy" => db.PlanMeasures.Where(m => actions.Any(a => a.Id == m.PlanActionId && a.PlanStrategyId == id)),
            "action" => db.PlanMeasures.Where(m => m.PlanActionId == id),
            _ => db.PlanMeasures.Where(m => m.Id == id),
        };
        await db.Indicators.Where(i => measures.Any(m => m.Id == i.PlanMeasureId)).ExecuteUpdateAsync(s => s.SetProperty(i => i.PlanMeasureId, (int?)null));
        db.Remove(item);
        audit.Record(AuditActions.PlanItemRemoved, nameof(ActionPlan), planId.ToString(), $"{kind} {id} removed from {editable.Standing.Region.Name}'s plan",
            before: entry.CurrentValues.ToObject());
        editable.Plan.UpdatedAtUtc = clock.UtcNow;
        return await db.SaveOrConflictAsync(Changed);
    }

    private sealed record Editable(PlanStanding Standing, ActionPlan Plan, Outcome? Refusal);

    // The plan this person may write now, made on the first goal (two people starting it at once make one); a
    // refusal when its status freezes it.
    private async Task<Editable?> EditableAsync(int regionId, bool create = false)
    {
        if (await pages.FindAsync(regionId, tracked: true) is not { IsTeam: true } standing)
            return null;
        if (!standing.May(PlanStep.Edit))
            return new Editable(standing, standing.Plan!, Outcome.Invalid("", PlanWorkflow.Refusal(PlanStep.Edit, standing.Status)));
        if (standing.Plan is { } plan)
            return new Editable(standing, plan, null);
        if (!create)
            return null;
        var now = clock.UtcNow;
        var made = new ActionPlan { CohortRegionId = regionId, Status = PlanStatus.Draft, CreatedAtUtc = now, UpdatedAtUtc = now };
        db.ActionPlans.Add(made);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException ex) when (DatabaseConflict.Is(ex))
        {
            db.ChangeTracker.Clear();
            return await pages.FindAsync(regionId, tracked: true) is { Plan: { } other } again ? new Editable(again, other, null) : null;
        }
        return new Editable(standing, made, null);
    }

    private async Task<Outcome<int>> SaveAsync<T>(ActionPlan plan, T item, string action, string kind, Func<T, int> id, Func<T, string> label, object? before, object after)
        where T : class
    {
        plan.UpdatedAtUtc = clock.UtcNow;
        try
        {
            return await db.InTransactionAsync(async () =>
            {
                await db.SaveChangesAsync();
                audit.Record(action, nameof(ActionPlan), plan.Id.ToString(), $"{kind} {id(item)}: {label(item)}", before, after);
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

    private IQueryable<PlanGoal> Goals(PlanStanding standing) => db.PlanGoals.Where(g => g.ActionPlanId == (standing.Plan == null ? 0 : standing.Plan.Id));

    private IQueryable<PlanStrategy> Strategies(PlanStanding standing)
    {
        var goals = Goals(standing);
        return db.PlanStrategies.Where(s => goals.Any(g => g.Id == s.PlanGoalId));
    }

    private IQueryable<PlanAction> Actions(PlanStanding standing)
    {
        var strategies = Strategies(standing);
        return db.PlanActions.Where(a => strategies.Any(s => s.Id == a.PlanStrategyId));
    }
}
