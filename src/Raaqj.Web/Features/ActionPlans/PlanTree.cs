using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Planning;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.ActionPlans;

// A plan's draft read as a snapshot (four flat queries whatever its size), and snapshots kept as JSON: the draft page,
// a submitted version, the print view and the comparison all read the same shape.
public static class PlanTree
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<PlanSnapshot> DraftAsync(AppDbContext db, int planId)
    {
        var goals = await db.PlanGoals.AsNoTracking().Where(g => g.ActionPlanId == planId)
            .Join(db.PlanDimensions, g => g.PlanDimensionId, d => d.Id, (g, d) => new { g.Id, g.PlanDimensionId, Dimension = d.Name, DimensionPosition = d.Position, g.Title, g.Description, g.Position })
            .OrderBy(g => g.DimensionPosition).ThenBy(g => g.Position).ThenBy(g => g.Id).ToListAsync();
        var goalIds = goals.Select(g => g.Id).ToList();
        var strategies = await db.PlanStrategies.AsNoTracking().Where(s => goalIds.Contains(s.PlanGoalId)).OrderBy(s => s.Position).ThenBy(s => s.Id).ToListAsync();
        var strategyIds = strategies.Select(s => s.Id).ToList();
        var actions = await db.PlanActions.AsNoTracking().Where(a => strategyIds.Contains(a.PlanStrategyId)).OrderBy(a => a.Position).ThenBy(a => a.Id)
            .Select(a => new { Action = a, Lead = db.RegionStakeholders.Where(s => s.Id == a.LeadStakeholderId).Select(s => s.Name).FirstOrDefault() }).ToListAsync();
        var actionIds = actions.Select(a => a.Action.Id).ToList();
        var measures = (await db.PlanMeasures.AsNoTracking().Where(m => actionIds.Contains(m.PlanActionId)).OrderBy(m => m.Id).ToListAsync()).ToLookup(m => m.PlanActionId);
        var cites = (await db.PlanCitations.AsNoTracking().Where(c => actionIds.Contains(c.PlanActionId)).OrderBy(c => c.Id).Select(c => new
        {
            c.PlanActionId,
            Text = c.ResearchActivityId != null
                ? "Research: " + db.ResearchActivities.Where(r => r.Id == c.ResearchActivityId).Select(r => r.Title).First()
                : "Pilot: " + db.Pilots.Where(p => p.Id == c.PilotId).Select(p => p.Title).First(),
        }).ToListAsync()).ToLookup(c => c.PlanActionId, c => c.Text);
        var actionsOf = actions.ToLookup(a => a.Action.PlanStrategyId);
        var strategiesOf = strategies.ToLookup(s => s.PlanGoalId);
        return new PlanSnapshot(goals.Select(g => new SnapshotGoal(g.Id, g.PlanDimensionId, g.Dimension, g.Title, g.Description, strategiesOf[g.Id]
            .Select(s => new SnapshotStrategy(s.Id, s.Title, s.Description, actionsOf[s.Id].Select(x => new SnapshotAction(x.Action.Id, x.Action.Description, x.Lead ?? "",
                x.Action.StartMonth, x.Action.EndMonth, x.Action.Budget, x.Action.FundingSource, PlanAction.Unmask(x.Action.Populations).Select(Domain.Proposals.ProposalLabels.Label).ToList(),
                measures[x.Action.Id].Select(m => new SnapshotMeasure(m.Id, m.Indicator, m.Baseline, m.Target, m.ByMonth)).ToList(), cites[x.Action.Id].ToList())).ToList())).ToList()))
            .ToList());
    }

    public static string Write(PlanSnapshot snapshot) => JsonSerializer.Serialize(snapshot, Json);

    public static PlanSnapshot Read(string json) => JsonSerializer.Deserialize<PlanSnapshot>(json, Json) ?? new PlanSnapshot([]);
}

public static class PlanWording
{
    public static string Badge(PlanStatus status) => status switch
    {
        PlanStatus.Draft => "badge text-bg-secondary",
        PlanStatus.Submitted => "badge text-bg-primary",
        PlanStatus.ChangesRequested => "badge text-bg-warning",
        _ => "badge text-bg-success",
    };
}

public static class PlanCrumbs
{
    // The trail of a page under a region's plan: the dashboard, the region, the plan, and where the person is.
    public static Breadcrumb[] For(IUrlHelper url, PlanStanding standing, string here) =>
    [
        new("Dashboard", url.Action("Dashboard", "Home")), new(standing.Region.Name, url.Action("Home", "Workspace", new { regionId = standing.Region.Id })),
        new("Action plan", url.Action("Index", "Plan", new { regionId = standing.Region.Id })), new(here),
    ];
}
