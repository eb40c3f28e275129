using Raaqj.BrowserTests.Infrastructure;

namespace Raaqj.BrowserTests;

// Every page each role reaches fits a 390 px phone (wide tables scroll inside their own box) and passes axe there.
[Collection(nameof(BrowserCollection))]
public sealed class PhoneTests(Browser browser)
{
    public static TheoryData<string, string[]> PagesByRole => new()
    {
        { "staff@example.org", ["/dashboard/staff", "/rfp", "/intake", "/reviews/reviewers", "/reviews/assignments", "/reviews/assignments/progress", "/reviews/results",
            "/selection", "/selection/sensitivity", "/selection/portfolio", "/selection/map", "/selection/decisions", "/selection/cohort/summary", "/notifications"] },
        { "anchor1@example.org", ["/dashboard/anchor", "/organization", "/organization/team", "/proposals", "/notifications"] },
        { "reviewer1@example.org", ["/dashboard/reviewer", "/reviews/mine", "/notifications", "/notifications/email"] },
        { "admin@example.org", ["/dashboard/admin", "/admin/users", "/admin/audit", "/admin/mail"] },
    };

    [Theory]
    [MemberData(nameof(PagesByRole))]
    public async Task Every_page_fits_a_phone_screen(string email, string[] urls)
    {
        var page = await browser.NewPageAsync(phone: true);
        await page.LogInAsync(email);

        foreach (var url in urls)
        {
            await page.GotoAsync(url);
            await page.ExpectAccessibleAsync("phone" + url.Replace('/', '-'));
        }
    }
}
