namespace Raaqj.Web.Domain.Reviews;

// A note in a proposal's review discussion, seen by staff and by reviewers who have submitted their own review.
public class DiscussionComment
{
    public const int BodyMaxLength = 2000;

    public int Id { get; set; }
    public int ProposalId { get; set; }
    public string AuthorUserId { get; set; } = "";
    public string Body { get; set; } = "";
    public DateTime PostedAtUtc { get; set; }
}
