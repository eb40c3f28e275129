using Microsoft.Playwright;
using Raaqj.BrowserTests.Infrastructure;

namespace Raaqj.BrowserTests;

// A region member adds a stakeholder and moves its engagement on a desktop, previews a spreadsheet with a bad row,
// then on a phone merges the duplicate the demo's map holds and reads the region's research and pilot; staff see the
// cohort's maps. Runs on the demo (cohort2,
// whose workforce board is entered twice, once with "Inc.").
[Collection(nameof(BrowserCollection))]
public sealed class EcosystemJourneyTests(Browser browser)
{
    [Fact]
    public async Task A_member_adds_a_stakeholder_previews_an_import_and_merges_a_duplicate_and_staff_see_the_cohort()
    {
        var member = await browser.NewPageAsync();
        await member.LogInAsync("cohort2@example.org");
        await member.GotoAsync("/regions/mine");
        await member.GetByRole(AriaRole.Link, new() { Name = "The ecosystem map" }).ClickAsync();
        await Assertions.Expect(member.GetByTestId("stakeholder-row").First).ToBeVisibleAsync();
        var engaged = int.Parse(await member.GetByTestId("engaged").InnerTextAsync());
        await member.ExpectAccessibleAsync("ecosystem");

        await member.GetByRole(AriaRole.Link, new() { Name = "Add a stakeholder" }).ClickAsync();
        await member.GetByLabel("Organization").FillAsync("Riverside Credit Union");
        await member.GetByLabel("Sector").SelectOptionAsync(new SelectOptionValue { Label = "Employers" });
        await member.GetByLabel("Website").FillAsync("riversidecu.org");
        await member.GetByLabel("Influence").SelectOptionAsync("3");
        await member.GetByLabel("Interest").SelectOptionAsync("4");
        await member.GetByLabel("Engagement today").SelectOptionAsync(new SelectOptionValue { Label = "Consulted" });
        await member.GetByLabel("Name", new() { Exact = true }).FillAsync("Lena Ortiz");
        await member.GetByLabel("Email").FillAsync("lena@riversidecu.org");
        await member.ExpectAccessibleAsync("stakeholder-new");
        await member.GetByRole(AriaRole.Button, new() { Name = "Add to the map" }).ClickAsync();
        await Assertions.Expect(member.GetByRole(AriaRole.Status).First).ToContainTextAsync("Stakeholder added");
        await Assertions.Expect(member.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Riverside Credit Union");

        await member.GetByLabel("Level now").SelectOptionAsync(new SelectOptionValue { Label = "Collaborating" });
        await member.GetByLabel("What happened").FillAsync("Offered its branches for the listening sessions.");
        await member.GetByRole(AriaRole.Button, new() { Name = "Save the engagement" }).ClickAsync();
        await Assertions.Expect(member.GetByTestId("engagement-history")).ToContainTextAsync("Consulted to Collaborating");
        await member.ExpectAccessibleAsync("stakeholder");
        await member.GetByRole(AriaRole.Link, new() { Name = "Ecosystem map", Exact = true }).ClickAsync();
        await Assertions.Expect(member.GetByTestId("engaged")).ToHaveTextAsync((engaged + 1).ToString());

        // A spreadsheet with a bad row: every row shown, the bad one says why, and nothing can be imported.
        await member.GetByRole(AriaRole.Link, new() { Name = "Import from CSV" }).ClickAsync();
        await member.GetByLabel("CSV file").SetInputFilesAsync(new FilePayload
        {
            Name = "partners.csv", MimeType = "text/csv",
            Buffer = System.Text.Encoding.UTF8.GetBytes("name,sector,engagement,contact_name,contact_email\nHarbor Youth Works,Community-based organizations,Involved,Sam Lee,sam@harboryouth.org\nPort Authority,Transit,Informed,,\n"),
        });
        await member.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
        await Assertions.Expect(member.GetByTestId("import-summary")).ToContainTextAsync("1 of 2 row(s) have errors");
        await Assertions.Expect(member.GetByTestId("import-row").Nth(1)).ToContainTextAsync("Sector “Transit”");
        await member.ExpectAccessibleAsync("stakeholder-import-preview");

        // On a phone: the workforce board entered twice is merged into one.
        var phone = await browser.NewPageAsync(phone: true);
        await phone.LogInAsync("cohort2@example.org");
        await phone.GotoAsync("/regions/mine");
        await phone.GetByRole(AriaRole.Link, new() { Name = "The ecosystem map" }).ClickAsync();
        await phone.GetByRole(AriaRole.Link, new() { Name = "Possible duplicates" }).ClickAsync();
        var pair = phone.GetByTestId("duplicate-pair").Filter(new() { HasText = "Workforce Development Board" });
        await Assertions.Expect(pair).ToContainTextAsync("same name");
        await phone.ExpectAccessibleAsync("stakeholder-duplicates-phone");
        await pair.GetByRole(AriaRole.Button, new() { Name = "Keep record 1, merge record 2 into it" }).ClickAsync();
        await Assertions.Expect(phone.GetByRole(AriaRole.Status).First).ToContainTextAsync("Merged");
        await Assertions.Expect(phone.GetByTestId("duplicate-pair").Filter(new() { HasText = "Workforce Development Board" })).ToHaveCountAsync(0);
        await phone.GetByRole(AriaRole.Link, new() { Name = "Ecosystem map", Exact = true }).ClickAsync();
        await Assertions.Expect(phone.GetByTestId("duplicate-count")).ToHaveTextAsync("0");
        await phone.ExpectAccessibleAsync("ecosystem-phone");

        // The region's research with workers and its pilot, on the same phone.
        await phone.GotoAsync("/regions/mine");
        await phone.GetByRole(AriaRole.Link, new() { Name = "Research and pilots" }).ClickAsync();
        await Assertions.Expect(phone.GetByTestId("research-row").First).ToBeVisibleAsync();
        await phone.ExpectAccessibleAsync("research-phone");
        await phone.GetByTestId("pilot-row").First.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(phone.GetByTestId("pdsa-cycle").First).ToContainTextAsync("Study");
        await phone.ExpectAccessibleAsync("pilot-phone");

        // Staff see every region's map against the program's target.
        var staff = await browser.NewPageAsync();
        await staff.LogInAsync("staff@example.org");
        await staff.GotoAsync("/program/1/ecosystem");
        await Assertions.Expect(staff.GetByTestId("region-ecosystem")).ToHaveCountAsync(6);
        await Assertions.Expect(staff.GetByTestId("across-group").First).ToContainTextAsync("JPMorgan Chase Foundation");
        await staff.ExpectAccessibleAsync("cohort-ecosystem");
        Assert.Empty(browser.Errors);
    }
}
