namespace Raaqj.Web.Domain.Timeline;

public enum MilestoneStatus
{
    NotStarted = 0,
    InProgress = 1,
    Done = 2,
    Blocked = 3,
}

// What a milestone's status and due date mean today: derived, never stored.
public enum MilestoneUrgency
{
    None,
    DueSoon,
    Late,
}

// When a milestone is due: a date, or the end of a month of the program, which moves when the program's start moves.
public sealed record MilestoneDue(DateOnly? Date, int? EndOfMonth)
{
    public static MilestoneDue On(DateOnly date) => new(date, null);

    public static MilestoneDue ByEndOf(int month) => new(null, month);

    public DateOnly Resolve(ProgramCalendar calendar) =>
        Date ?? calendar.LastDayOf(EndOfMonth ?? throw new InvalidOperationException("A due date or a month is needed."));
}

public static class MilestoneRules
{
    // "Due soon" means within this many days, the horizon staff scan ("due in the next two weeks").
    public const int DueSoonDays = 14;

    public static MilestoneUrgency Urgency(MilestoneStatus status, DateOnly due, DateOnly today) =>
        status == MilestoneStatus.Done ? MilestoneUrgency.None
        : due < today ? MilestoneUrgency.Late
        : due <= today.AddDays(DueSoonDays) ? MilestoneUrgency.DueSoon
        : MilestoneUrgency.None;

    // The predecessors due after this milestone: it is scheduled before something it depends on.
    public static IReadOnlyList<T> PredecessorsDueAfter<T>(DateOnly due, IEnumerable<T> predecessors, Func<T, DateOnly> dueOf) =>
        predecessors.Where(p => dueOf(p) > due).ToList();

    // Days a milestone moved from its baseline: positive when it slipped later, negative when it moved earlier.
    public static int SlipDays(DateOnly baseline, DateOnly current) => current.DayNumber - baseline.DayNumber;
}

public static class ReminderRules
{
    // The reminder a milestone open today is due for: late once its due date has passed, due soon within the
    // program's reminder days of it, or none.
    public static ReminderKind? Due(DateOnly due, DateOnly today, int daysBefore) =>
        due < today ? ReminderKind.Late
        : due <= today.AddDays(daysBefore) ? ReminderKind.DueSoon
        : null;
}
