using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Planning;
using Raaqj.Web.Features.Ecosystem;

namespace Raaqj.Web.Features.ActionPlans;

public sealed record MeasureRow(int Id, MeasureForm Form);

public sealed record ActionPageModel(PlanStanding Standing, int? Id, ActionForm Form, IReadOnlyList<Option> Strategies, IReadOnlyList<Option> Stakeholders,
    IReadOnlyList<MeasureRow> Measures)
{
    public IReadOnlyList<Option> Research { get; init; } = [];
    public IReadOnlyList<Option> Pilots { get; init; } = [];

    public MeasureForm NewMeasure { get; init; } = new();
}

// The actions of a draft plan and their measures (the rest of PlanItemsHandler is the goals, strategies and what they share).
public sealed partial class PlanItemsHandler
{
    public async Task<ActionPageModel?> ActionPageAsync(int regionId, int? strategyId, int? actionId, ActionForm? typed = null, MeasureForm? newMeasure = null)
    {
        if (await pages.FindAsync(regionId) is not { } standing)
            return null;
        var action = actionId is null ? null : await Actions(standing).AsNoTracking().Include(a => a.Citations).FirstOrDefaultAsync(a => a.Id == actionId);
        if (actionId is not null && action is null)
            return null;
        var strategies = await Strategies(standing).AsNoTracking()
            .Join(db.PlanGoals, s => s.PlanGoalId, g => g.Id, (s, g) => new { s.Id, s.Title, Goal = g.Title, g.PlanDimensionId, GoalPosition = g.Position, s.Position })
            .Join(db.PlanDimensions, x => x.PlanDimensionId, d => d.Id, (x, d) => new { x.Id, Text = d.Name + " › " + x.Goal + " › " + x.Title, DimensionPosition = d.Position, x.GoalPosition, x.Position })
            .OrderBy(x => x.DimensionPosition).ThenBy(x => x.GoalPosition).ThenBy(x => x.Position).Select(x => new Option(x.Id, x.Text)).ToListAsync();
        if (action is null && !strategies.Any(s => s.Id == strategyId))
            return null;
        var form = typed ?? (action is null ? new ActionForm { StrategyId = strategyId } : new ActionForm
        {
            StrategyId = action.PlanStrategyId, Description = action.Description, LeadStakeholderId = action.LeadStakeholderId, StartMonth = action.StartMonth,
            EndMonth = action.EndMonth, Budget = action.Budget, FundingSource = action.FundingSource, Populations = [.. PlanAction.Unmask(action.Populations)], Version = action.Version,
            ResearchIds = action.Citations.Where(c => c.ResearchActivityId != null).Select(c => c.ResearchActivityId!.Value).ToList(),
            PilotIds = action.Citations.Where(c => c.PilotId != null).Select(c => c.PilotId!.Value).ToList(),
        });
        // Leads come from the region's ecosystem map: its engaged organizations, and whoever leads this action now.
        var stakeholders = await EcosystemFigures.Active(db).AsNoTracking()
            .Where(s => s.CohortRegionId == regionId && (s.Engagement >= EngagementLevel.Involved || s.Id == form.LeadStakeholderId))
            .OrderBy(s => s.NameKey).Select(s => new Option(s.Id, s.Name)).ToListAsync();
        var measures = actionId is null ? [] : await db.PlanMeasures.AsNoTracking().Where(m => m.PlanActionId == actionId).OrderBy(m => m.Id)
            .Select(m => new MeasureRow(m.Id, new MeasureForm { Indicator = m.Indicator, Baseline = m.Baseline, Target = m.Target, ByMonth = m.ByMonth, Version = m.Version })).ToListAsync();
        return new ActionPageModel(standing, actionId, form, strategies, stakeholders, measures)
        {
            NewMeasure = newMeasure ?? new MeasureForm(),
            Research = await db.ResearchActivities.AsNoTracking().Where(r => r.CohortRegionId == regionId).OrderByDescending(r => r.HeldOn).Select(r => new Option(r.Id, r.Title)).ToListAsync(),
            Pilots = await db.Pilots.AsNoTracking().Where(p => p.CohortRegionId == regionId).OrderBy(p => p.Title).Select(p => new Option(p.Id, p.Title)).ToListAsync(),
        };
    }

