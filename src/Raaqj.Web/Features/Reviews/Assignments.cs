using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Proposals;
using Raaqj.Web.Domain.Reviews;
using Raaqj.Web.Features.Rfp;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Auditing;

namespace Raaqj.Web.Features.Reviews;

public sealed record AssignmentsModel(
    int? RfpId, string? RfpTitle, int ReviewersPerProposal, DateOnly DueOn,
    IReadOnlyList<AssignmentsModel.ProposalRow> Proposals, IReadOnlyList<AssignmentsModel.ReviewerLoad> Reviewers)
{
    public sealed record Assigned(int AssignmentId, string ReviewerUserId, string ReviewerName, DateOnly DueOn, int? ReviewId, ReviewStatus? ReviewStatus);

    public sealed record ProposalRow(int Id, string Organization, string Region, IReadOnlyList<Assigned> Reviewers, IReadOnlyList<string> Flags);

    public sealed record ReviewerLoad(string UserId, string Name, int Load, int Capacity);
}

/// <summary>Staff assign reviewers to the submitted proposals of the current round: automatically (optimal, see docs/assignment.md) or by hand, under the same rules.</summary>
public sealed class AssignmentsHandler(AppDbContext db, ProgramClock clock, CurrentUser user, AuditLog audit, ReviewerPoolHandler pool)
{
    public async Task<AssignmentsModel> Load() => (await LoadWithPool()).Model;

    private async Task<(AssignmentsModel Model, IReadOnlyList<ReviewerRow> Pool)> LoadWithPool()
    {
        var rfpId = await CurrentRound.IdAsync(db, clock.UtcNow);
        var rfp = await db.RequestsForAction.AsNoTracking().Where(r => r.Id == rfpId)
            .Select(r => new { r.Title, r.ReviewersPerProposal, r.ReviewEndsOn }).FirstOrDefaultAsync();
        var reviewers = (await pool.Handle()).Reviewers;
        var names = reviewers.ToDictionary(r => r.UserId, r => r.Name);
        var proposals = await db.Proposals.AsNoTracking().Where(p => p.RequestForActionId == rfpId && p.Status == ProposalStatus.Submitted)
            .Join(db.Organizations, p => p.OrganizationId, o => o.Id, (p, o) => new { p.Id, o.LegalName, p.RegionName })
            .OrderBy(p => p.LegalName).ToListAsync();
        var ids = proposals.Select(p => p.Id).ToList();
        var assignments = await db.ReviewAssignments.AsNoTracking().Where(a => ids.Contains(a.ProposalId)).ToListAsync();
        var reviews = await db.Reviews.AsNoTracking().Where(r => ids.Contains(r.ProposalId))
            .Select(r => new { r.Id, r.ProposalId, r.ReviewerUserId, r.Status }).ToListAsync();
        var rows = proposals.Select(p => new AssignmentsModel.ProposalRow(p.Id, p.LegalName, p.RegionName,
            assignments.Where(a => a.ProposalId == p.Id)
                .Select(a =>
                {
                    var review = reviews.FirstOrDefault(r => r.ProposalId == a.ProposalId && r.ReviewerUserId == a.ReviewerUserId);
                    return new AssignmentsModel.Assigned(a.Id, a.ReviewerUserId, names.GetValueOrDefault(a.ReviewerUserId, "(former reviewer)"), a.DueOn, review?.Id, review?.Status);
                }).ToList(),
            reviewers.SelectMany(r => r.Flags.Where(f => f.ProposalId == p.Id).Select(f => $"{r.Name} {f.Reason}")).ToList())).ToList();
        var loads = await db.ReviewAssignments.GroupBy(a => a.ReviewerUserId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count);
        var reviewerLoads = reviewers.Select(r => new AssignmentsModel.ReviewerLoad(r.UserId, r.Name, loads.GetValueOrDefault(r.UserId), r.Profile.MaxProposals)).ToList();
        return (new AssignmentsModel(rfpId, rfp?.Title, rfp?.ReviewersPerProposal ?? 3, rfp?.ReviewEndsOn ?? DateOnly.FromDateTime(clock.UtcNow.AddDays(30)), rows, reviewerLoads), reviewers);
    }

