namespace Raaqj.Web.Domain;

public enum OutcomeKind
{
    Done,
    NotFound,

    // Rules refused it; the problems say which, by field.
    Invalid,

    // Someone else changed the record first; the problems say so, and the value is their version when there is one.
    Conflict,
}

// What a use case that changes something answers, whatever it changes: done, not found, invalid (with the rule
// violations) or a conflict (with the other person's version). One place turns it into a page
// (OutcomeResults.Answer), so controllers do not each write the same ladder (docs/decisions/ADR-010-one-outcome.md).
public record Outcome(OutcomeKind Kind, IReadOnlyList<RuleViolation> Problems)
{
    public static readonly Outcome Done = new(OutcomeKind.Done, []);
    public static readonly Outcome NotFound = new(OutcomeKind.NotFound, []);

    // Refused by the form's own validation, whose messages are already by their fields.
    public static readonly Outcome Refused = new(OutcomeKind.Invalid, []);

    // Done when nothing is broken, otherwise invalid.
    public static Outcome From(IReadOnlyList<RuleViolation> problems) => problems.Count == 0 ? Done : new(OutcomeKind.Invalid, problems);

    public static Outcome Invalid(string field, string message) => new(OutcomeKind.Invalid, [new(field, message)]);

    public static Outcome Conflict(string message) => new(OutcomeKind.Conflict, [new("", message)]);
}

// An outcome that carries a value: what was made when done, the other person's version in a conflict.
public sealed record Outcome<T>(OutcomeKind Kind, IReadOnlyList<RuleViolation> Problems, T? Value) : Outcome(Kind, Problems)
{
    public static Outcome<T> DoneWith(T value) => new(OutcomeKind.Done, [], value);

    public static Outcome<T> Conflict(string message, T theirs) => new(OutcomeKind.Conflict, [new("", message)], theirs);

    public static Outcome<T> Of(Outcome outcome) => new(outcome.Kind, outcome.Problems, default);
}
