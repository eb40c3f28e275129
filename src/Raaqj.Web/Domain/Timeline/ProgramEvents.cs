namespace Raaqj.Web.Domain.Timeline;

// Something that happened in the portal and proves a milestone: raised by the use case that makes it true, for the
// program or for one region. Milestones name the event that completes them (Milestone.CompletesOn).
public sealed record ProgramEvent(string Key, string Name, bool OfRegion);

public static class ProgramEvents
{
    public const int KeyMaxLength = 50;

    public static readonly ProgramEvent RfpPublished = new("rfp-published", "The program's request for action is published", OfRegion: false);
    public static readonly ProgramEvent DecisionsReleased = new("decisions-released", "Selection decisions are released", OfRegion: false);

    public static readonly ProgramEvent CohortConvened = new("cohort-convened", "The launch convening's attendance has every region of the cohort present", OfRegion: false);
    public static readonly ProgramEvent LaunchConveningAttended = new("launch-convening-attended", "The region is recorded at the cohort launch convening", OfRegion: true);

    public static readonly ProgramEvent OrganizationalAssessmentSubmitted = new("organizational-assessment-submitted", "The region submits its organizational readiness assessment", OfRegion: true);
    public static readonly ProgramEvent CommunityAssessmentSubmitted = new("community-assessment-submitted", "The region submits its community readiness assessment", OfRegion: true);

    public static readonly ProgramEvent PilotUnderWay = new("pilot-under-way", "A pilot or prototype of the region starts running", OfRegion: true);
    public static readonly ProgramEvent ActionPlanSubmitted = new("action-plan-submitted", "The region submits its job quality action plan", OfRegion: true);
    public static readonly ProgramEvent ActionPlanApproved = new("action-plan-approved", "The program team approves the region's job quality action plan", OfRegion: true);

    public static readonly ProgramEvent PeriodReportAccepted = new("period-report-accepted", "The program team accepts a period report of the region", OfRegion: true);

    public static readonly IReadOnlyList<ProgramEvent> All =
    [
        RfpPublished, DecisionsReleased, CohortConvened, LaunchConveningAttended, OrganizationalAssessmentSubmitted, CommunityAssessmentSubmitted,
        PilotUnderWay, ActionPlanSubmitted, ActionPlanApproved, PeriodReportAccepted,
    ];

    // The events a program milestone, or a region's, can wait for.
    public static IEnumerable<ProgramEvent> For(bool ofRegion) => All.Where(e => e.OfRegion == ofRegion);

    public static ProgramEvent? Find(string? key) => All.FirstOrDefault(e => e.Key == key);
}
