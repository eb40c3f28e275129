using Raaqj.Web.Data;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Reviews;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Auditing;

namespace Raaqj.Web.Features.Reviews;

// Staff assign one reviewer to one proposal by hand.
public sealed class AssignReviewerHandler(AppDbContext db, ProgramClock clock, CurrentUser user, AuditLog audit, AssignmentsHandler board)
{
    public async Task<Outcome> Handle(int proposalId, string reviewerUserId, DateOnly dueOn)
    {
        var model = await board.Load();
        var proposal = model.Proposals.FirstOrDefault(p => p.Id == proposalId);
        var reviewer = model.Reviewers.FirstOrDefault(r => r.UserId == reviewerUserId);
        if (proposal is null || reviewer is null)
            return Outcome.Invalid("", "Choose a submitted proposal and a reviewer from the lists.");
        var problem = AssignmentRules.CanAssign((await board.DeclaredConflicts()).Contains((proposalId, reviewerUserId)),
            proposal.Reviewers.Any(a => a.ReviewerUserId == reviewerUserId), reviewer.Load, reviewer.Capacity);
        if (problem is not null)
            return Outcome.From([problem]);
        db.ReviewAssignments.Add(new ReviewAssignment
        {
            ProposalId = proposalId, ReviewerUserId = reviewerUserId, DueOn = dueOn, AssignedAtUtc = clock.UtcNow, AssignedByUserId = user.Id!,
        });
        audit.Record(AuditActions.ReviewerAssigned, "Proposal", proposalId.ToString(), $"Assigned {reviewer.Name} to review {proposal.Organization}", after: new { Reviewer = reviewer.Name, DueOn = dueOn });
        await db.SaveChangesAsync();
        return Outcome.Done;
    }
}
