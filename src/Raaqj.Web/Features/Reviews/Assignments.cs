using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Proposals;
using Raaqj.Web.Domain.Reviews;
using Raaqj.Web.Features.Rfp;
using Raaqj.Web.Infrastructure;

namespace Raaqj.Web.Features.Reviews;

public sealed record AssignmentsModel(
    int? RfpId, string? RfpTitle, int ReviewersPerProposal, DateOnly DueOn,
    IReadOnlyList<AssignmentsModel.ProposalRow> Proposals, IReadOnlyList<AssignmentsModel.ReviewerLoad> Reviewers)
{
    public sealed record Assigned(int AssignmentId, string ReviewerUserId, string ReviewerName, DateOnly DueOn, int? ReviewId, ReviewStatus? ReviewStatus);

    // Flagged: the reviewers flagged as a possible conflict with the applicant (ConflictFlags), with the reason.
    public sealed record ProposalRow(int Id, string Organization, string Region, IReadOnlyList<Assigned> Reviewers, IReadOnlyList<string> Flags,
        IReadOnlyDictionary<string, string> Flagged);

    public sealed record ReviewerLoad(string UserId, string Name, int Load, int Capacity);
}

// The submitted proposals of the current round with their reviewers, and every reviewer's load.
public sealed class AssignmentsHandler(AppDbContext db, ProgramClock clock, ReviewerPoolHandler pool, CurrentRound currentRound)
{
    public async Task<AssignmentsModel> Load() => (await LoadWithPool()).Model;

    public async Task<(AssignmentsModel Model, IReadOnlyList<ReviewerRow> Pool)> LoadWithPool()
    {
        var rfpId = await currentRound.IdAsync();
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
            reviewers.SelectMany(r => r.Flags.Where(f => f.ProposalId == p.Id).Select(f => $"{r.Name} {f.Reason}")).ToList(),
            reviewers.Where(r => r.Flags.Any(f => f.ProposalId == p.Id))
                .ToDictionary(r => r.UserId, r => string.Join("; ", r.Flags.Where(f => f.ProposalId == p.Id).Select(f => f.Reason))))).ToList();
        var loads = await db.ReviewAssignments.GroupBy(a => a.ReviewerUserId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count);
        var reviewerLoads = reviewers.Select(r => new AssignmentsModel.ReviewerLoad(r.UserId, r.Name, loads.GetValueOrDefault(r.UserId), r.Profile.MaxProposals)).ToList();
        return (new AssignmentsModel(rfpId, rfp?.Title, rfp?.ReviewersPerProposal ?? 3, rfp?.ReviewEndsOn ?? DateOnly.FromDateTime(clock.UtcNow.AddDays(30)), rows, reviewerLoads), reviewers);
    }

    // The (proposal, reviewer) pairs with a declared conflict.
    public async Task<HashSet<(int, string)>> DeclaredConflicts() =>
        (await db.ConflictDeclarations.Where(c => c.Kind != ConflictKind.None).Select(c => new { c.ProposalId, c.ReviewerUserId }).ToListAsync())
            .Select(c => (c.ProposalId, c.ReviewerUserId)).ToHashSet();
}
