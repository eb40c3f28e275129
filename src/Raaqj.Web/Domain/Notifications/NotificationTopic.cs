using Raaqj.Web.Domain.Accounts;

namespace Raaqj.Web.Domain.Notifications;

public enum NotificationTopic
{
    ReviewAssignments = 1,
    NewSubmissions = 2,
    DeadlineReminders = 3,
    TeamChanges = 4,
    ProposalUpdates = 5,
    Decisions = 6,
    ReviewReminders = 7,
    MilestoneReminders = 8,
    Announcements = 9,
    TechnicalAssistance = 10,
    CommunityOfPractice = 11,
    ActionPlans = 12,
    PeriodReports = 13,
}

// When a topic's email leaves.
public enum EmailDelivery
{
    // With the change that causes it.
    AtOnce,
    // One email for a burst (ten proposals assigned one after another), once things have been quiet for a while.
    WhenQuiet,
    // One email a day, in the morning in the program's zone.
    Daily,
}

// What a kind of notification is, who gets it, and whether its email can be turned off.
public sealed record TopicInfo(NotificationTopic Topic, string Name, string Description, IReadOnlyList<string> ForRoles, EmailDelivery Delivery, bool EmailOptional);

public static class NotificationTopics
{
    public static readonly IReadOnlyList<TopicInfo> All =
    [
        new(NotificationTopic.ReviewAssignments, "New review assignments", "One email listing the proposals assigned to you, sent once assigning has paused for ten minutes.", [Roles.Reviewer], EmailDelivery.WhenQuiet, true),
        new(NotificationTopic.ReviewReminders, "Reviews past their due date", "Reminders staff send when reviews are overdue.", [Roles.Reviewer], EmailDelivery.AtOnce, true),
        new(NotificationTopic.NewSubmissions, "New submissions, daily digest", "One email each morning listing the proposals submitted since the last one.", [Roles.Staff], EmailDelivery.Daily, true),
        new(NotificationTopic.DeadlineReminders, "Deadline reminders", "A reminder 7 days and 1 day before the deadline while your proposal is still a draft.", [Roles.Anchor], EmailDelivery.AtOnce, true),
        new(NotificationTopic.TeamChanges, "Team changes", "When someone you invited joins your organization's team.", [Roles.Anchor], EmailDelivery.AtOnce, true),
        new(NotificationTopic.ProposalUpdates, "Proposal submitted, reopened or withdrawn", "Receipts for your team's proposal, with the receipt number.", [Roles.Anchor], EmailDelivery.AtOnce, true),
        new(NotificationTopic.MilestoneReminders, "Milestone reminders", "Before a milestone you own is due, and when it becomes late; once each.", [Roles.Staff, Roles.Anchor], EmailDelivery.AtOnce, true),
        new(NotificationTopic.Announcements, "Announcements from the program team", "News for your region or the whole cohort. Always emailed.", [Roles.Anchor], EmailDelivery.AtOnce, false),
        new(NotificationTopic.TechnicalAssistance, "Technical assistance", "A request routed to you, an answer to your region's request, and a warning before a response clock runs out.", [Roles.Staff, Roles.Anchor], EmailDelivery.AtOnce, true),
        new(NotificationTopic.CommunityOfPractice, "Community of practice", "A new learning session for the cohort, and the sessions you register for.", [Roles.Staff, Roles.Anchor], EmailDelivery.AtOnce, true),
        new(NotificationTopic.ActionPlans, "Job quality action plans", "A plan submitted for review, and the program team's comments and decision on your region's plan.",
            [Roles.Staff, Roles.Anchor], EmailDelivery.AtOnce, true),
        new(NotificationTopic.PeriodReports, "Period reports", "Your region's report coming due and late (once each), a report submitted for review, and the program team's decision on it.",
            [Roles.Staff, Roles.Anchor], EmailDelivery.AtOnce, true),
        new(NotificationTopic.Decisions, "Decisions on your proposal", "The program's decision and its feedback. Always emailed.", [Roles.Anchor], EmailDelivery.AtOnce, false),
    ];

    private static readonly Dictionary<NotificationTopic, TopicInfo> ByTopic = All.ToDictionary(t => t.Topic);

    public static TopicInfo Of(NotificationTopic topic) => ByTopic[topic];

    // The topics a person with these roles hears about.
    public static IReadOnlyList<TopicInfo> For(Func<string, bool> isInRole) => All.Where(t => t.ForRoles.Any(isInRole)).ToList();
}
