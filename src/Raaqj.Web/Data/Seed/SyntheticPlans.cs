using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Domain.Planning;
using Raaqj.Web.Features.ActionPlans;

namespace Raaqj.Web.Data.Seed;

// A large action plan, for the benchmarks and the SQL command tests (never the demo): a region's plan grows to the
// given number of actions under every dimension (a goal of four strategies each), every action with a measure, and is
// submitted the given number of times, a few actions edited and one moved between versions, all but the last sent
// back for changes.
public static class SyntheticPlans
{
    public static async Task AddAsync(AppDbContext db, int regionId, int actionsPerDimension, int versions, DateTime nowUtc)
    {
        var plan = await db.ActionPlans.FirstOrDefaultAsync(p => p.CohortRegionId == regionId);
        if (plan is null)
        {
            plan = new ActionPlan { CohortRegionId = regionId, CreatedAtUtc = nowUtc, UpdatedAtUtc = nowUtc };
            db.ActionPlans.Add(plan);
        }
        foreach (var dimension in await db.PlanDimensions.Where(d => !d.IsRetired).Select(d => d.Id).ToListAsync())
        {
            var goal = new PlanGoal { PlanDimensionId = dimension, Title = $"Synthetic goal {dimension}", Position = 100 + dimension };
            for (var s = 0; s < 4; s++)
            {
                var strategy = new PlanStrategy { Title = $"Synthetic strategy {dimension}.{s}", Position = s + 1 };
                for (var a = 0; a < actionsPerDimension / 4; a++)
                    strategy.Actions.Add(new PlanAction
                    {
                        Description = $"Synthetic action {dimension}.{s}.{a}", Budget = 1_000m * (a + 1), FundingSource = "Synthetic fund", StartMonth = 10, EndMonth = 10 + a % 24,
                        Position = a + 1, Measures = [new PlanMeasure { Indicator = $"Indicator {dimension}.{s}.{a}", Baseline = "0", Target = $"{a + 10}", ByMonth = 24 }],
                    });
                goal.Strategies.Add(strategy);
            }
            plan.Goals.Add(goal);
        }
        await db.SaveChangesAsync();
        var actions = await db.PlanActions.Where(a => db.PlanStrategies.Any(s => s.Id == a.PlanStrategyId && db.PlanGoals.Any(g => g.Id == s.PlanGoalId && g.ActionPlanId == plan.Id)))
            .OrderBy(a => a.Id).ToListAsync();
        var strategies = actions.Select(a => a.PlanStrategyId).Distinct().ToList();
        var submitter = await db.OrganizationMembers.Where(m => db.CohortRegions.Any(r => r.Id == regionId && r.OrganizationId == m.OrganizationId)).Select(m => m.UserId).FirstAsync();
        var first = await db.PlanVersions.Where(v => v.ActionPlanId == plan.Id).MaxAsync(v => (int?)v.Number) ?? 0;
        for (var v = 1; v <= versions; v++)
        {
            foreach (var action in actions.Where((_, i) => i % 37 == v % 37))
            {
                action.Description += $" (revised in version {first + v})";
                action.Budget += 500m;
            }
            actions[v % actions.Count].PlanStrategyId = strategies[v % strategies.Count];
            var at = nowUtc.AddDays(-versions + v);
            db.PlanVersions.Add(new PlanVersion
            {
                ActionPlanId = plan.Id, Number = first + v, Snapshot = PlanTree.Write(await DraftAfterSaveAsync(db, plan.Id)), SubmittedAtUtc = at, SubmittedByUserId = submitter,
                Outcome = v < versions ? PlanStatus.ChangesRequested : PlanStatus.Submitted, DecidedAtUtc = v < versions ? at.AddHours(4) : null,
                DecisionNote = v < versions ? "Synthetic review." : "",
            });
        }
        plan.Status = PlanStatus.Submitted;
        await db.SaveChangesAsync();
    }

    private static async Task<PlanSnapshot> DraftAfterSaveAsync(AppDbContext db, int planId)
    {
        await db.SaveChangesAsync();
        return await PlanTree.DraftAsync(db, planId);
    }
}
