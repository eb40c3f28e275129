namespace Raaqj.Web.Domain.Assistance;

public enum TaStatus
{
    New = 0,
    Assigned = 1,
    InProgress = 2,
    WaitingOnRegion = 3,
    Resolved = 4,
    Closed = 5,
}

// Who acts on a request: its region's team (Owners and Editors; Viewers only read), the expert it is assigned to,
// any member of staff, and the portal itself (closing a resolved request nobody confirmed).
public enum TaActor
{
    Region,
    Expert,
    Staff,
    Portal,
}

public enum TaStep
{
    Assign,
    Start,
    AskRegion,
    RegionAnswers,
    Resolve,
    Confirm,
    Reopen,
    Withdraw,
    CloseUnconfirmed,
    Close,
}

// The request's whole life in one table: from which status, by whom, which step leads where. Anything not in the
// table is refused, so a page offers exactly the buttons the table allows.
public static class TaTransitions
{
    public const int DaysToConfirm = 14;

    private static readonly TaStatus[] Open = [TaStatus.New, TaStatus.Assigned, TaStatus.InProgress, TaStatus.WaitingOnRegion];

    private static readonly IReadOnlyList<(TaStep Step, TaStatus[] From, TaActor[] By, TaStatus To)> Table =
    [
        (TaStep.Assign, [TaStatus.New, TaStatus.Assigned, TaStatus.InProgress, TaStatus.WaitingOnRegion], [TaActor.Staff, TaActor.Portal], TaStatus.Assigned),
        (TaStep.Start, [TaStatus.Assigned], [TaActor.Expert, TaActor.Staff], TaStatus.InProgress),
        (TaStep.AskRegion, [TaStatus.Assigned, TaStatus.InProgress], [TaActor.Expert, TaActor.Staff], TaStatus.WaitingOnRegion),
        (TaStep.RegionAnswers, [TaStatus.WaitingOnRegion], [TaActor.Region], TaStatus.InProgress),
        (TaStep.Resolve, [TaStatus.Assigned, TaStatus.InProgress, TaStatus.WaitingOnRegion], [TaActor.Expert, TaActor.Staff], TaStatus.Resolved),
        (TaStep.Confirm, [TaStatus.Resolved], [TaActor.Region], TaStatus.Closed),
        (TaStep.Reopen, [TaStatus.Resolved], [TaActor.Region, TaActor.Staff], TaStatus.InProgress),
        (TaStep.Withdraw, Open, [TaActor.Region], TaStatus.Closed),
        (TaStep.CloseUnconfirmed, [TaStatus.Resolved], [TaActor.Portal], TaStatus.Closed),
        (TaStep.Close, [.. Open, TaStatus.Resolved], [TaActor.Staff], TaStatus.Closed),
    ];

    public static bool IsOpen(TaStatus status) => Open.Contains(status);

    // Where the step leads, or null when this actor may not take it from this status.
    public static TaStatus? Next(TaStatus from, TaStep step, TaActor by) =>
        Table.FirstOrDefault(t => t.Step == step && t.From.Contains(from) && t.By.Contains(by)) is { From: not null } row ? row.To : null;

    // The steps this actor may take now, for the buttons a page shows.
    public static IReadOnlyList<TaStep> StepsFor(TaStatus from, IEnumerable<TaActor> actors) =>
        Table.Where(t => t.From.Contains(from) && t.By.Intersect(actors).Any() && t.By.Any(b => b != TaActor.Portal)).Select(t => t.Step).Distinct().ToList();

    // A resolved request the region never confirmed closes itself this long after it was resolved.
    public static bool ClosesItself(TaStatus status, DateTime resolvedAtUtc, DateTime nowUtc) =>
        status == TaStatus.Resolved && nowUtc >= resolvedAtUtc.AddDays(DaysToConfirm);
}
