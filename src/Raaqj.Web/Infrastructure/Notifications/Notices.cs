using Raaqj.Web.Domain.Notifications;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Infrastructure.Notifications;

// The words of notices more than one place gives (a use case and the demo seed), so they are written once.
public sealed class Notices(PortalLinks links, ProgramClock clock)
{
    // A reviewer's new assignment, by hand or automatic: their email gathers a burst into one digest.
    public (string UserId, NotificationMessage Message) ReviewAssigned(string reviewerUserId, int proposalId, string organization, string region, DateOnly dueOn) =>
        (reviewerUserId, new NotificationMessage(NotificationTopic.ReviewAssignments,
            $"Review {organization} ({region}) by {ProgramClock.DateInWords(dueOn)}",
            $"{organization}'s proposal for {region} was assigned to you. Please declare any conflict of interest before you read it.",
            // The queue, at the proposal: a conflict is declared there before the proposal opens.
            links.Path("Queue", "Queue") + $"#item-{proposalId}"));

    // Staff hear of a submission in their list at once and by email in the morning's digest; a resubmission is news again.
    public NotificationMessage ProposalSubmitted(int proposalId, string organization, string region, string? receipt, DateTime submittedAtUtc) =>
        new(NotificationTopic.NewSubmissions, $"{organization} submitted its proposal for {region}",
            $"Receipt {receipt}, submitted {clock.InWords(submittedAtUtc)}.", links.Path("Details", "Intake", new { id = proposalId }));
}
