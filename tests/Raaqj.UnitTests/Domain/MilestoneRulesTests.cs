using Raaqj.Web.Domain.Timeline;

namespace Raaqj.UnitTests.Domain;

public sealed class MilestoneRulesTests
{
    private static readonly DateOnly Today = new(2026, 12, 6);

    [Theory]
    [InlineData(MilestoneStatus.NotStarted, "2026-12-05", MilestoneUrgency.Late)]
    [InlineData(MilestoneStatus.Blocked, "2026-11-01", MilestoneUrgency.Late)]
    [InlineData(MilestoneStatus.InProgress, "2026-12-06", MilestoneUrgency.DueSoon)]
    [InlineData(MilestoneStatus.NotStarted, "2026-12-20", MilestoneUrgency.DueSoon)]
    [InlineData(MilestoneStatus.NotStarted, "2026-12-21", MilestoneUrgency.None)]
    [InlineData(MilestoneStatus.Done, "2026-11-01", MilestoneUrgency.None)]
    public void Late_and_due_soon_follow_from_status_due_date_and_today(MilestoneStatus status, string due, MilestoneUrgency urgency) =>
        Assert.Equal(urgency, MilestoneRules.Urgency(status, DateOnly.Parse(due), Today));

    [Fact]
    public void A_due_month_is_the_last_day_of_that_month_and_moves_with_the_start()
    {
        var due = MilestoneDue.ByEndOf(5);

        Assert.Equal(new DateOnly(2026, 7, 31), due.Resolve(new ProgramCalendar(new DateOnly(2026, 3, 1), "America/New_York")));
        Assert.Equal(new DateOnly(2026, 8, 14), due.Resolve(new ProgramCalendar(new DateOnly(2026, 3, 15), "America/New_York")));
        Assert.Equal(new DateOnly(2026, 5, 2), MilestoneDue.On(new DateOnly(2026, 5, 2)).Resolve(new ProgramCalendar(new DateOnly(2026, 3, 15), "America/New_York")));
    }

    [Fact]
    public void Scheduling_before_a_predecessor_is_due_names_that_predecessor()
    {
        var predecessors = new[] { ("Regions selected", new DateOnly(2026, 7, 31)), ("Learning agenda", new DateOnly(2026, 9, 30)) };

        var warnings = MilestoneRules.PredecessorsDueAfter(new DateOnly(2026, 8, 31), predecessors, p => p.Item2);

        Assert.Equal(["Learning agenda"], warnings.Select(w => w.Item1));
        Assert.Empty(MilestoneRules.PredecessorsDueAfter(new DateOnly(2026, 9, 30), predecessors, p => p.Item2));
    }

    [Theory]
    [InlineData("2026-10-31", "2026-11-14", 14)]
    [InlineData("2026-10-31", "2026-10-31", 0)]
    [InlineData("2026-10-31", "2026-10-24", -7)]
    [InlineData("2026-02-28", "2026-03-01", 1)]
    public void The_slip_from_a_baseline_is_counted_in_days(string baseline, string current, int days) =>
        Assert.Equal(days, MilestoneRules.SlipDays(DateOnly.Parse(baseline), DateOnly.Parse(current)));

    // Done needs something that shows it: a note, a link or a file, any one of them.
    [Theory]
    [InlineData("", "", false, false)]
    [InlineData("Minutes circulated.", "", false, true)]
    [InlineData("", "https://example.org/minutes", false, true)]
    [InlineData("", "", true, true)]
    public void Done_needs_a_note_a_link_or_a_file(string note, string link, bool hasFiles, bool accepted)
    {
        var today = new DateOnly(2026, 12, 6);

        var problems = Milestone.ProgressProblems(MilestoneStatus.Done, today, note, link, hasFiles, today).ToList();

        Assert.Equal(accepted, problems.Count == 0);
        Assert.All(problems, p => Assert.Equal(nameof(Milestone.EvidenceNote), p.Field));
    }

    [Fact]
    public void A_milestone_in_progress_needs_no_evidence_but_never_a_future_completion_or_an_unsafe_link()
    {
        var today = new DateOnly(2026, 12, 6);

        Assert.Empty(Milestone.ProgressProblems(MilestoneStatus.InProgress, null, "", "", false, today));
        Assert.Equal([nameof(Milestone.CompletedOn), nameof(Milestone.EvidenceLink)],
            Milestone.ProgressProblems(MilestoneStatus.Done, today.AddDays(1), "Held.", "javascript:alert(1)", false, today).Select(p => p.Field));
    }
}
