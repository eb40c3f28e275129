namespace Raaqj.Web.Domain.Rfp;

// Every status transition of a request for action in one table: from, to, and the command that does it.
public static class RfpWorkflow
{
    public sealed record Transition(RfpStatus From, RfpStatus To, string Command);

    public static readonly IReadOnlyList<Transition> Transitions =
    [
        new(RfpStatus.Draft, RfpStatus.Published, "Publish"),
        new(RfpStatus.Published, RfpStatus.Closed, "Close"),
    ];

    public static bool Allows(RfpStatus from, RfpStatus to) =>
        Transitions.Any(t => t.From == from && t.To == to);
}
