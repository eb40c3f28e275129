using Raaqj.Web.Domain.Planning;

namespace Raaqj.UnitTests.Domain;

public sealed class PlanRulesTests
{
    // The whole status table: who may take each step in each state (team, staff).
    [Theory]
    [InlineData(PlanStep.Edit, PlanStatus.Draft, true, false)]
    [InlineData(PlanStep.Edit, PlanStatus.Submitted, false, false)]
    [InlineData(PlanStep.Edit, PlanStatus.ChangesRequested, true, false)]
    [InlineData(PlanStep.Edit, PlanStatus.Approved, false, false)]
    [InlineData(PlanStep.Submit, PlanStatus.Draft, true, false)]
    [InlineData(PlanStep.Submit, PlanStatus.Submitted, false, false)]
    [InlineData(PlanStep.Submit, PlanStatus.ChangesRequested, true, false)]
    [InlineData(PlanStep.Submit, PlanStatus.Approved, false, false)]
    [InlineData(PlanStep.Comment, PlanStatus.Draft, false, false)]
    [InlineData(PlanStep.Comment, PlanStatus.Submitted, false, true)]
    [InlineData(PlanStep.Comment, PlanStatus.ChangesRequested, false, true)]
    [InlineData(PlanStep.Comment, PlanStatus.Approved, false, true)]
    [InlineData(PlanStep.Approve, PlanStatus.Draft, false, false)]
    [InlineData(PlanStep.Approve, PlanStatus.Submitted, false, true)]
    [InlineData(PlanStep.Approve, PlanStatus.ChangesRequested, false, false)]
    [InlineData(PlanStep.Approve, PlanStatus.Approved, false, false)]
    [InlineData(PlanStep.RequestChanges, PlanStatus.Draft, false, false)]
    [InlineData(PlanStep.RequestChanges, PlanStatus.Submitted, false, true)]
    [InlineData(PlanStep.RequestChanges, PlanStatus.ChangesRequested, false, false)]
    [InlineData(PlanStep.RequestChanges, PlanStatus.Approved, false, false)]
    [InlineData(PlanStep.Revise, PlanStatus.Draft, false, false)]
    [InlineData(PlanStep.Revise, PlanStatus.Submitted, false, false)]
    [InlineData(PlanStep.Revise, PlanStatus.ChangesRequested, false, false)]
    [InlineData(PlanStep.Revise, PlanStatus.Approved, true, false)]
    public void The_status_table_says_who_may_take_each_step_in_each_state(PlanStep step, PlanStatus status, bool team, bool staff)
    {
        Assert.Equal(team, PlanWorkflow.May(step, status, isTeam: true, isStaff: false));
        Assert.Equal(staff, PlanWorkflow.May(step, status, isTeam: false, isStaff: true));
        Assert.False(PlanWorkflow.May(step, status, isTeam: false, isStaff: false));
    }

    private static SnapshotAction Action(int id, string text, decimal? budget = null, params SnapshotMeasure[] measures) =>
        new(id, text, "", 1, 6, budget, "", [], measures);

    private static PlanSnapshot Plan(params SnapshotGoal[] goals) => new(goals);

    private static SnapshotGoal Goal(int id, string title, params SnapshotStrategy[] strategies) => new(id, 1, "Living wage", title, "", strategies);

    [Fact]
    public void The_diff_tells_added_removed_changed_and_moved_items_apart_with_their_old_and_new_values()
    {
        var before = Plan(
            Goal(1, "Wages up", new SnapshotStrategy(10, "Employer compact", "", [Action(100, "Recruit 20 employers", 50_000m, new SnapshotMeasure(1000, "Employers signed", "0", "20", 12))])),
            Goal(2, "Benefits for all", new SnapshotStrategy(20, "Benefits navigators", "", [Action(200, "Hire two navigators"), Action(201, "Train navigators")])));
        var after = Plan(
            Goal(1, "Wages up for 2,000 workers", new SnapshotStrategy(10, "Employer compact", "", [Action(100, "Recruit 20 employers", 60_000m, new SnapshotMeasure(1000, "Employers signed", "0", "20", 12)), Action(201, "Train navigators")])),
            Goal(2, "Benefits for all", new SnapshotStrategy(20, "Benefits navigators", "", []), new SnapshotStrategy(21, "Portable benefits pilot", "", [])));

        var changes = PlanDiff.Compare(before, after).ToDictionary(c => c.ItemKey);

        // The goal's title and the action's budget changed: the old value kept, the new beside it.
        Assert.Equal(ChangeKind.Changed, changes["goal:1"].Change);
        Assert.Equal(new FieldChange("Goal", "Wages up", "Wages up for 2,000 workers"), Assert.Single(changes["goal:1"].Fields));
        Assert.Equal(new FieldChange("Budget", "$50,000", "$60,000"), Assert.Single(changes["action:100"].Fields));
        // An action moved from one goal's strategy to another's is moved, with where it was.
        Assert.Equal(ChangeKind.Moved, changes["action:201"].Change);
        Assert.Equal("Living wage › Benefits for all › Benefits navigators", changes["action:201"].WasWhere);
        Assert.Equal("Living wage › Wages up for 2,000 workers › Employer compact", changes["action:201"].Where);
        Assert.Empty(changes["action:201"].Fields);
        // Removed and added items carry their values on one side only.
        Assert.Equal(ChangeKind.Removed, changes["action:200"].Change);
        Assert.Equal("Hire two navigators", changes["action:200"].Fields.Single(f => f.Field == "Action").Before);
        Assert.Equal(ChangeKind.Added, changes["strategy:21"].Change);
        Assert.Equal("Portable benefits pilot", changes["strategy:21"].Fields.Single(f => f.Field == "Strategy").After);
        // What did not change is not listed.
        Assert.False(changes.ContainsKey("strategy:10"));
        Assert.False(changes.ContainsKey("measure:1000"));
        Assert.Equal(5, changes.Count);
        Assert.Empty(PlanDiff.Compare(after, after));
    }

    [Fact]
    public void A_goal_moved_to_another_dimension_is_moved_and_its_dimension_field_changed()
    {
        var before = Plan(Goal(1, "Predictable schedules"));
        var after = new PlanSnapshot([new SnapshotGoal(1, 3, "Stability", "Predictable schedules", "", [])]);

        var change = Assert.Single(PlanDiff.Compare(before, after));

        Assert.Equal((ChangeKind.Moved, "Living wage", "Stability"), (change.Change, change.WasWhere, change.Where));
        Assert.Equal(new FieldChange("Dimension", "Living wage", "Stability"), Assert.Single(change.Fields));
    }

    [Fact]
    public void Populations_are_kept_as_one_bit_each()
    {
        var mask = PlanAction.Mask([Web.Domain.Proposals.PriorityPopulation.Women, Web.Domain.Proposals.PriorityPopulation.PeopleWithCriminalRecords]);

        Assert.Equal([Web.Domain.Proposals.PriorityPopulation.Women, Web.Domain.Proposals.PriorityPopulation.PeopleWithCriminalRecords], PlanAction.Unmask(mask));
        Assert.Empty(PlanAction.Unmask(0));
    }
}
