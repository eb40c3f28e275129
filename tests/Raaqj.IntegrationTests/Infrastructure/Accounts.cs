namespace Raaqj.IntegrationTests.Infrastructure;

/// <summary>The demo accounts every test database has.</summary>
public static class Accounts
{
    public const string Admin = "admin@example.org";
    public const string Staff = "staff@example.org";
    public const string Reviewer = "reviewer1@example.org";
    public const string Anchor = "anchor1@example.org";
}
