using Raaqj.Web.Domain.Organizations;

namespace Raaqj.Web.Data.Seed;

/// <summary>The two demo anchor organizations, one per demo anchor account.</summary>
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
    ];

    public static string OwnerOf(Organization organization) =>
        organization.StateCode == "OH" ? "anchor1@example.org" : "anchor2@example.org";
}
