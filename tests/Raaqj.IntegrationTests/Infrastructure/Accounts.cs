namespace Raaqj.IntegrationTests.Infrastructure;

/// <summary>The demo accounts every test database has.</summary>
public static class Accounts
{
    public const string Admin = "admin@example.org";
    public const string Staff = "staff@example.org";
    public const string Reviewer = "reviewer1@example.org";
    public const string Anchor = "anchor1@example.org";

    /// <summary>The demo proposals: Northeast Ohio (submitted), the Piedmont draft, and the other complete regions.</summary>
    public static int DemoProposals => Raaqj.Web.Data.Seed.DemoProposals.OtherRegions.Count + 2;

    public static int DemoSubmitted => DemoProposals - 1;
}
