using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Proposals;
using Raaqj.Web.Domain.Reviews;
using Raaqj.Web.Features.Proposals;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Auditing;
using Raaqj.Web.Infrastructure.Authorization;

namespace Raaqj.Web.Features.Reviews;

public sealed class ScoreForm
{
    public Guid Version { get; set; }
    public string? Intent { get; set; }
    public List<CriterionScore> Scores { get; set; } = [];
    public string OverallComment { get; set; } = "";
    public Recommendation? Recommendation { get; set; }

    public sealed class CriterionScore
    {
        public int CriterionId { get; set; }
        public decimal? Score { get; set; }
        public string Comment { get; set; } = "";
    }

    public bool Submitting => Intent == "submit";
}

public sealed record CriterionInfo(int Id, int Position, string Title, string Guidance, int Weight, int ScaleMin, int ScaleMax)
{
    public CriterionScale Scale => new(Id, Weight, ScaleMin, ScaleMax);
}

public sealed record ScoreModel(Proposal Proposal, string OrganizationName, IReadOnlyList<CriterionInfo> Criteria, ScoreForm Form, ReviewStatus Status, DateOnly DueOn);

public sealed class ScoreFormValidator : AbstractValidator<ScoreForm>
{
    public ScoreFormValidator()
    {
        RuleForEach(f => f.Scores).ChildRules(score =>
            score.RuleFor(s => s.Comment).MaximumLength(Review.CommentMaxLength).WithMessage($"Keep the comment under {Review.CommentMaxLength} characters."));
        RuleFor(f => f.OverallComment).MaximumLength(Review.CommentMaxLength).WithMessage($"Keep the comment under {Review.CommentMaxLength} characters.");
        RuleFor(f => f.Recommendation).IsInEnum().WithMessage("Choose a recommendation from the list.");
    }
}

// Scoring one assigned proposal. It opens only for the assigned reviewer who declared no conflict (404
// otherwise); scores are checked against each criterion's scale; a submitted review is locked.
public sealed class ScoreHandler(AppDbContext db, CurrentUser user, ProgramClock clock, AuditLog audit, RecordAccess records)
{
    public const string ConflictMessage = "This review was saved in another window since you opened it. Reload the page to see that version.";

    public async Task<ScoreModel?> Load(int proposalId, ScoreForm? posted = null)
    {
        if (!await records.MayAsync(RecordAction.ScoreProposal, proposalId))
            return null;
        var access = await db.ReviewAssignments.AsNoTracking().Where(a => a.ProposalId == proposalId && a.ReviewerUserId == user.Id)
            .Select(a => new { a.DueOn }).SingleAsync();
        var proposal = await db.Proposals.AsNoTracking().WithEverything().SingleAsync(p => p.Id == proposalId);
        var organization = await db.Organizations.Where(o => o.Id == proposal.OrganizationId).Select(o => o.LegalName).SingleAsync();
        var criteria = await db.SelectionCriteria.AsNoTracking().Where(c => c.RequestForActionId == proposal.RequestForActionId).OrderBy(c => c.Position)
            .Select(c => new CriterionInfo(c.Id, c.Position, c.Title, c.Guidance, c.Weight, c.ScaleMin, c.ScaleMax)).ToListAsync();
        var review = await db.Reviews.AsNoTracking().Include(r => r.Scores).FirstOrDefaultAsync(r => r.ProposalId == proposalId && r.ReviewerUserId == user.Id);
        if (posted is not null)
            // One score per criterion, in the page's order, whatever the client sent (a missing one is blank).
            posted.Scores = criteria.Select(c => posted.Scores.FirstOrDefault(s => s.CriterionId == c.Id) ?? new ScoreForm.CriterionScore { CriterionId = c.Id }).ToList();
        var form = posted ?? new ScoreForm
        {
            Version = review?.Version ?? Guid.Empty,
            OverallComment = review?.OverallComment ?? "",
            Recommendation = review?.Recommendation,
            Scores = criteria.Select(c => review?.Scores.FirstOrDefault(s => s.CriterionId == c.Id) is { } s
                ? new ScoreForm.CriterionScore { CriterionId = c.Id, Score = s.Score, Comment = s.Comment }
                : new ScoreForm.CriterionScore { CriterionId = c.Id }).ToList(),
        };
        return new ScoreModel(proposal, organization, criteria, form, review?.Status ?? ReviewStatus.Draft, access.DueOn);
    }

    // Scores out of a criterion's scale, named by field; checked on every save, not only on submit.
    public static IReadOnlyList<RuleViolation> ScaleProblems(IReadOnlyList<CriterionInfo> criteria, ScoreForm form) =>
        criteria.Select((c, i) => (c, i, score: form.Scores.FirstOrDefault(s => s.CriterionId == c.Id)?.Score))
            .Where(x => x.score is not null && (x.score < x.c.ScaleMin || x.score > x.c.ScaleMax || decimal.Truncate(x.score.Value) != x.score))
            .Select(x => new RuleViolation($"Scores[{x.i}].Score", $"Give a whole number from {x.c.ScaleMin} to {x.c.ScaleMax}."))
            .ToList();

    public async Task<Outcome> Save(ScoreModel model, ScoreForm form)
    {
        var problems = ScaleProblems(model.Criteria, form);
        if (problems.Count > 0)
            return Outcome.From(problems);
        var review = await db.Reviews.Include(r => r.Scores).FirstOrDefaultAsync(r => r.ProposalId == model.Proposal.Id && r.ReviewerUserId == user.Id);
        if (review is null)
        {
            review = new Review { ProposalId = model.Proposal.Id, ReviewerUserId = user.Id! };
            db.Reviews.Add(review);
        }
        else if (review.Status == ReviewStatus.Submitted)
            return Outcome.Invalid("", "This review is submitted and locked. Ask the program staff to reopen it if something must change.");
        else
            db.Entry(review).Property(r => r.Version).OriginalValue = form.Version;

        foreach (var criterion in model.Criteria)
        {
            var posted = form.Scores.FirstOrDefault(s => s.CriterionId == criterion.Id);
            var score = review.Scores.FirstOrDefault(s => s.CriterionId == criterion.Id);
            if (score is null)
            {
                score = new ReviewScore { CriterionId = criterion.Id };
                review.Scores.Add(score);
            }
            score.Score = posted?.Score;
            score.Comment = (posted?.Comment ?? "").Trim();
        }
        review.OverallComment = form.OverallComment.Trim();
        review.Recommendation = form.Recommendation;
        review.UpdatedAtUtc = clock.UtcNow;
        review.Version = Guid.NewGuid();
        if (form.Submitting)
        {
            problems = review.Submit(model.Criteria.Select(c => c.Scale).ToList(), clock.UtcNow);
            if (problems.Count > 0)
            {
                db.ChangeTracker.Clear();
                return Outcome.From(problems);
            }
            audit.Record(AuditActions.ReviewSubmitted, "Proposal", model.Proposal.Id.ToString(), $"{user.Email} submitted a review of {model.OrganizationName}",
                after: new { Total = review.TotalFor(model.Criteria.Select(c => c.Scale).ToList()).Value, Recommendation = review.Recommendation?.ToString() });
        }
        try
        {
            await db.SaveChangesAsync();
            return Outcome.Done;
        }
        catch (DbUpdateException ex) when (DatabaseConflict.Is(ex))
        {
            // A colleague's tab or a second click saved first (for a first save, the unique review per reviewer says so).
            db.ChangeTracker.Clear();
            return Outcome.Conflict(ConflictMessage);
        }
    }
}