    public async Task<Outcome<int>> SaveActionAsync(int regionId, int? actionId, ActionForm form)
    {
        if (await EditableAsync(regionId) is not { } editable)
            return Outcome<int>.Of(Outcome.NotFound);
        if (editable.Refusal is { } refusal)
            return Outcome<int>.Of(refusal);
        var plan = editable.Plan;
        if (!await db.PlanStrategies.AnyAsync(s => s.Id == form.StrategyId && db.PlanGoals.Any(g => g.Id == s.PlanGoalId && g.ActionPlanId == plan.Id)))
            return Outcome<int>.Of(Outcome.Invalid(nameof(ActionForm.StrategyId), "Choose one of the plan's strategies."));
        if (form.LeadStakeholderId is { } lead && !await EcosystemFigures.Active(db).AnyAsync(s => s.Id == lead && s.CohortRegionId == regionId))
            return Outcome<int>.Of(Outcome.Invalid(nameof(ActionForm.LeadStakeholderId), "Choose a lead from the region's ecosystem map."));
        PlanAction action;
        object? before = null;
        if (actionId is null)
        {
            action = new PlanAction { Position = await db.PlanActions.CountAsync(a => a.PlanStrategyId == form.StrategyId) + 1 };
            db.PlanActions.Add(action);
        }
        else
        {
            action = await db.PlanActions.Include(a => a.Citations).FirstOrDefaultAsync(a => a.Id == actionId
                && db.PlanStrategies.Any(s => s.Id == a.PlanStrategyId && db.PlanGoals.Any(g => g.Id == s.PlanGoalId && g.ActionPlanId == plan.Id))) ?? throw new InvalidOperationException();
            if (action.Version != form.Version)
                return Outcome<int>.Conflict(Changed, action.Id);
            before = Snapshot(action);
            action.Version = Guid.NewGuid();
        }
        action.PlanStrategyId = form.StrategyId!.Value;
        action.Description = form.Description.Trim();
        action.LeadStakeholderId = form.LeadStakeholderId;
        action.StartMonth = form.StartMonth;
        action.EndMonth = form.EndMonth;
        action.Budget = form.Budget;
        action.FundingSource = form.FundingSource.Trim();
        action.Populations = PlanAction.Mask(form.Populations);
        // Only the region's own research and pilots can be cited.
        var research = await db.ResearchActivities.Where(r => r.CohortRegionId == regionId && form.ResearchIds.Contains(r.Id)).Select(r => r.Id).ToListAsync();
        var pilots = await db.Pilots.Where(p => p.CohortRegionId == regionId && form.PilotIds.Contains(p.Id)).Select(p => p.Id).ToListAsync();
        action.Citations.RemoveAll(c => (c.ResearchActivityId is { } r && !research.Contains(r)) || (c.PilotId is { } p && !pilots.Contains(p)));
        action.Citations.AddRange(research.Where(r => action.Citations.All(c => c.ResearchActivityId != r)).Select(r => new PlanCitation { ResearchActivityId = r }));
        action.Citations.AddRange(pilots.Where(p => action.Citations.All(c => c.PilotId != p)).Select(p => new PlanCitation { PilotId = p }));
        return await SaveAsync(plan, action, before is null ? AuditActions.PlanItemAdded : AuditActions.PlanItemChanged, "action", a => a.Id, a => a.Description, before, Snapshot(action));
    }

    public async Task<Outcome<int>> SaveMeasureAsync(int regionId, int actionId, int? measureId, MeasureForm form)
    {
        if (await EditableAsync(regionId) is not { } editable)
            return Outcome<int>.Of(Outcome.NotFound);
        if (editable.Refusal is { } refusal)
            return Outcome<int>.Of(refusal);
        var plan = editable.Plan;
        if (!await db.PlanActions.AnyAsync(a => a.Id == actionId && db.PlanStrategies.Any(s => s.Id == a.PlanStrategyId && db.PlanGoals.Any(g => g.Id == s.PlanGoalId && g.ActionPlanId == plan.Id))))
            return Outcome<int>.Of(Outcome.NotFound);
        PlanMeasure measure;
        object? before = null;
        if (measureId is null)
        {
            measure = new PlanMeasure { PlanActionId = actionId };
            db.PlanMeasures.Add(measure);
        }
        else
        {
            if (await db.PlanMeasures.FirstOrDefaultAsync(m => m.Id == measureId && m.PlanActionId == actionId) is not { } found)
                return Outcome<int>.Of(Outcome.NotFound);
            measure = found;
            if (measure.Version != form.Version)
                return Outcome<int>.Conflict(Changed, measure.Id);
            before = new { measure.Indicator, measure.Baseline, measure.Target, measure.ByMonth };
            measure.Version = Guid.NewGuid();
        }
        measure.Indicator = form.Indicator.Trim();
        measure.Baseline = form.Baseline.Trim();
        measure.Target = form.Target.Trim();
        measure.ByMonth = form.ByMonth;
        return await SaveAsync(plan, measure, before is null ? AuditActions.PlanItemAdded : AuditActions.PlanItemChanged, "measure", m => m.Id, m => m.Indicator, before,
            new { measure.Indicator, measure.Baseline, measure.Target, measure.ByMonth });
    }

    // Removes an item with what is under it (a goal's strategies, actions and measures), as the person saw it.

    private static object Snapshot(PlanAction a) => new
    {
        a.PlanStrategyId, a.Description, a.LeadStakeholderId, a.StartMonth, a.EndMonth, a.Budget, a.FundingSource, Populations = PlanAction.Unmask(a.Populations).Select(p => p.ToString()),
        Research = a.Citations.Where(c => c.ResearchActivityId != null).Select(c => c.ResearchActivityId).ToList(),
        Pilots = a.Citations.Where(c => c.PilotId != null).Select(c => c.PilotId).ToList(),
    };
}
