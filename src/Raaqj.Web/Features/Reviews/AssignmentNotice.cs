using Raaqj.Web.Domain.Notifications;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Notifications;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Reviews;

// What a reviewer is told of a new assignment, by hand or automatic: their email gathers a burst into one digest.
public static class AssignmentNotice
{
    public static (string UserId, NotificationMessage Message) For(PortalLinks links, string reviewerUserId, int proposalId, string organization, string region, DateOnly dueOn) =>
        (reviewerUserId, new NotificationMessage(NotificationTopic.ReviewAssignments,
            $"Review {organization} ({region}) by {ProgramClock.DateInWords(dueOn)}",
            $"{organization}'s proposal for {region} was assigned to you. Please declare any conflict of interest before you read it.",
            links.Path("Score", "Queue", new { proposalId })));
}
