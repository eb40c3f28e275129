using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Domain.Organizations;
using Raaqj.Web.Domain.Reviews;

namespace Raaqj.Web.Infrastructure.Authorization;

// How the signed-in person stands to a proposal, read in one query, and what the permission map lets them do.
public sealed class RecordAccess(AppDbContext db, CurrentUser user, IHttpContextAccessor http)
{
    private sealed record TieRow(MemberRole? Member, bool Reviewer, bool Counting);

    // Asked on every page of a proposal: compiled once. "Counting" is only read for an assigned reviewer, so a
    // submitted review of theirs counts (CountingReviews) without asking again whether they are assigned.
    private static readonly Func<AppDbContext, int, string, Task<TieRow?>> Tie = EF.CompileAsyncQuery((AppDbContext context, int proposalId, string me) =>
        context.Proposals.AsNoTracking().Where(p => p.Id == proposalId).Select(p => new TieRow(
            context.OrganizationMembers.Where(m => m.OrganizationId == p.OrganizationId && m.UserId == me).Select(m => (MemberRole?)m.Role).FirstOrDefault(),
            context.ReviewAssignments.Any(a => a.ProposalId == p.Id && a.ReviewerUserId == me)
                && context.ConflictDeclarations.Any(c => c.ProposalId == p.Id && c.ReviewerUserId == me && c.Kind == ConflictKind.None),
            context.Reviews.Any(r => r.ProposalId == p.Id && r.ReviewerUserId == me && r.Status == ReviewStatus.Submitted)))
        .FirstOrDefault());

    public async Task<IReadOnlyList<Relation>> ToProposal(int proposalId)
    {
        var me = user.Id;
        var relations = new List<Relation>();
        if (me is null)
            return relations;
        if (http.HttpContext?.User.IsInRole(Roles.Staff) == true)
            relations.Add(Relation.Staff);
        var tie = await Tie(db, proposalId, me);
        if (tie is null)
            return [];
        if (tie.Member is { } role)
            relations.Add(Permissions.Of(role));
        if (tie.Reviewer && http.HttpContext?.User.IsInRole(Roles.Reviewer) == true)
            relations.Add(tie.Counting ? Relation.CountingReviewer : Relation.AssignedReviewer);
        return relations;
    }

    public async Task<bool> MayAsync(RecordAction action, int proposalId) => Permissions.Allows(action, await ToProposal(proposalId));
}
