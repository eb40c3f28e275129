using Raaqj.Web.Domain.Organizations;

namespace Raaqj.Web.Data.Seed;

// The demo anchor organizations, one per demo anchor account (anchor1 to anchor10@example.org).
public static class DemoOrganizations
{
    public static IReadOnlyList<Organization> Create(DateTime nowUtc) =>
    [
        new()
        {
            LegalName = "Great Lakes Workforce Board", Type = OrganizationType.WorkforceBoard, Ein = "34-1234567",
            AddressLine1 = "1111 Superior Avenue East", City = "Cleveland", StateCode = "OH", PostalCode = "44114",
            Website = "https://greatlakes-workforce.example.org", YearsServingRegion = 27,
            ConveningTrackRecord = "For 27 years we have convened the region's employers, community colleges, the county and city workforce agencies, and community-based organizations around sector partnerships in manufacturing and health care.\n\nOur 2019-2023 healthcare career pathways table brought 14 employers and 9 training providers together and placed 1,200 residents without a four-year degree into jobs paying a living wage.",
            CreatedAtUtc = nowUtc, UpdatedAtUtc = nowUtc,
        },
        new()
        {
            LegalName = "Piedmont Community Foundation", Type = OrganizationType.UnitedWayOrCommunityFoundation, Ein = "56-7654321",
            AddressLine1 = "400 South Tryon Street", AddressLine2 = "Suite 1200", City = "Charlotte", StateCode = "NC", PostalCode = "28202",
            Website = "https://piedmont-foundation.example.org", YearsServingRegion = 41,
            ConveningTrackRecord = "We host the Piedmont Economic Mobility Collaborative, which unites philanthropy, local government, employers and reentry organizations across eleven counties.",
            CreatedAtUtc = nowUtc, UpdatedAtUtc = nowUtc,
        },
        Other("Rio Grande Valley Workforce Solutions", OrganizationType.WorkforceBoard, "74-2345678", "McAllen", "TX", "78501", nowUtc),
        Other("Atlanta Regional Workforce Partnership", OrganizationType.PublicAgency, "58-3456789", "Atlanta", "GA", "30303", nowUtc),
        Other("Inland Empire Economic Partnership", OrganizationType.EconomicDevelopmentOrganization, "33-4567890", "Riverside", "CA", "92501", nowUtc),
        Other("Heartland Workforce Alliance", OrganizationType.WorkforceBoard, "43-5678901", "Kansas City", "MO", "64106", nowUtc),
        Other("Three Rivers Workforce Collaborative", OrganizationType.UnitedWayOrCommunityFoundation, "25-6789012", "Pittsburgh", "PA", "15222", nowUtc),
        Other("Delta Opportunity Partnership", OrganizationType.EconomicDevelopmentOrganization, "64-7890123", "Greenville", "MS", "38701", nowUtc),
        Other("Puget Sound Jobs Council", OrganizationType.WorkforceBoard, "91-8901234", "Seattle", "WA", "98104", nowUtc),
        Other("Central Ohio Talent Partnership", OrganizationType.PublicAgency, "31-9012345", "Columbus", "OH", "43215", nowUtc),
    ];

    private static Organization Other(string name, OrganizationType type, string ein, string city, string state, string zip, DateTime nowUtc) => new()
    {
        LegalName = name, Type = type, Ein = ein, AddressLine1 = "100 Main Street", City = city, StateCode = state, PostalCode = zip,
        Website = "https://example.org", YearsServingRegion = 15,
        ConveningTrackRecord = $"{name} convenes employers, colleges, public agencies and community organizations across its region.",
        CreatedAtUtc = nowUtc, UpdatedAtUtc = nowUtc,
    };

    // The demo account that owns each organization, in the order Create lists them.
    public static string OwnerOf(int position) => $"anchor{position + 1}@example.org";
}
