namespace Raaqj.Web.Domain.Audit;

// The names the audit log filters by; one constant per kind of change.
public static class AuditActions
{
    public const string RfpCreated = "Rfp.Created";
    public const string RfpUpdated = "Rfp.Updated";
    public const string RfpPublished = "Rfp.Published";
    public const string RfpClosed = "Rfp.Closed";
    public const string UserRegistered = "User.Registered";
    public const string UserInvited = "User.Invited";
    public const string UserInvitationAccepted = "User.InvitationAccepted";
    public const string UserRolesChanged = "User.RolesChanged";
    public const string UserDisabled = "User.Disabled";
    public const string UserEnabled = "User.Enabled";
    public const string EmailPreferencesChanged = "User.EmailPreferencesChanged";
    public const string UserLockedOut = "User.LockedOut";
    public const string UserPasswordChanged = "User.PasswordChanged";
    public const string UserPasswordReset = "User.PasswordReset";
    public const string MailRetried = "Mail.Retried";
    public const string OrganizationCreated = "Organization.Created";
    public const string OrganizationUpdated = "Organization.Updated";
    public const string MemberInvited = "Organization.MemberInvited";
    public const string InvitationRevoked = "Organization.InvitationRevoked";
    public const string MemberJoined = "Organization.MemberJoined";
    public const string MemberRemoved = "Organization.MemberRemoved";
    public const string OwnershipTransferred = "Organization.OwnershipTransferred";
    public const string ProposalStarted = "Proposal.Started";
    public const string ProposalSubmitted = "Proposal.Submitted";
    public const string ProposalReopened = "Proposal.Reopened";
    public const string ProposalWithdrawn = "Proposal.Withdrawn";
    public const string ReviewsAutoAssigned = "Reviews.AutoAssigned";
    public const string ReviewerAssigned = "Reviews.Assigned";
    public const string ReviewerUnassigned = "Reviews.Unassigned";
    public const string ConflictDeclared = "Reviews.ConflictDeclared";
    public const string ReviewSubmitted = "Reviews.Submitted";
    public const string ReviewReopened = "Reviews.Reopened";
    public const string ReviewRemindersSent = "Reviews.RemindersSent";
    public const string SelectionWeightsChanged = "Selection.WeightsChanged";
    public const string SelectionRulesChanged = "Selection.RulesChanged";
    public const string Shortlisted = "Selection.Shortlisted";
    public const string Unshortlisted = "Selection.Unshortlisted";
    public const string DecisionRecorded = "Selection.DecisionRecorded";
    public const string DecisionReleased = "Selection.DecisionReleased";
    public const string CohortRegionCreated = "Cohort.RegionCreated";
    public const string ProgramCreated = "Program.Created";
    public const string ProgramUpdated = "Program.Updated";
    public const string MilestoneAdded = "Milestone.Added";
    public const string MilestoneUpdated = "Milestone.Updated";
    public const string MilestoneRemoved = "Milestone.Removed";
    public const string MilestoneCompletedByEvent = "Milestone.CompletedByEvent";
    public const string RegionMilestonesCreated = "Milestone.RegionMilestonesCreated";
    public const string MilestoneTemplateChanged = "Milestone.TemplateChanged";
    public const string BaselineSaved = "Program.BaselineSaved";
    public const string CalendarLinkChanged = "User.CalendarLinkChanged";
    public const string RegionPartnerInvited = "Region.PartnerInvited";
    public const string RegionInvitationRevoked = "Region.InvitationRevoked";
    public const string RegionPartnerJoined = "Region.PartnerJoined";
    public const string RegionPartnerRemoved = "Region.PartnerRemoved";
    public const string RegionLiaisonChanged = "Region.LiaisonChanged";
    public const string RegionFileUploaded = "Region.FileUploaded";
    public const string AnnouncementPosted = "Region.AnnouncementPosted";
    public const string TaRequested = "Ta.Requested";
    public const string TaStepTaken = "Ta.StepTaken";
    public const string TaAssigned = "Ta.Assigned";
    public const string ExpertAreasChanged = "Ta.ExpertAreasChanged";
    public const string TaClocksChanged = "Ta.ClocksChanged";
    public const string SessionScheduled = "Community.SessionScheduled";
    public const string SessionUpdated = "Community.SessionUpdated";
    public const string SessionRegistered = "Community.Registered";
    public const string SessionUnregistered = "Community.Unregistered";
    public const string AttendanceRecorded = "Community.AttendanceRecorded";
    public const string FeedbackGiven = "Community.FeedbackGiven";
    public const string LearningTopicChanged = "Community.TopicChanged";
    public const string CommunityResourceAdded = "Community.ResourceAdded";
    public const string CommunityResourceRemoved = "Community.ResourceRemoved";
    public const string AssessmentStarted = "Assessment.Started";
    public const string AssessmentScored = "Assessment.Scored";
    public const string AssessmentSubmitted = "Assessment.Submitted";
    public const string AssessmentReviewed = "Assessment.Reviewed";
    public const string StakeholdersSeeded = "Stakeholder.Seeded";
    public const string StakeholderAdded = "Stakeholder.Added";
    public const string StakeholderUpdated = "Stakeholder.Updated";
    public const string EngagementChanged = "Stakeholder.EngagementChanged";
    public const string StakeholderContactChanged = "Stakeholder.ContactChanged";
    public const string StakeholdersMerged = "Stakeholder.Merged";
    public const string StakeholdersKeptApart = "Stakeholder.KeptApart";
    public const string StakeholdersImported = "Stakeholder.Imported";
    public const string PlanItemAdded = "Plan.ItemAdded";
    public const string PlanItemChanged = "Plan.ItemChanged";
    public const string PlanItemRemoved = "Plan.ItemRemoved";
    public const string PlanSubmitted = "Plan.Submitted";
    public const string PlanCommented = "Plan.Commented";
    public const string PlanApproved = "Plan.Approved";
    public const string PlanChangesRequested = "Plan.ChangesRequested";
    public const string PlanRevisionOpened = "Plan.RevisionOpened";
    public const string PlanDimensionsChanged = "Plan.DimensionsChanged";
    public const string InstrumentChanged = "Assessment.InstrumentChanged";
    public const string ResearchRecorded = "Research.Recorded";
    public const string PilotRecorded = "Research.PilotRecorded";
    public const string PdsaCycleRecorded = "Research.CycleRecorded";
    public const string FunderAdded = "Funding.FunderAdded";
    public const string FunderUpdated = "Funding.FunderUpdated";
    public const string PledgeRecorded = "Funding.PledgeRecorded";
    public const string PledgeChanged = "Funding.PledgeChanged";
    public const string PledgeWithdrawn = "Funding.PledgeWithdrawn";
    public const string PaymentRecorded = "Funding.PaymentRecorded";
    public const string MatchSeeded = "Match.Seeded";
    public const string MatchRecorded = "Match.Recorded";
    public const string MatchVerified = "Match.Verified";
    public const string MatchUnverified = "Match.Unverified";
    public const string OutreachChanged = "Outreach.RegionChanged";
    public const string SurveyImported = "Survey.Imported";
    public const string PublicProgressChanged = "Program.PublicProgressChanged";
    public const string IndicatorAdded = "Reporting.IndicatorAdded";
    public const string IndicatorChanged = "Reporting.IndicatorChanged";
    public const string ReportSaved = "Reporting.ReportSaved";
    public const string ReportSubmitted = "Reporting.ReportSubmitted";
    public const string ReportAccepted = "Reporting.ReportAccepted";
    public const string ReportChangesRequested = "Reporting.ReportChangesRequested";
    public const string BoardReportIntroductionSaved = "Program.BoardReportIntroductionSaved";

