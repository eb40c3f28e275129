namespace Raaqj.Web.Domain;

public enum OutcomeKind
{
    Done,
    NotFound,

    /// <summary>Rules refused it; the problems say which, by field.</summary>
    Invalid,

    /// <summary>Someone else changed the record first; the problems say so, and the value is their version when there is one.</summary>
    Conflict,
}

/// <summary>
/// What a use case that changes something answers, whatever it changes: done, not found, invalid (with the rule
/// violations) or a conflict (with the other person's version). One place turns it into a page
/// (<c>OutcomeResults.Answer</c>), so controllers do not each write the same ladder (docs/decisions/ADR-010-one-outcome.md).
/// </summary>
public record Outcome(OutcomeKind Kind, IReadOnlyList<RuleViolation> Problems)
{
    public static readonly Outcome Done = new(OutcomeKind.Done, []);
    public static readonly Outcome NotFound = new(OutcomeKind.NotFound, []);

    /// <summary>Refused by the form's own validation, whose messages are already by their fields.</summary>
    public static readonly Outcome Refused = new(OutcomeKind.Invalid, []);

    /// <summary>Done when nothing is broken, otherwise invalid.</summary>
    public static Outcome From(IReadOnlyList<RuleViolation> problems) => problems.Count == 0 ? Done : new(OutcomeKind.Invalid, problems);

    public static Outcome Invalid(string field, string message) => new(OutcomeKind.Invalid, [new(field, message)]);

    public static Outcome Conflict(string message) => new(OutcomeKind.Conflict, [new("", message)]);
}

/// <summary>An outcome that carries a value: what was made when done, the other person's version in a conflict.</summary>
public sealed record Outcome<T>(OutcomeKind Kind, IReadOnlyList<RuleViolation> Problems, T? Value) : Outcome(Kind, Problems)
{
    public static Outcome<T> DoneWith(T value) => new(OutcomeKind.Done, [], value);

    public static Outcome<T> Conflict(string message, T theirs) => new(OutcomeKind.Conflict, [new("", message)], theirs);

    public static Outcome<T> Of(Outcome outcome) => new(outcome.Kind, outcome.Problems, default);
}
