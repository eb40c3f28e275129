using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Domain.Assistance;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Cohort;
using Raaqj.Web.Domain.Community;
using Raaqj.Web.Domain.Documents;
using Raaqj.Web.Domain.Funding;
using Raaqj.Web.Domain.Mail;
using Raaqj.Web.Domain.Notifications;
using Raaqj.Web.Domain.Operations;
using Raaqj.Web.Domain.Organizations;
using Raaqj.Web.Domain.Outreach;
using Raaqj.Web.Domain.Planning;
using Raaqj.Web.Domain.Proposals;
using Raaqj.Web.Domain.Reviews;
using Raaqj.Web.Domain.Rfp;
using Raaqj.Web.Domain.Selection;
using Raaqj.Web.Domain.Timeline;

namespace Raaqj.Web.Data;

// The provider-neutral model; SqliteAppDbContext and SqlServerAppDbContext carry the migrations.
public class AppDbContext(DbContextOptions options) : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    public DbSet<RequestForAction> RequestsForAction => Set<RequestForAction>();
    public DbSet<SelectionCriterion> SelectionCriteria => Set<SelectionCriterion>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<OrganizationMember> OrganizationMembers => Set<OrganizationMember>();
    public DbSet<OrganizationInvitation> OrganizationInvitations => Set<OrganizationInvitation>();
    public DbSet<Proposal> Proposals => Set<Proposal>();
    public DbSet<ProposalCounty> ProposalCounties => Set<ProposalCounty>();
    public DbSet<PopulationFigure> PopulationFigures => Set<PopulationFigure>();
    public DbSet<Stakeholder> Stakeholders => Set<Stakeholder>();
    public DbSet<PastPartnership> PastPartnerships => Set<PastPartnership>();
    public DbSet<MatchCommitment> MatchCommitments => Set<MatchCommitment>();
    public DbSet<Document> Documents => Set<Document>();

    public DbSet<ProposalAttachment> ProposalAttachments => Set<ProposalAttachment>();

    public DbSet<MilestoneEvidence> MilestoneEvidence => Set<MilestoneEvidence>();

    public DbSet<RegionFileVersion> RegionFileVersions => Set<RegionFileVersion>();

    public DbSet<RegionFile> RegionFiles => Set<RegionFile>();

    public DbSet<RegionPartner> RegionPartners => Set<RegionPartner>();

    public DbSet<RegionInvitation> RegionInvitations => Set<RegionInvitation>();

    public DbSet<Announcement> Announcements => Set<Announcement>();

    public DbSet<ExpertArea> ExpertAreas => Set<ExpertArea>();

    public DbSet<ExpertProfile> ExpertProfiles => Set<ExpertProfile>();

    public DbSet<ExpertAreaTag> ExpertAreaTags => Set<ExpertAreaTag>();

    public DbSet<TaClockSettings> TaClockSettings => Set<TaClockSettings>();

    public DbSet<ProgramHoliday> ProgramHolidays => Set<ProgramHoliday>();

    public DbSet<TaRequest> TaRequests => Set<TaRequest>();

    public DbSet<TaMessage> TaMessages => Set<TaMessage>();

    public DbSet<TaMessageFile> TaMessageFiles => Set<TaMessageFile>();

    public DbSet<TaClockWarning> TaClockWarnings => Set<TaClockWarning>();

    public DbSet<LearningTopic> LearningTopics => Set<LearningTopic>();

    public DbSet<LearningSession> LearningSessions => Set<LearningSession>();

    public DbSet<SessionTopic> SessionTopics => Set<SessionTopic>();

    public DbSet<SessionRegistration> SessionRegistrations => Set<SessionRegistration>();

    public DbSet<SessionAttendance> SessionAttendances => Set<SessionAttendance>();

    public DbSet<SessionFeedback> SessionFeedback => Set<SessionFeedback>();

    public DbSet<CommunityResource> CommunityResources => Set<CommunityResource>();

    public DbSet<CommunityResourceFile> CommunityResourceFiles => Set<CommunityResourceFile>();

    public DbSet<AssessmentInstrument> AssessmentInstruments => Set<AssessmentInstrument>();

    public DbSet<AssessmentElement> AssessmentElements => Set<AssessmentElement>();

    public DbSet<AssessmentItem> AssessmentItems => Set<AssessmentItem>();

    public DbSet<RegionAssessment> RegionAssessments => Set<RegionAssessment>();

    public DbSet<AssessmentAnswer> AssessmentAnswers => Set<AssessmentAnswer>();

    public DbSet<RegionStakeholder> RegionStakeholders => Set<RegionStakeholder>();

    public DbSet<StakeholderContact> StakeholderContacts => Set<StakeholderContact>();

    public DbSet<EngagementChange> EngagementChanges => Set<EngagementChange>();

    public DbSet<StakeholderDistinction> StakeholderDistinctions => Set<StakeholderDistinction>();

    public DbSet<StakeholderImport> StakeholderImports => Set<StakeholderImport>();

    public DbSet<PlanDimension> PlanDimensions => Set<PlanDimension>();

    public DbSet<ActionPlan> ActionPlans => Set<ActionPlan>();

    public DbSet<PlanGoal> PlanGoals => Set<PlanGoal>();

    public DbSet<PlanStrategy> PlanStrategies => Set<PlanStrategy>();

    public DbSet<PlanAction> PlanActions => Set<PlanAction>();

    public DbSet<PlanMeasure> PlanMeasures => Set<PlanMeasure>();

    public DbSet<PlanVersion> PlanVersions => Set<PlanVersion>();

    public DbSet<PlanComment> PlanComments => Set<PlanComment>();

    public DbSet<PlanCitation> PlanCitations => Set<PlanCitation>();

    public DbSet<ResearchActivity> ResearchActivities => Set<ResearchActivity>();

    public DbSet<Funder> Funders => Set<Funder>();

    public DbSet<Pledge> Pledges => Set<Pledge>();

    public DbSet<PledgeInstallment> PledgeInstallments => Set<PledgeInstallment>();

    public DbSet<Payment> Payments => Set<Payment>();

    public DbSet<MatchEntry> MatchEntries => Set<MatchEntry>();

    public DbSet<MatchEvidence> MatchEvidence => Set<MatchEvidence>();

    public DbSet<TargetRegion> TargetRegions => Set<TargetRegion>();

    public DbSet<TargetRegionCounty> TargetRegionCounties => Set<TargetRegionCounty>();

    public DbSet<Domain.Impact.SurveyDataset> SurveyDatasets => Set<Domain.Impact.SurveyDataset>();

    public DbSet<Domain.Impact.SurveyFigure> SurveyFigures => Set<Domain.Impact.SurveyFigure>();

    public DbSet<Domain.Reporting.Indicator> Indicators => Set<Domain.Reporting.Indicator>();

    public DbSet<Domain.Reporting.PeriodReport> PeriodReports => Set<Domain.Reporting.PeriodReport>();

    public DbSet<Domain.Reporting.ReportValue> ReportValues => Set<Domain.Reporting.ReportValue>();

    public DbSet<Domain.Reporting.ReportVersion> ReportVersions => Set<Domain.Reporting.ReportVersion>();

    public DbSet<Domain.Reporting.ReportEvidence> ReportEvidence => Set<Domain.Reporting.ReportEvidence>();

    public DbSet<Domain.Reporting.ReportReminder> ReportReminders => Set<Domain.Reporting.ReportReminder>();

    public DbSet<ResearchPopulation> ResearchPopulations => Set<ResearchPopulation>();

    public DbSet<ResearchFile> ResearchFiles => Set<ResearchFile>();

    public DbSet<Pilot> Pilots => Set<Pilot>();

    public DbSet<PilotDimension> PilotDimensions => Set<PilotDimension>();

    public DbSet<PdsaCycle> PdsaCycles => Set<PdsaCycle>();

    public DbSet<ReviewerProfile> ReviewerProfiles => Set<ReviewerProfile>();
    public DbSet<ReviewAssignment> ReviewAssignments => Set<ReviewAssignment>();
    public DbSet<ConflictDeclaration> ConflictDeclarations => Set<ConflictDeclaration>();
    public DbSet<Review> Reviews => Set<Review>();
    public DbSet<ReviewScore> ReviewScores => Set<ReviewScore>();
    public DbSet<DiscussionComment> DiscussionComments => Set<DiscussionComment>();
    public DbSet<SelectionDecision> SelectionDecisions => Set<SelectionDecision>();
    public DbSet<CohortRegion> CohortRegions => Set<CohortRegion>();
    public DbSet<AuthSession> AuthSessions => Set<AuthSession>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<SystemSetting> SystemSettings => Set<SystemSetting>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<EmailPreference> EmailPreferences => Set<EmailPreference>();
    public DbSet<JobLease> JobLeases => Set<JobLease>();
    public DbSet<ProgramEdition> ProgramEditions => Set<ProgramEdition>();
    public DbSet<Domain.Impact.BoardReportIntroduction> BoardReportIntroductions => Set<Domain.Impact.BoardReportIntroduction>();
    public DbSet<ProgramPhase> ProgramPhases => Set<ProgramPhase>();
    public DbSet<Milestone> Milestones => Set<Milestone>();
    public DbSet<MilestoneDependency> MilestoneDependencies => Set<MilestoneDependency>();
    public DbSet<MilestoneTemplate> MilestoneTemplates => Set<MilestoneTemplate>();
    public DbSet<Baseline> Baselines => Set<Baseline>();
    public DbSet<BaselineEntry> BaselineEntries => Set<BaselineEntry>();
    public DbSet<MilestoneReminder> MilestoneReminders => Set<MilestoneReminder>();
    public DbSet<CalendarToken> CalendarTokens => Set<CalendarToken>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        Configurations.IdentityColumnLengths.Apply(builder);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every DateTime is UTC; SQLite forgets the kind, so it is restored on the way out.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }
}
