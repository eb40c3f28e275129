namespace Raaqj.Web.Domain.Timeline;

// A milestone of the plan as a new program starts with it: due by the end of a month, in a phase (by position),
// after the planned milestones it names (by position in the list; program milestones only), completed by a program
// event if one proves it.
public sealed record PlannedMilestone(string Title, int Phase, int ByEndOfMonth, int[] After, ProgramEvent? CompletesOn = null);

// The plan of the commitment (DOMAIN.md, the 12-month timeline): what a new program edition starts with, for the
// program and for each cohort region. Staff change it from there.
public static class ProgramPlan
{
    public static readonly IReadOnlyList<PlannedMilestone> Program =
    [
        new("National partner and fundraising commitment strategy", 1, 2, []),
        new("Communications plan to recruit regions", 1, 2, []),
        new("Target regions identified", 1, 3, [2]),
        new("Request for action and selection criteria drafted", 1, 3, [3]),
        new("Request for action launched", 2, 3, [4], ProgramEvents.RfpPublished),
        new("Proposals reviewed and regions selected", 2, 5, [5], ProgramEvents.DecisionsReleased),
        new("Community of practice strategy and learning agenda designed", 2, 7, []),
        new("Initial impact measurement and data collection model built", 2, 7, []),
        new("Cohort convened and community of practice launched", 3, 8, [6, 7], ProgramEvents.CohortConvened),
        new("Regional and organizational assessments in every region", 4, 11, [9]),
        new("Ecosystem maps in every region", 4, 11, [9]),
        new("Initial job quality action plans developed", 4, 12, [10, 11]),
    ];

    public static readonly IReadOnlyList<PlannedMilestone> Region =
    [
        new("Region team and staff liaison confirmed", 3, 8, []),
        new("Cohort launch convening attended", 3, 8, [], ProgramEvents.LaunchConveningAttended),
        new("Organizational readiness assessment completed", 4, 9, [], ProgramEvents.OrganizationalAssessmentSubmitted),
        new("Community readiness assessment completed", 4, 10, [], ProgramEvents.CommunityAssessmentSubmitted),
        new("Ecosystem map of stakeholders drafted", 4, 10, []),
        new("Worker-informed research plan agreed", 4, 10, []),
        new("Pilot or prototype under way", 4, 11, [], ProgramEvents.PilotUnderWay),
        new("Initial job quality action plan submitted", 4, 12, [], ProgramEvents.ActionPlanSubmitted),
        new("Job quality action plan approved", 4, 12, [], ProgramEvents.ActionPlanApproved),
    ];
}
