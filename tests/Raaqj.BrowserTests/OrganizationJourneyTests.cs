using Microsoft.Playwright;
using Raaqj.BrowserTests.Infrastructure;

namespace Raaqj.BrowserTests;

[Collection(nameof(BrowserCollection))]
public sealed class OrganizationJourneyTests(Browser browser)
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_owner_edits_the_profile_and_invites_a_co_author(bool phone)
    {
        var suffix = phone ? "phone" : "desktop";
        var page = await browser.NewPageAsync(phone);
        await page.LogInAsync("anchor2@example.org");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your region's application" })).ToBeVisibleAsync();
        await page.GotoAsync("/organization");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Piedmont Community Foundation");
        await page.ExpectAccessibleAsync($"organization-profile-{suffix}");

        await page.GetByRole(AriaRole.Link, new() { Name = "Edit the profile" }).ClickAsync();
        await page.Locator("#Form_Ein").FillAsync("12345");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Assertions.Expect(page.Locator("#Form_Ein-error")).ToContainTextAsync("NN-NNNNNNN");
        await page.ExpectAccessibleAsync($"organization-edit-errors-{suffix}");
        await page.Locator("#Form_Ein").FillAsync("567654321");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Profile saved");
        await Assertions.Expect(page.GetByText("EIN 56-7654321")).ToBeVisibleAsync();

        await page.GotoAsync("/organization/team");
        await page.Locator("#Invite_Email").FillAsync($"colleague-{suffix}@piedmont.example");
        await page.Locator("#Invite_Role").SelectOptionAsync("Viewer");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Invitation sent to colleague-{suffix}@piedmont.example");
        await Assertions.Expect(page.GetByText($"colleague-{suffix}@piedmont.example as Viewer")).ToBeVisibleAsync();
        await page.ExpectAccessibleAsync($"organization-team-{suffix}");
        Assert.Empty(browser.Errors);
    }
}
