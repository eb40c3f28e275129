namespace Raaqj.Web.Domain.Reviews;

public enum Recommendation
{
    Recommend = 1,
    RecommendWithReservations = 2,
    DoNotRecommend = 3,
}

public enum ReviewStatus
{
    Draft = 0,
    Submitted = 1,
}

// A reviewer's scores for one proposal: a draft they can save and come back to, then submitted and locked.
public class Review
{
    public const int CommentMaxLength = 4000;
    public const int ReasonMaxLength = 1000;

    public int Id { get; set; }
    public int ProposalId { get; set; }
    public string ReviewerUserId { get; set; } = "";
    public ReviewStatus Status { get; private set; } = ReviewStatus.Draft;
    public string OverallComment { get; set; } = "";
    public Recommendation? Recommendation { get; set; }
    public DateTime? SubmittedAtUtc { get; private set; }
    public DateTime UpdatedAtUtc { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    // The weighted total (0-100), kept on submission so rankings need not load every score; criteria are frozen by then.
    public double? Total { get; private set; }
    public List<ReviewScore> Scores { get; set; } = [];

    // What keeps the review from being submitted, named by field.
    public IReadOnlyList<RuleViolation> SubmissionProblems(IReadOnlyList<CriterionScale> criteria)
    {
        var problems = new List<RuleViolation>();
        for (var i = 0; i < criteria.Count; i++)
        {
            var score = Scores.FirstOrDefault(s => s.CriterionId == criteria[i].CriterionId);
            if (score?.Score is null)
                problems.Add(new($"Scores[{i}].Score", "Give a score for this criterion."));
            if (string.IsNullOrWhiteSpace(score?.Comment))
                problems.Add(new($"Scores[{i}].Comment", "Explain the score in a comment."));
        }
        if (Recommendation is null)
            problems.Add(new(nameof(Recommendation), "Choose a recommendation."));
        if (string.IsNullOrWhiteSpace(OverallComment))
            problems.Add(new(nameof(OverallComment), "Write an overall comment."));
        return problems;
    }

    public IReadOnlyList<RuleViolation> Submit(IReadOnlyList<CriterionScale> criteria, DateTime nowUtc)
    {
        if (Status == ReviewStatus.Submitted)
            return [new("", "This review is already submitted.")];
        var problems = SubmissionProblems(criteria);
        if (problems.Count > 0)
            return problems;
        Status = ReviewStatus.Submitted;
        SubmittedAtUtc = nowUtc;
        Total = TotalFor(criteria).Value;
        return [];
    }

    // Staff only, with a reason: the reviewer may change a submitted review again.
    public IReadOnlyList<RuleViolation> Reopen(string reason)
    {
        if (Status != ReviewStatus.Submitted)
            return [new("", "Only a submitted review can be reopened.")];
        if (string.IsNullOrWhiteSpace(reason))
            return [new("Reason", "Give the reason for reopening.")];
        Status = ReviewStatus.Draft;
        SubmittedAtUtc = null;
        Total = null;
        return [];
    }

    public WeightedTotal TotalFor(IReadOnlyList<CriterionScale> criteria) =>
        Scoring.Total(criteria, criteria.ToDictionary(c => c.CriterionId, c => Scores.FirstOrDefault(s => s.CriterionId == c.CriterionId)?.Score));
}

public class ReviewScore
{
    public int Id { get; set; }
    public int ReviewId { get; set; }
    public int CriterionId { get; set; }
    public decimal? Score { get; set; }
    public string Comment { get; set; } = "";
}