    /// <summary>Fills every submitted proposal up to the number of reviewers, keeping what is already assigned; the result names what could not be covered.</summary>
    public async Task<AssignmentResult?> AutoAssign(int reviewersPerProposal, DateOnly dueOn)
    {
        var (model, reviewers) = await LoadWithPool();
        if (model.RfpId is null)
            return null;
        var rfp = await db.RequestsForAction.SingleAsync(r => r.Id == model.RfpId);
        rfp.ReviewersPerProposal = reviewersPerProposal;
        var declared = await Declared();
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
        await db.SaveChangesAsync();
        return result;
    }

    public async Task<RuleViolation?> Add(int proposalId, string reviewerUserId, DateOnly dueOn)
    {
        var model = await Load();
        var proposal = model.Proposals.FirstOrDefault(p => p.Id == proposalId);
        var reviewer = model.Reviewers.FirstOrDefault(r => r.UserId == reviewerUserId);
        if (proposal is null || reviewer is null)
            return new("", "Choose a submitted proposal and a reviewer from the lists.");
        var problem = AssignmentRules.CanAssign((await Declared()).Contains((proposalId, reviewerUserId)),
            proposal.Reviewers.Any(a => a.ReviewerUserId == reviewerUserId), reviewer.Load, reviewer.Capacity);
        if (problem is not null)
            return problem;
        db.ReviewAssignments.Add(new ReviewAssignment
        {
            ProposalId = proposalId, ReviewerUserId = reviewerUserId, DueOn = dueOn, AssignedAtUtc = clock.UtcNow, AssignedByUserId = user.Id!,
        });
        audit.Record(AuditActions.ReviewerAssigned, "Proposal", proposalId.ToString(), $"Assigned {reviewer.Name} to review {proposal.Organization}", after: new { Reviewer = reviewer.Name, DueOn = dueOn });
        await db.SaveChangesAsync();
        return null;
    }

    public async Task<bool> Remove(int assignmentId)
    {
        var assignment = await db.ReviewAssignments.FirstOrDefaultAsync(a => a.Id == assignmentId);
        if (assignment is null)
            return false;
        db.ReviewAssignments.Remove(assignment);
        audit.Record(AuditActions.ReviewerUnassigned, "Proposal", assignment.ProposalId.ToString(), "Removed a reviewer from the proposal",
            before: new { assignment.ReviewerUserId, assignment.DueOn });
        await db.SaveChangesAsync();
        return true;
    }

    /// <summary>Lets the reviewer change a submitted review again; the reason is kept in the audit log.</summary>
    public async Task<RuleViolation?> Reopen(int reviewId, string? reason)
    {
        var review = await db.Reviews.FirstOrDefaultAsync(r => r.Id == reviewId);
        if (review is null)
            return new("", "There is no such review.");
        var problems = review.Reopen(reason ?? "");
        if (problems.Count > 0)
            return problems[0];
        review.Version = Guid.NewGuid();
        audit.Record(AuditActions.ReviewReopened, "Proposal", review.ProposalId.ToString(), $"Reopened a submitted review: {reason!.Trim()}",
            before: new { Status = ReviewStatus.Submitted.ToString() }, after: new { Status = review.Status.ToString(), Reason = reason.Trim() });
        await db.SaveChangesAsync();
        return null;
    }

    private async Task<HashSet<(int, string)>> Declared() =>
        (await db.ConflictDeclarations.Where(c => c.Kind != ConflictKind.None).Select(c => new { c.ProposalId, c.ReviewerUserId }).ToListAsync())
            .Select(c => (c.ProposalId, c.ReviewerUserId)).ToHashSet();
}
