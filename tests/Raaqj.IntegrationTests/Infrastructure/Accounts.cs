using Raaqj.IntegrationTests.Builders;
using Raaqj.Web.Domain.Accounts;

namespace Raaqj.IntegrationTests.Infrastructure;

// The cast every test database starts with: one person per role, the anchor's organization (AnchorOrganization)
// and one open request for action. Everything else a test needs, it builds with Given.
public static class Accounts
{
    public const string Password = "a test passphrase that is long";
    public const string Admin = "admin@test.example";
    public const string Staff = "staff@test.example";
    public const string Reviewer = "reviewer@test.example";
    public const string Anchor = "anchor@test.example";
    public const string AnchorOrganization = "Cast Workforce Board";

    public static async Task BuildCastAsync(Given given)
    {
        await given.AccountAsync(Roles.Admin, Admin, "Ada Admin");
        await given.AccountAsync(Roles.Staff, Staff, "Sam Staff");
        await given.ReviewerAsync(email: Reviewer, name: "Riley Reviewer");
        await given.OrganizationAsync(AnchorOrganization, await given.AccountAsync(Roles.Anchor, Anchor, "Alex Anchor"));
        await given.OpenRoundAsync();
    }
}
