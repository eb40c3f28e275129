namespace Raaqj.Web.Domain.Organizations;

// An anchor organization: the lead applicant for its region.
public class Organization
{
    public const int LegalNameMaxLength = 200;
    public const int AddressLineMaxLength = 200;
    public const int CityMaxLength = 100;
    public const int PostalCodeMaxLength = 10;
    public const int WebsiteMaxLength = 300;
    public const int TrackRecordMaxLength = 4000;

    public int Id { get; set; }
    public string LegalName { get; set; } = "";
    public OrganizationType Type { get; set; }
    public string Ein { get; set; } = "";
    public string AddressLine1 { get; set; } = "";
    public string AddressLine2 { get; set; } = "";
    public string City { get; set; } = "";
    public string StateCode { get; set; } = "";
    public string PostalCode { get; set; } = "";
    public string Website { get; set; } = "";
    public int YearsServingRegion { get; set; }
    public string ConveningTrackRecord { get; set; } = "";
    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }

    // Several members may edit the profile; a stale save is refused, never silently applied.
    public Guid Version { get; set; } = Guid.NewGuid();

    public List<OrganizationMember> Members { get; set; } = [];
}

public enum OrganizationType
{
    WorkforceBoard = 1,
    CommunityCollege = 2,
    EconomicDevelopmentOrganization = 3,
    UnitedWayOrCommunityFoundation = 4,
    PublicAgency = 5,
    CommunityBasedNonprofit = 6,
    Other = 99,
}

public static class OrganizationTypes
{
    public static string Label(OrganizationType type) => type switch
    {
        OrganizationType.WorkforceBoard => "Workforce board",
        OrganizationType.CommunityCollege => "Community college",
        OrganizationType.EconomicDevelopmentOrganization => "Economic development organization",
        OrganizationType.UnitedWayOrCommunityFoundation => "United Way or community foundation",
        OrganizationType.PublicAgency => "Public agency",
        OrganizationType.CommunityBasedNonprofit => "Community-based nonprofit",
        _ => "Other",
    };

    public static readonly IReadOnlyList<OrganizationType> All = Enum.GetValues<OrganizationType>();
}
