using Raaqj.Web.Data;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Reviews;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Auditing;
using Raaqj.Web.Infrastructure.Notifications;

namespace Raaqj.Web.Features.Reviews;

// Staff assign one reviewer to one proposal by hand.
public sealed class AssignReviewerHandler(AppDbContext db, ProgramClock clock, CurrentUser user, AuditLog audit, AssignmentsHandler board, Notifier notifier, Notices notices)
{
    // A reviewer flagged as a possible conflict (living in the applicant's state, say) is assigned only with a reason, kept in the audit log.
    public async Task<Outcome> Handle(int proposalId, string reviewerUserId, DateOnly dueOn, string? reason = null)
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
        var flag = proposal.Flagged.GetValueOrDefault(reviewerUserId);
        if (flag is not null && string.IsNullOrWhiteSpace(reason))
            return Outcome.Invalid("reason", $"{reviewer.Name} is flagged as a possible conflict ({flag}). Say why you assign them anyway.");
        db.ReviewAssignments.Add(new ReviewAssignment
        {
            ProposalId = proposalId, ReviewerUserId = reviewerUserId, DueOn = dueOn, AssignedAtUtc = clock.UtcNow, AssignedByUserId = user.Id!,
        });
        audit.Record(AuditActions.ReviewerAssigned, "Proposal", proposalId.ToString(),
            $"Assigned {reviewer.Name} to review {proposal.Organization}" + (flag is null ? "" : $", despite a possible conflict ({flag}): {reason!.Trim()}"),
            after: new { Reviewer = reviewer.Name, DueOn = dueOn, Flag = flag, Reason = flag is null ? null : reason!.Trim() });
        await notifier.NotifyEachAsync([notices.ReviewAssigned(reviewerUserId, proposalId, proposal.Organization, proposal.Region, dueOn)]);
        await db.SaveChangesAsync();
        return Outcome.Done;
    }
}
