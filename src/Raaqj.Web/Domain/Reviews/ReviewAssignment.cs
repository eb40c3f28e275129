namespace Raaqj.Web.Domain.Reviews;

// A reviewer asked to review a proposal, by a given day.
public class ReviewAssignment
{
    public int Id { get; set; }
    public int ProposalId { get; set; }
    public string ReviewerUserId { get; set; } = "";
    public DateOnly DueOn { get; set; }
    public DateTime AssignedAtUtc { get; set; }
    public string AssignedByUserId { get; set; } = "";
    public bool IsAutomatic { get; set; }
}

public enum ConflictKind
{
    None = 0,
    Employment = 1,
    BoardSeat = 2,
    FundingRelationship = 3,
    Family = 4,
    Other = 5,
}

// A reviewer's own statement about a proposal's applicant, made before reading it ("None" = no conflict).
public class ConflictDeclaration
{
    public const int NoteMaxLength = 1000;

    public int Id { get; set; }
    public int ProposalId { get; set; }
    public string ReviewerUserId { get; set; } = "";
    public ConflictKind Kind { get; set; }
    public string Note { get; set; } = "";
    public DateTime DeclaredAtUtc { get; set; }

    public bool IsConflict => Kind != ConflictKind.None;
}

public static class ConflictKinds
{
    public static readonly IReadOnlyList<ConflictKind> Conflicts = Enum.GetValues<ConflictKind>().Where(k => k != ConflictKind.None).ToList();

    public static string Label(ConflictKind kind) => kind switch
    {
        ConflictKind.Employment => "Employment (now or in the last two years)",
        ConflictKind.BoardSeat => "A board or advisory seat",
        ConflictKind.FundingRelationship => "A funding relationship",
        ConflictKind.Family => "A family member involved",
        ConflictKind.Other => "Another reason",
        _ => "No conflict",
    };
}

// The rules of assigning by hand; auto-assignment keeps the same ones.
public static class AssignmentRules
{
    public static RuleViolation? CanAssign(bool declaredConflict, bool alreadyAssigned, int load, int capacity)
    {
        if (declaredConflict)
            return new("", "This reviewer declared a conflict with this applicant and can never be assigned to it.");
        if (alreadyAssigned)
            return new("", "This reviewer is already assigned to this proposal.");
        if (load >= capacity)
            return new("", $"This reviewer already has {load} proposal(s), their maximum.");
        return null;
    }
}
