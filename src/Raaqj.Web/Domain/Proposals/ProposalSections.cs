namespace Raaqj.Web.Domain.Proposals;

public enum ProposalSection
{
    Region = 1,
    Strategy = 2,
    Populations = 3,
    Stakeholders = 4,
    Partnerships = 5,
    JobQuality = 6,
    Fundraising = 7,
    Attachments = 8,
    Review = 9,
}

// The words people read for the proposal's sections and choices, in one place.
public static class ProposalLabels
{
    public sealed record SectionInfo(ProposalSection Section, int Number, string Title, string Slug);

    public static readonly IReadOnlyList<SectionInfo> Sections =
    [
        new(ProposalSection.Region, 1, "Region and lead applicant", "region"),
        new(ProposalSection.Strategy, 2, "Strategy", "strategy"),
        new(ProposalSection.Populations, 3, "Priority populations and labor market data", "populations"),
        new(ProposalSection.Stakeholders, 4, "Stakeholders", "stakeholders"),
        new(ProposalSection.Partnerships, 5, "Past partnerships", "partnerships"),
        new(ProposalSection.JobQuality, 6, "Job quality focus", "job-quality"),
        new(ProposalSection.Fundraising, 7, "Fundraising plan and local match", "fundraising"),
        new(ProposalSection.Attachments, 8, "Attachments", "attachments"),
        new(ProposalSection.Review, 9, "Review and submit", "review"),
    ];

    public static SectionInfo Of(ProposalSection section) => Sections.Single(s => s.Section == section);

    public static string Label(PriorityPopulation population) => population switch
    {
        PriorityPopulation.WithoutFourYearDegree => "People without a 4-year college degree",
        PriorityPopulation.BlackLearnersAndWorkers => "Black learners and workers",
        PriorityPopulation.Women => "Women, regardless of educational attainment",
        _ => "People with criminal records",
    };

    public static string Label(StakeholderSector sector) => sector switch
    {
        StakeholderSector.PrivateEmployer => "Private employer",
        StakeholderSector.PublicAgency => "Public agency",
        StakeholderSector.EducationAndTraining => "Education and training",
        StakeholderSector.CommunityBasedOrganization => "Community-based organization",
        StakeholderSector.Philanthropy => "Philanthropy",
        StakeholderSector.LaborOrWorkerOrganization => "Labor or worker organization",
        _ => "Workforce board",
    };

    public static string Label(JobQualityDimension dimension) => dimension switch
    {
        JobQualityDimension.LivingWage => "A living wage",
        JobQualityDimension.Benefits => "Benefits",
        JobQualityDimension.Stability => "Stability",
        JobQualityDimension.Flexibility => "Flexibility",
        JobQualityDimension.Autonomy => "Autonomy",
        JobQualityDimension.EconomicAdvancement => "Economic advancement",
        _ => "None",
    };

    public static string Label(MatchKind kind) => kind switch
    {
        MatchKind.Public => "Public",
        MatchKind.Philanthropic => "Philanthropic",
        MatchKind.Private => "Private",
        _ => "In-kind",
    };

    public static readonly IReadOnlyList<PriorityPopulation> Populations = Enum.GetValues<PriorityPopulation>();
    public static readonly IReadOnlyList<StakeholderSector> Sectors = Enum.GetValues<StakeholderSector>();
    public static readonly IReadOnlyList<MatchKind> MatchKinds = Enum.GetValues<MatchKind>();
    public static readonly IReadOnlyList<JobQualityDimension> Dimensions = Enum.GetValues<JobQualityDimension>().Where(d => d != JobQualityDimension.None).ToList();
}

// Word limits of the long answers; shown live in the browser and enforced on the server.
public static class WordLimits
{
    public const int Evidence = 250;
    public const int Strategy = 1500;
    public const int JobQualityRationale = 500;
    public const int FundraisingNarrative = 750;

    public const int StrategyMaxLength = 15000;
    public const int RationaleMaxLength = 5000;
    public const int NarrativeMaxLength = 7500;

    public static int Count(string? text) =>
        string.IsNullOrWhiteSpace(text) ? 0 : text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
