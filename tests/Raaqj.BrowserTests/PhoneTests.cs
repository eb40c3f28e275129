using System.Text.RegularExpressions;
using Microsoft.Playwright;
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

    [Fact]
    public async Task A_proposal_section_on_a_phone_folds_its_section_list_so_the_form_is_above_the_fold()
    {
        var page = await browser.NewPageAsync(phone: true);
        await page.LogInAsync("anchor2@example.org");
        await page.GotoAsync("/proposals");
        var id = Regex.Match(page.Url, @"/proposals/(\d+)").Groups[1].Value;
        await page.GotoAsync($"/proposals/{id}/strategy");

        var toggle = page.GetByRole(AriaRole.Button, new() { Name = "Sections" });
        await Assertions.Expect(toggle).ToContainTextAsync("Strategy");
        await Assertions.Expect(page.Locator("#proposal-sections")).Not.ToBeVisibleAsync();
        var field = await page.Locator("main textarea").First.BoundingBoxAsync();
        Assert.True(field is not null && field.Y + 40 < 844, $"The first field starts at {field?.Y} px, below the fold of an 844 px phone");
        await page.ExpectAccessibleAsync("phone-proposal-section");

        await toggle.ClickAsync();
        await Assertions.Expect(page.Locator("#proposal-sections")).ToBeVisibleAsync();
        await page.Locator("#proposal-sections").GetByRole(AriaRole.Link, new() { Name = "Stakeholders" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/proposals/{id}/stakeholders$"));
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task A_reviewer_on_a_phone_switches_between_the_proposal_and_the_scores_and_on_a_desktop_sees_both()
    {
        var phone = await browser.NewPageAsync(phone: true);
        await phone.LogInAsync("reviewer1@example.org");
        await phone.GotoAsync("/reviews/mine");
        var score = await phone.Locator("a[href*='/reviews/mine/']").First.GetAttributeAsync("href");
        await phone.GotoAsync(score!);

        await Assertions.Expect(phone.Locator("#review-proposal")).ToBeVisibleAsync();
        await Assertions.Expect(phone.Locator("#review-scores")).Not.ToBeVisibleAsync();
        await phone.GetByRole(AriaRole.Link, new() { Name = "Your scores" }).ClickAsync();
        await Assertions.Expect(phone.Locator("#review-scores")).ToBeVisibleAsync();
        await Assertions.Expect(phone.Locator("#review-proposal")).Not.ToBeVisibleAsync();
        var legend = await phone.GetByText("Your scores", new() { Exact = true }).Last.BoundingBoxAsync();
        Assert.True(legend is not null && legend.Y < 844, $"The scores start at {legend?.Y} px");
        await phone.ExpectAccessibleAsync("phone-review-scores");
        // The switch stays in reach while reading.
        await phone.GetByRole(AriaRole.Link, new() { Name = "The proposal" }).ClickAsync();
        await phone.Mouse.WheelAsync(0, 4000);
        await Assertions.Expect(phone.GetByRole(AriaRole.Link, new() { Name = "Your scores" })).ToBeInViewportAsync();

        var desktop = await browser.NewPageAsync();
        await desktop.LogInAsync("reviewer1@example.org");
        await desktop.GotoAsync(score!);
        await Assertions.Expect(desktop.Locator("[data-review-switch]")).Not.ToBeVisibleAsync();
        await Assertions.Expect(desktop.Locator("#review-proposal")).ToBeInViewportAsync();
        await Assertions.Expect(desktop.Locator("#review-scores legend").First).ToBeInViewportAsync();
        Assert.Empty(browser.Errors);
    }
}