    public static readonly IReadOnlyList<string> All =
    [
        RfpCreated, RfpUpdated, RfpPublished, RfpClosed,
        UserRegistered, UserInvited, UserInvitationAccepted, UserRolesChanged, UserDisabled, UserEnabled, UserLockedOut,
        OrganizationCreated, OrganizationUpdated, MemberInvited, InvitationRevoked, MemberJoined, MemberRemoved, OwnershipTransferred,
        ProposalStarted, ProposalSubmitted, ProposalReopened, ProposalWithdrawn,
        ReviewsAutoAssigned, ReviewerAssigned, ReviewerUnassigned, ConflictDeclared, ReviewSubmitted, ReviewReopened, ReviewRemindersSent,
        SelectionWeightsChanged, SelectionRulesChanged, Shortlisted, Unshortlisted, DecisionRecorded, DecisionReleased, CohortRegionCreated,
        ProgramCreated, ProgramUpdated, MilestoneAdded, MilestoneUpdated, MilestoneRemoved, MilestoneCompletedByEvent, RegionMilestonesCreated,
        MilestoneTemplateChanged, BaselineSaved, CalendarLinkChanged, RegionPartnerInvited, RegionInvitationRevoked, RegionPartnerJoined,
        RegionPartnerRemoved, RegionLiaisonChanged, RegionFileUploaded, AnnouncementPosted, TaRequested, TaStepTaken, TaAssigned, ExpertAreasChanged,
        TaClocksChanged, SessionScheduled, SessionUpdated, SessionRegistered, SessionUnregistered, AttendanceRecorded, FeedbackGiven, LearningTopicChanged,
        CommunityResourceAdded, CommunityResourceRemoved, AssessmentStarted, AssessmentScored, AssessmentSubmitted, AssessmentReviewed,
        StakeholdersSeeded, StakeholderAdded, StakeholderUpdated, EngagementChanged, StakeholderContactChanged, StakeholdersMerged, StakeholdersKeptApart,
        StakeholdersImported, PlanItemAdded, PlanItemChanged, PlanItemRemoved, PlanSubmitted, PlanCommented, PlanApproved, PlanChangesRequested, PlanRevisionOpened,
        PlanDimensionsChanged, InstrumentChanged, ResearchRecorded, PilotRecorded, PdsaCycleRecorded,
        FunderAdded, FunderUpdated, PledgeRecorded, PledgeChanged, PledgeWithdrawn, PaymentRecorded, MatchSeeded, MatchRecorded, MatchVerified, MatchUnverified,
        OutreachChanged, SurveyImported, PublicProgressChanged, IndicatorAdded, IndicatorChanged, ReportSaved, ReportSubmitted, ReportAccepted, ReportChangesRequested,
        BoardReportIntroductionSaved,
    ];
}
