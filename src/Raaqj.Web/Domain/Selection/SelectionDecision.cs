namespace Raaqj.Web.Domain.Selection;

public enum DecisionOutcome
{
    Selected = 1,
    Waitlisted = 2,
    Declined = 3,
}

// Staff's working record for one proposal during selection: whether it is on the shortlist, and the outcome
// with its rationale (for staff) and feedback (for the applicant). The outcome is a draft until staff release
// the decisions together; the released outcome and feedback are kept apart, so a later change is a new draft
// that applicants see only when it is released in turn.
public class SelectionDecision
{
    public const int RationaleMaxLength = 4000;
    public const int FeedbackMaxLength = 4000;

    public int Id { get; set; }
    public int ProposalId { get; set; }
    public int RequestForActionId { get; set; }
    public bool IsShortlisted { get; set; }
    public DecisionOutcome? Outcome { get; private set; }
    public string Rationale { get; private set; } = "";
    public string Feedback { get; private set; } = "";
    public DateTime? DecidedAtUtc { get; private set; }
    public string? DecidedByUserId { get; private set; }

    public DecisionOutcome? ReleasedOutcome { get; private set; }
    public string ReleasedFeedback { get; private set; } = "";
    public DateTime? ReleasedAtUtc { get; private set; }

    // Changes on every save, so two staff deciding the same proposal at once are told.
    public Guid Version { get; set; } = Guid.NewGuid();

    public bool IsReleased => ReleasedOutcome is not null;

    // The draft differs from what the applicant was last told (or nothing was told yet).
    public bool HasUnreleasedChange => Outcome is not null && (Outcome != ReleasedOutcome || Feedback != ReleasedFeedback);

    public IReadOnlyList<RuleViolation> Decide(DecisionOutcome outcome, string rationale, string feedback, string userId, DateTime nowUtc)
    {
        if (string.IsNullOrWhiteSpace(rationale))
            return [new(nameof(Rationale), "Record why: the rationale stays with the decision.")];
        if (ReleasedOutcome == DecisionOutcome.Selected && outcome != DecisionOutcome.Selected)
            return [new(nameof(Outcome), "This region was told it is selected and is in the cohort; its outcome can no longer change here.")];
        Outcome = outcome;
        Rationale = rationale.Trim();
        Feedback = feedback.Trim();
        DecidedAtUtc = nowUtc;
        DecidedByUserId = userId;
        return [];
    }

    // Makes the draft what the applicant sees.
    public void Release(DateTime nowUtc)
    {
        ReleasedOutcome = Outcome;
        ReleasedFeedback = Feedback;
        ReleasedAtUtc = nowUtc;
    }
}
