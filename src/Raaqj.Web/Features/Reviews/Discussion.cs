using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Domain.Reviews;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Authorization;

namespace Raaqj.Web.Features.Reviews;

public sealed record DiscussionModel(int ProposalId, string PostUrl, IReadOnlyList<DiscussionModel.Entry> Comments, IReadOnlyList<DiscussionModel.OtherReview> OtherReviews)
{
    public sealed record Entry(string Author, DateTime PostedAtUtc, string Body);

    public sealed record OtherReview(string Reviewer, double? Total, Recommendation? Recommendation);
}

// A proposal's review discussion. Staff always take part and see names; a reviewer takes part only after
// submitting their own review, and sees colleagues as "Reviewer A, B..." and staff as "Program staff".
public sealed class DiscussionHandler(AppDbContext db, CurrentUser user, ProgramClock clock, RecordAccess access)
{
    // A reviewer joins while their submitted review counts: a conflict or removal ends it, for reading and posting alike.
    public Task<bool> ReviewerMayJoin(int proposalId) => access.MayAsync(RecordAction.JoinReviewerDiscussion, proposalId);

    public async Task<DiscussionModel> Load(int proposalId, bool asStaff, string postUrl)
    {
        var staffRole = await db.Roles.Where(r => r.Name == Roles.Staff).Select(r => r.Id).SingleAsync();
        var comments = await db.DiscussionComments.AsNoTracking().Where(c => c.ProposalId == proposalId).OrderBy(c => c.PostedAtUtc)
            .Join(db.Users, c => c.AuthorUserId, u => u.Id, (c, u) => new { c, u.DisplayName, IsStaff = db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == staffRole) })
            .ToListAsync();
        var criteria = await db.Proposals.Where(p => p.Id == proposalId)
            .SelectMany(p => db.SelectionCriteria.Where(c => c.RequestForActionId == p.RequestForActionId))
            .Select(c => new CriterionScale(c.Id, c.Weight, c.ScaleMin, c.ScaleMax)).ToListAsync();
        var reviews = await db.ReviewsThatCount().AsNoTracking().Include(r => r.Scores)
            .Where(r => r.ProposalId == proposalId).OrderBy(r => r.SubmittedAtUtc).ToListAsync();
        var aliases = reviews.Select((r, i) => (r.ReviewerUserId, Alias: $"Reviewer {(char)('A' + i)}")).ToDictionary(x => x.ReviewerUserId, x => x.Alias);
        var names = await db.Users.Where(u => aliases.Keys.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName);

        string Author(string userId, string name, bool isStaff) =>
            asStaff ? name : userId == user.Id ? "You" : isStaff ? "Program staff" : aliases.GetValueOrDefault(userId, "A reviewer");

        var entries = comments.Select(x => new DiscussionModel.Entry(Author(x.c.AuthorUserId, x.DisplayName, x.IsStaff), x.c.PostedAtUtc, x.c.Body)).ToList();
        var others = reviews.Where(r => asStaff || r.ReviewerUserId != user.Id)
            .Select(r => new DiscussionModel.OtherReview(asStaff ? names.GetValueOrDefault(r.ReviewerUserId, "(reviewer)") : aliases[r.ReviewerUserId], r.TotalFor(criteria).Value, r.Recommendation))
            .ToList();
        return new DiscussionModel(proposalId, postUrl, entries, others);
    }

    public async Task<Outcome> Post(int proposalId, string? body)
    {
        var text = (body ?? "").Trim();
        if (text.Length == 0 || text.Length > DiscussionComment.BodyMaxLength)
            return Outcome.Invalid("body", $"Write a comment of at most {DiscussionComment.BodyMaxLength} characters.");
        db.DiscussionComments.Add(new DiscussionComment { ProposalId = proposalId, AuthorUserId = user.Id!, Body = text, PostedAtUtc = clock.UtcNow });
        await db.SaveChangesAsync();
        return Outcome.Done;
    }
}
