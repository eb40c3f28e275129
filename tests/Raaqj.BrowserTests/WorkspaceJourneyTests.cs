using Microsoft.Playwright;
using Raaqj.BrowserTests.Infrastructure;

namespace Raaqj.BrowserTests;

// Staff name a region's liaison and post it an announcement; the region's anchor, on a phone, finds both in the
// region's workspace and shares a document. Runs on the demo's inaugural program (Twin Cities, cohort2).
[Collection(nameof(BrowserCollection))]
public sealed class WorkspaceJourneyTests(Browser browser)
{
    [Fact]
    public async Task Staff_announce_to_a_region_and_its_anchor_shares_a_document_on_a_phone()
    {
        var staff = await browser.NewPageAsync();
        staff.Dialog += (_, dialog) => dialog.AcceptAsync();
        await staff.LogInAsync("staff@example.org");
        await staff.GotoAsync("/program");
        await staff.GetByRole(AriaRole.Link, new() { Name = "Cohort", Exact = true }).ClickAsync();
        await Assertions.Expect(staff.GetByTestId("cohort-row")).ToHaveCountAsync(6);
        await staff.GetByLabel("Liaison for Twin Cities").SelectOptionAsync(new SelectOptionValue { Label = "Sam Staff" });
        await staff.GetByRole(AriaRole.Button, new() { Name = "Save the liaison for Twin Cities" }).ClickAsync();
        await Assertions.Expect(staff.GetByRole(AriaRole.Status).First).ToContainTextAsync("Liaison saved");
        await staff.GetByLabel("To").SelectOptionAsync(new SelectOptionValue { Label = "Twin Cities" });
        await staff.GetByLabel("Title").FillAsync("Site visit on the 12th");
        await staff.GetByLabel("Message").FillAsync("We will visit the apprenticeship pilot with the employer council.");
        await staff.ExpectAccessibleAsync("cohort-overview");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Post and email" }).ClickAsync();
        await Assertions.Expect(staff.GetByRole(AriaRole.Status).First).ToContainTextAsync("Announcement posted and emailed");

        var anchor = await browser.NewPageAsync(phone: true);
        await anchor.LogInAsync("cohort2@example.org");
        await anchor.GotoAsync("/regions/mine");
        await Assertions.Expect(anchor.GetByRole(AriaRole.Heading, new() { Name = "Twin Cities", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(anchor.Locator("[aria-labelledby=liaison-heading]")).ToContainTextAsync("Sam Staff");
        await Assertions.Expect(anchor.Locator("[aria-labelledby=announcements-heading]")).ToContainTextAsync("Site visit on the 12th");
        await anchor.GetByLabel("Title", new() { Exact = true }).FillAsync("Employer council charter");
        await anchor.Locator("#Library_File").SetInputFilesAsync(new FilePayload { Name = "Charter.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4\n%%EOF\n"u8.ToArray() });
        await anchor.GetByRole(AriaRole.Button, new() { Name = "Add to the library" }).ClickAsync();
        await Assertions.Expect(anchor.GetByRole(AriaRole.Status).First).ToContainTextAsync("File added to the library");
        await Assertions.Expect(anchor.GetByTestId("library")).ToContainTextAsync("Employer council charter");
        await anchor.ExpectAccessibleAsync("region-workspace-phone");

        await staff.GotoAsync("/program");
        await staff.GetByRole(AriaRole.Link, new() { Name = "Cohort", Exact = true }).ClickAsync();
        await staff.GetByRole(AriaRole.Link, new() { Name = "Twin Cities" }).ClickAsync();
        await Assertions.Expect(staff.GetByTestId("library")).ToContainTextAsync("Charter.pdf");
        await staff.ExpectAccessibleAsync("region-workspace");
    }
}
