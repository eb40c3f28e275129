namespace Raaqj.Web.Domain.Proposals;

public class ProposalCounty
{
    public int Id { get; set; }
    public int ProposalId { get; set; }
    public string Fips { get; set; } = "";
    public string StateCode { get; set; } = "";
}

public enum PriorityPopulation
{
    WithoutFourYearDegree = 1,
    BlackLearnersAndWorkers = 2,
    Women = 3,
    PeopleWithCriminalRecords = 4,
}

public class PopulationFigure
{
    public const int SourceMaxLength = 300;

    public int Id { get; set; }
    public int ProposalId { get; set; }
    public PriorityPopulation Population { get; set; }
    public int? Count { get; set; }

    // Share of the region's working-age population, in percent.
    public decimal? SharePercent { get; set; }
    public string Source { get; set; } = "";
    public int? Year { get; set; }
}

public enum StakeholderSector
{
    PrivateEmployer = 1,
    PublicAgency = 2,
    EducationAndTraining = 3,
    CommunityBasedOrganization = 4,
    Philanthropy = 5,
    LaborOrWorkerOrganization = 6,
    WorkforceBoard = 7,
}

public class Stakeholder
{
    public const int NameMaxLength = 200;
    public const int RoleMaxLength = 1000;

    public int Id { get; set; }
    public int ProposalId { get; set; }
    public int Position { get; set; }
    public string Name { get; set; } = "";
    public StakeholderSector Sector { get; set; }
    public string Role { get; set; } = "";
    public bool HasCommitmentLetter { get; set; }
}

public class PastPartnership
{
    public const int PartnerMaxLength = 200;
    public const int AchievementsMaxLength = 2000;

    public int Id { get; set; }
    public int ProposalId { get; set; }
    public int Position { get; set; }
    public string Partner { get; set; } = "";
    public int StartYear { get; set; }
    public int? EndYear { get; set; }
    public string Achievements { get; set; } = "";
    public bool WithProgramOrganization { get; set; }
}

[Flags]
public enum JobQualityDimension
{
    None = 0,
    LivingWage = 1,
    Benefits = 2,
    Stability = 4,
    Flexibility = 8,
    Autonomy = 16,
    EconomicAdvancement = 32,
}

public enum MatchKind
{
    Public = 1,
    Philanthropic = 2,
    Private = 3,
    InKind = 4,
}

public class MatchCommitment
{
    public const int SourceMaxLength = 200;

    public int Id { get; set; }
    public int ProposalId { get; set; }
    public int Position { get; set; }
    public string Source { get; set; } = "";
    public MatchKind Kind { get; set; }
    public decimal Amount { get; set; }
    public bool IsCommitted { get; set; }
}

public class ProposalAttachment : Documents.Document
{
    public int ProposalId { get; set; }
}
