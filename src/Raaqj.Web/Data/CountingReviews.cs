using Raaqj.Web.Domain.Reviews;

namespace Raaqj.Web.Data;

// Which reviews count, in every figure and for the discussion: submitted ones whose reviewer is still assigned.
// A conflict declared after submitting, or staff taking the reviewer off, ends the assignment and so takes the
// review out of means, calibration, ranking, sensitivity and the discussion at once.
public static class CountingReviews
{
    public static IQueryable<Review> ReviewsThatCount(this AppDbContext db) =>
        db.Reviews.Where(r => r.Status == ReviewStatus.Submitted
            && db.ReviewAssignments.Any(a => a.ProposalId == r.ProposalId && a.ReviewerUserId == r.ReviewerUserId));

    // Submitted reviews left out because their reviewer is no longer assigned.
    public static IQueryable<Review> ReviewsSetAside(this AppDbContext db) =>
        db.Reviews.Where(r => r.Status == ReviewStatus.Submitted
            && !db.ReviewAssignments.Any(a => a.ProposalId == r.ProposalId && a.ReviewerUserId == r.ReviewerUserId));
}
