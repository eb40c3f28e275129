using System.Globalization;

namespace Raaqj.Web.Domain.Planning;

public enum PlanStep
{
    Edit,
    Submit,
    Comment,
    Approve,
    RequestChanges,
    Revise,
}

// Who may take which step of a plan in which state. The region's team (Owners and Editors) writes, submits and, once
// approved, opens a revision; staff comment and decide on what was submitted. Nobody changes a submitted version.
public static class PlanWorkflow
{
    private static readonly IReadOnlyDictionary<PlanStep, (PlanStatus[] States, bool ByTeam)> Table = new Dictionary<PlanStep, (PlanStatus[], bool)>
    {
        [PlanStep.Edit] = ([PlanStatus.Draft, PlanStatus.ChangesRequested], true),
        [PlanStep.Submit] = ([PlanStatus.Draft, PlanStatus.ChangesRequested], true),
        [PlanStep.Revise] = ([PlanStatus.Approved], true),
        [PlanStep.Comment] = ([PlanStatus.Submitted, PlanStatus.ChangesRequested, PlanStatus.Approved], false),
        [PlanStep.Approve] = ([PlanStatus.Submitted], false),
        [PlanStep.RequestChanges] = ([PlanStatus.Submitted], false),
    };

    public static bool May(PlanStep step, PlanStatus status, bool isTeam, bool isStaff)
    {
        var (states, byTeam) = Table[step];
        return states.Contains(status) && (byTeam ? isTeam : isStaff);
    }

    // Why a step is refused, in the words the person reads.
    public static string Refusal(PlanStep step, PlanStatus status) => (step, status) switch
    {
        (PlanStep.Edit or PlanStep.Submit, PlanStatus.Submitted) => "The plan is submitted: it is frozen while the program team reviews it.",
        (PlanStep.Edit or PlanStep.Submit, PlanStatus.Approved) => "The plan is approved. Open a revision to change it.",
        (PlanStep.Approve or PlanStep.RequestChanges, _) => "Only a submitted plan can be approved or sent back for changes.",
        _ => "This step is not open now.",
    };

    public static string Label(PlanStatus status) => status switch
    {
        PlanStatus.Draft => "Draft",
        PlanStatus.Submitted => "Submitted",
        PlanStatus.ChangesRequested => "Changes requested",
        _ => "Approved",
    };
}

// A plan as it stood when submitted: what a version keeps and what two versions are compared by.
public sealed record PlanSnapshot(IReadOnlyList<SnapshotGoal> Goals);

public sealed record SnapshotGoal(int Id, int DimensionId, string Dimension, string Title, string Description, IReadOnlyList<SnapshotStrategy> Strategies);

public sealed record SnapshotStrategy(int Id, string Title, string Description, IReadOnlyList<SnapshotAction> Actions);

// Cites: the research and pilots that informed the action; versions submitted before citations existed have none.
public sealed record SnapshotAction(int Id, string Description, string Lead, int? StartMonth, int? EndMonth, decimal? Budget, string FundingSource,
    IReadOnlyList<string> Populations, IReadOnlyList<SnapshotMeasure> Measures, IReadOnlyList<string>? Cites = null)
{
    public IReadOnlyList<string> Informants => Cites ?? [];
}

public sealed record SnapshotMeasure(int Id, string Indicator, string Baseline, string Target, int? ByMonth);

public enum ChangeKind
{
    Added,
    Removed,
    Changed,
    Moved,
}

public sealed record FieldChange(string Field, string Before, string After);

// One item that differs between two versions: where it is (and was, when it moved), and its fields before and after.
public sealed record ItemChange(string ItemKey, string Kind, ChangeKind Change, string Label, string Dimension, string Where, string? WasWhere,
    IReadOnlyList<FieldChange> Fields);

// Compares two versions item by item. Items keep their ids from version to version, so an item edited is "changed",
// one under another parent (an action moved to another strategy or goal) is "moved", with its field changes too.
public static class PlanDiff
{
    private sealed record Item(string Key, string Kind, string Label, string Parent, string Dimension, string Where, IReadOnlyDictionary<string, string> Fields);

