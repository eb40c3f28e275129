using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Infrastructure.Auditing;

namespace Raaqj.Web.Features.Reviews;

// Staff take a reviewer off a proposal; a review they submitted no longer counts (CountingReviews).
public sealed class RemoveAssignmentHandler(AppDbContext db, AuditLog audit)
{
    public async Task<Outcome> Handle(int assignmentId)
    {
        var assignment = await db.ReviewAssignments.FirstOrDefaultAsync(a => a.Id == assignmentId);
        if (assignment is null)
            return Outcome.NotFound;
        db.ReviewAssignments.Remove(assignment);
        audit.Record(AuditActions.ReviewerUnassigned, "Proposal", assignment.ProposalId.ToString(), "Removed a reviewer from the proposal",
            before: new { assignment.ReviewerUserId, assignment.DueOn });
        await db.SaveChangesAsync();
        return Outcome.Done;
    }
}
