using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Reviews;
using Raaqj.Web.Infrastructure.Auditing;

namespace Raaqj.Web.Features.Reviews;

// Staff let a reviewer change a submitted review again; the reason is kept in the audit log.
public sealed class ReopenReviewHandler(AppDbContext db, AuditLog audit)
{
    public async Task<Outcome> Handle(int reviewId, string? reason)
    {
        var review = await db.Reviews.FirstOrDefaultAsync(r => r.Id == reviewId);
        if (review is null)
            return Outcome.NotFound;
        var problems = review.Reopen(reason ?? "");
        if (problems.Count > 0)
            return Outcome.From(problems);
        review.Version = Guid.NewGuid();
        audit.Record(AuditActions.ReviewReopened, "Proposal", review.ProposalId.ToString(), $"Reopened a submitted review: {reason!.Trim()}",
            before: new { Status = ReviewStatus.Submitted.ToString() }, after: new { Status = review.Status.ToString(), Reason = reason.Trim() });
        await db.SaveChangesAsync();
        return Outcome.Done;
    }
}