    public static IReadOnlyList<ItemChange> Compare(PlanSnapshot before, PlanSnapshot after)
    {
        var old = Flatten(before).ToDictionary(i => i.Key);
        var now = Flatten(after).ToDictionary(i => i.Key);
        var changes = new List<ItemChange>();
        foreach (var item in now.Values)
        {
            if (!old.TryGetValue(item.Key, out var was))
            {
                changes.Add(new ItemChange(item.Key, item.Kind, ChangeKind.Added, item.Label, item.Dimension, item.Where, null,
                    item.Fields.Select(f => new FieldChange(f.Key, "", f.Value)).Where(f => f.After.Length > 0).ToList()));
                continue;
            }
            var fields = item.Fields.Where(f => was.Fields.GetValueOrDefault(f.Key, "") != f.Value)
                .Select(f => new FieldChange(f.Key, was.Fields.GetValueOrDefault(f.Key, ""), f.Value)).ToList();
            if (was.Parent != item.Parent)
                changes.Add(new ItemChange(item.Key, item.Kind, ChangeKind.Moved, item.Label, item.Dimension, item.Where, was.Where, fields));
            else if (fields.Count > 0)
                changes.Add(new ItemChange(item.Key, item.Kind, ChangeKind.Changed, item.Label, item.Dimension, item.Where, null, fields));
        }
        changes.AddRange(old.Values.Where(i => !now.ContainsKey(i.Key)).Select(i => new ItemChange(i.Key, i.Kind, ChangeKind.Removed, i.Label, i.Dimension, i.Where, null,
            i.Fields.Select(f => new FieldChange(f.Key, f.Value, "")).Where(f => f.Before.Length > 0).ToList())));
        return changes;
    }

    // Every item of a version by its key ("goal:12"), to check what a comment is on.
    public static IReadOnlySet<string> Keys(PlanSnapshot plan) => Flatten(plan).Select(i => i.Key).ToHashSet();

    private static IEnumerable<Item> Flatten(PlanSnapshot plan)
    {
        foreach (var goal in plan.Goals)
        {
            var goalKey = $"goal:{goal.Id}";
            yield return new Item(goalKey, "Goal", goal.Title, $"dimension:{goal.DimensionId}", goal.Dimension, goal.Dimension, new Dictionary<string, string>
            {
                ["Dimension"] = goal.Dimension, ["Goal"] = goal.Title, ["Description"] = goal.Description,
            });
            foreach (var strategy in goal.Strategies)
            {
                var strategyKey = $"strategy:{strategy.Id}";
                yield return new Item(strategyKey, "Strategy", strategy.Title, goalKey, goal.Dimension, $"{goal.Dimension} › {goal.Title}", new Dictionary<string, string>
                {
                    ["Strategy"] = strategy.Title, ["Description"] = strategy.Description,
                });
                foreach (var action in strategy.Actions)
                {
                    var actionKey = $"action:{action.Id}";
                    yield return new Item(actionKey, "Action", action.Description, strategyKey, goal.Dimension, $"{goal.Dimension} › {goal.Title} › {strategy.Title}",
                        new Dictionary<string, string>
                        {
                            ["Action"] = action.Description, ["Lead"] = action.Lead, ["Months"] = Months(action.StartMonth, action.EndMonth),
                            ["Budget"] = action.Budget is { } budget ? budget.ToString("C0", CultureInfo.GetCultureInfo("en-US")) : "",
                            ["Funding source"] = action.FundingSource, ["Serves"] = string.Join(", ", action.Populations),
                            ["Informed by"] = string.Join("; ", action.Informants),
                        });
                    foreach (var measure in action.Measures)
                        yield return new Item($"measure:{measure.Id}", "Measure", measure.Indicator, actionKey, goal.Dimension,
                            $"{goal.Dimension} › {goal.Title} › {strategy.Title} › {Short(action.Description)}", new Dictionary<string, string>
                            {
                                ["Indicator"] = measure.Indicator, ["Baseline"] = measure.Baseline, ["Target"] = measure.Target,
                                ["By"] = measure.ByMonth is { } month ? $"month {month}" : "",
                            });
                }
            }
        }
    }

    public static string Months(int? start, int? end) => (start, end) switch
    {
        (null, null) => "",
        ({ } s, null) => $"from month {s}",
        (null, { } e) => $"by month {e}",
        ({ } s, { } e) when s == e => $"month {s}",
        ({ } s, { } e) => $"months {s}–{e}",
    };

    private static string Short(string text) => text.Length <= 60 ? text : text[..57] + "…";
}
