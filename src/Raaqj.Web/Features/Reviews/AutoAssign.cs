using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Reviews;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Auditing;
using Raaqj.Web.Infrastructure.Notifications;

namespace Raaqj.Web.Features.Reviews;

// Staff assign reviewers automatically (optimal, see docs/assignment.md), under the same rules as by hand.
public sealed class AutoAssignHandler(AppDbContext db, ProgramClock clock, CurrentUser user, AuditLog audit, AssignmentsHandler board, Notifier notifier, Notices notices)
{
    // Fills every submitted proposal up to the number of reviewers, keeping what is already assigned.
    public async Task<Outcome> Handle(int reviewersPerProposal, DateOnly dueOn)
    {
        var (model, reviewers) = await board.LoadWithPool();
        if (model.RfpId is null)
            return Outcome.NotFound;
        var rfp = await db.RequestsForAction.SingleAsync(r => r.Id == model.RfpId);
        rfp.ReviewersPerProposal = reviewersPerProposal;
        var declared = await board.DeclaredConflicts();
        var flagged = reviewers.SelectMany(r => r.Flags.Select(f => (f.ProposalId, r.UserId)));
        var existing = model.Proposals.SelectMany(p => p.Reviewers.Select(a => (p.Id, a.ReviewerUserId))).ToHashSet();
        var otherRounds = await db.ReviewAssignments.Where(a => !model.Proposals.Select(p => p.Id).Contains(a.ProposalId))
            .GroupBy(a => a.ReviewerUserId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count);
        var proposalIds = model.Proposals.Select(p => p.Id).ToList();
        var sectors = (await db.Stakeholders.Where(s => proposalIds.Contains(s.ProposalId)).Select(s => new { s.ProposalId, s.Sector }).ToListAsync())
            .GroupBy(s => s.ProposalId).ToDictionary(g => g.Key, g => ExpertiseNeeds.For(g.Select(s => s.Sector)));
        var matches = (from p in proposalIds
                       from r in reviewers
                       where ExpertiseNeeds.Matches(r.Profile.Expertise, sectors.GetValueOrDefault(p))
                       select (p, r.UserId)).ToHashSet();
        var problem = new AssignmentProblem(
            proposalIds,
            reviewers.Select(r => new AssignmentProblem.Reviewer(r.UserId, Math.Max(0, r.Profile.MaxProposals - otherRounds.GetValueOrDefault(r.UserId)))).ToList(),
            reviewersPerProposal,
            declared.Concat(flagged).ToHashSet(),
            matches,
            existing);
        var result = AutoAssignment.Assign(problem);
        var now = clock.UtcNow;
        var added = result.Assignments.Where(a => !existing.Contains(a)).ToList();
        foreach (var (proposalId, reviewerId) in added)
            db.ReviewAssignments.Add(new ReviewAssignment
            {
                ProposalId = proposalId, ReviewerUserId = reviewerId, DueOn = dueOn, AssignedAtUtc = now, AssignedByUserId = user.Id!, IsAutomatic = true,
            });
        audit.Record(AuditActions.ReviewsAutoAssigned, "RequestForAction", model.RfpId.Value.ToString(),
            $"Auto-assigned {added.Count} review(s), {reviewersPerProposal} per proposal, due {dueOn:yyyy-MM-dd}" + (result.NotFullyCovered.Count > 0 ? $"; {result.NotFullyCovered.Count} proposal(s) not fully covered" : ""),
            after: new { Added = added.Count, NotCovered = result.NotFullyCovered });
        var proposals = model.Proposals.ToDictionary(p => p.Id);
        await notifier.NotifyEachAsync(added.Select(a => notices.ReviewAssigned(a.Item2, a.Item1, proposals[a.Item1].Organization, proposals[a.Item1].Region, dueOn)).ToList());
        await db.SaveChangesAsync();
        // What could be assigned is kept; the message names the proposals still short of reviewers.
        var names = model.Proposals.ToDictionary(p => p.Id, p => $"{p.Organization} ({p.Region})");
        return result.Shortfall(id => names.GetValueOrDefault(id, $"proposal {id}")) is { } shortOfReviewers ? Outcome.Invalid("", shortOfReviewers) : Outcome.Done;
    }
}
