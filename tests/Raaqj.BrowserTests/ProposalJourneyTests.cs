using Microsoft.Playwright;
using Raaqj.BrowserTests.Infrastructure;

namespace Raaqj.BrowserTests;

// An applicant's whole journey, from an empty account to a submitted proposal that staff find and export,
// across two people and several logins; axe checks every page on a desktop and on a phone.
[Collection(nameof(BrowserCollection))]
public sealed class ProposalJourneyTests(Browser browser)
{
    private const string Password = "rivers bend toward the sea";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Anchor_and_co_author_prepare_and_submit_a_proposal_that_staff_export(bool phone)
    {
        var tag = phone ? "phone" : "desktop";
        var director = $"director-{tag}@riverside.example";
        var coauthor = $"coauthor-{tag}@riverside.example";
        var shots = phone ? "" : "journey-";

        // The director registers, confirms and creates the organization profile.
        var page = await browser.NewPageAsync(phone);
        await RegisterAsync(page, director, "Dana Director");
        await page.LogInAsync(director, Password);
        await page.GetByRole(AriaRole.Link, new() { Name = "Create the organization profile" }).ClickAsync();
        await Check(page, phone, $"{shots}organization-new");
        await page.Locator("#Form_LegalName").FillAsync($"Riverside Workforce Alliance ({tag})");
        await page.Locator("#Form_Type").SelectOptionAsync("WorkforceBoard");
        await page.Locator("#Form_Ein").FillAsync("341112223");
        await page.Locator("#Form_AddressLine1").FillAsync("200 River Street");
        await page.Locator("#Form_City").FillAsync("Dayton");
        await page.Locator("#Form_StateCode").SelectOptionAsync("OH");
        await page.Locator("#Form_PostalCode").FillAsync("45402");
        await page.Locator("#Form_YearsServingRegion").FillAsync("18");
        await page.Locator("#Form_ConveningTrackRecord").FillAsync("We convene the Miami Valley manufacturing partnership of 22 employers.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your organization's profile is saved");

        // ... and invites a co-author.
        await page.GotoAsync("/organization/team");
        await page.Locator("#Invite_Email").FillAsync(coauthor);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Invitation sent to {coauthor}");
        await Check(page, phone, $"{shots}team");
        var invitationLink = browser.Portal.LinkInLatestMailTo(coauthor);
        await page.Context.ClearCookiesAsync();

        // The co-author registers, accepts, starts the proposal and writes the first sections.
        var second = await browser.NewPageAsync(phone);
        await RegisterAsync(second, coauthor, "Cory Coauthor");
        await second.GotoAsync(invitationLink);
        await Assertions.Expect(second.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Join Riverside Workforce Alliance");
        await second.GetByRole(AriaRole.Link, new() { Name = "Log in to accept" }).ClickAsync();
        await second.GetByLabel("Email").FillAsync(coauthor);
        await second.Locator("#Password").FillAsync(Password);
        await second.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await Check(second, phone, $"{shots}join");
        await second.GetByRole(AriaRole.Button, new() { Name = "Accept and join the team" }).ClickAsync();
        await Assertions.Expect(second.GetByRole(AriaRole.Status)).ToContainTextAsync("Welcome to the team");
        await second.GotoAsync("/proposals");
        await Check(second, phone, $"{shots}proposal-start");
        await second.GetByRole(AriaRole.Button, new() { Name = "Start the proposal" }).ClickAsync();
        await Check(second, phone, $"{shots}proposal-overview");
        var proposalUrl = new Uri(second.Url).AbsolutePath;

        await second.GotoAsync(proposalUrl + "/region");
        await second.Locator("#Form_RegionName").FillAsync("Miami Valley");
        await second.Locator("#county-search").FillAsync("montgomery oh");
        await second.GetByRole(AriaRole.Button, new() { Name = "Find counties" }).ClickAsync();
        await second.Locator("#add-39113").CheckAsync();
        await second.Locator("#IsPermanent").CheckAsync();
        await second.Locator("#Form_PermanentEvidence").FillAsync("Established by state law in 1999.");
        await second.Locator("#IsPlaceBased").CheckAsync();
        await second.Locator("#Form_PlaceBasedEvidence").FillAsync("Serves the Miami Valley only.");
        await second.Locator("#HasConvened").CheckAsync();
        await second.Locator("#Form_ConvenedEvidence").FillAsync("Manufacturing partnership since 2012.");
        await Save(second);
        await Assertions.Expect(second.Locator("#county-39113")).ToBeCheckedAsync();
        await Check(second, phone, $"{shots}proposal-region");

        await second.GotoAsync(proposalUrl + "/strategy");
        await second.Locator("#Form_Strategy").FillAsync("Grow advanced manufacturing careers for people without degrees, with paid training and fair schedules.");
        await Assertions.Expect(second.Locator("#Form_Strategy-count")).ToContainTextAsync("14 of 1,500 words");
        await Save(second);
        await Check(second, phone, $"{shots}proposal-strategy");

        await second.GotoAsync(proposalUrl + "/populations");
        for (var i = 0; i < 4; i++)
        {
            await second.Locator($"#Form_Figures_{i}__Count").FillAsync("50000");
            await second.Locator($"#Form_Figures_{i}__SharePercent").FillAsync("20.5");
            await second.Locator($"#Form_Figures_{i}__Source").FillAsync("ACS 5-year");
            await second.Locator($"#Form_Figures_{i}__Year").FillAsync("2023");
        }
        await Save(second);
        await Check(second, phone, $"{shots}proposal-populations");
        await second.Context.ClearCookiesAsync();

        // The director comes back in a second login and finishes.
        await page.LogInAsync(director, Password);
        await page.GotoAsync(proposalUrl + "/stakeholders");
        string[][] stakeholders = [["Dayton Precision", "PrivateEmployer"], ["Montgomery County", "PublicAgency"], ["Sinclair College", "EducationAndTraining"]];
        for (var i = 0; i < stakeholders.Length; i++)
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Add a stakeholder" }).ClickAsync();
            await page.Locator($"#Form_Rows_{i}__Name").FillAsync(stakeholders[i][0]);
            await page.Locator($"#Form_Rows_{i}__Sector").SelectOptionAsync(stakeholders[i][1]);
        }
        await Save(page);
        await Check(page, phone, $"{shots}proposal-stakeholders");

        await page.GotoAsync(proposalUrl + "/partnerships");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a partnership" }).ClickAsync();
        await page.Locator("#Form_Rows_0__Partner").FillAsync("Miami Valley manufacturing partnership");
        await page.Locator("#Form_Rows_0__StartYear").FillAsync("2012");
        await page.Locator("#Form_Rows_0__Achievements").FillAsync("900 placements");
        await Save(page);

        // The session runs out while typing: the text survives the new login.
        await page.GotoAsync(proposalUrl + "/job-quality");
        await page.Locator("#dimension-LivingWage").CheckAsync();
        await page.Locator("#Form_JobQualityRationale").FillAsync("Wages trail the region's costs of living.");
        await page.Context.ClearCookiesAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save this section" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Log in" })).ToBeVisibleAsync();
        await page.GetByLabel("Email").FillAsync(director);
        await page.Locator("#Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Restore my text" }).ClickAsync();
        await Assertions.Expect(page.Locator("#Form_JobQualityRationale")).ToHaveValueAsync("Wages trail the region's costs of living.");
        await page.Locator("#dimension-LivingWage").CheckAsync();
        await Save(page);

        await page.GotoAsync(proposalUrl + "/fundraising");
        await page.Locator("#Form_AmountRequested").FillAsync("120000");
        await page.Locator("#Form_TotalBudget").FillAsync("300000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a source of match" }).ClickAsync();
        await page.Locator("#Form_Rows_0__Source").FillAsync("Montgomery County");
        await page.Locator("#Form_Rows_0__Kind").SelectOptionAsync("Public");
        await page.Locator("#Form_Rows_0__Amount").FillAsync("60000");
        await page.Locator("#committed-0").CheckAsync();
        // The totals follow the typing, before anything is saved.
        await Assertions.Expect(page.Locator("[data-figure=committed]")).ToHaveTextAsync("$60,000");
        await Assertions.Expect(page.Locator("[data-figure=ratio]")).ToHaveTextAsync("0.50");
        await page.Locator("#committed-0").UncheckAsync();
        await Assertions.Expect(page.Locator("[data-figure=pending]")).ToHaveTextAsync("$60,000");
        await page.Locator("#committed-0").CheckAsync();
        await page.Locator("#Form_FundraisingNarrative").FillAsync("County funds and a regional foundation.");
        await Save(page);
        await Assertions.Expect(page.GetByText("0.50", new() { Exact = true })).ToBeVisibleAsync();
        await Check(page, phone, $"{shots}proposal-fundraising");

        await page.GotoAsync(proposalUrl + "/attachments");
        await page.Locator("#File").SetInputFilesAsync(new FilePayload { Name = "Commitment letter.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4\n%%EOF\n"u8.ToArray() });
        await page.GetByRole(AriaRole.Button, new() { Name = "Attach", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Commitment letter.pdf attached");
        await Check(page, phone, $"{shots}proposal-attachments");

        await page.GotoAsync(proposalUrl + "/review");
        await Assertions.Expect(page.GetByText("Nothing is missing")).ToBeVisibleAsync();
        await Check(page, phone, $"{shots}proposal-review");
        await page.Locator("#Certified").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit the proposal" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Submitted");
        var receiptBadge = page.Locator(".badge + span strong").First;
        await Assertions.Expect(receiptBadge).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^RAAQJ-2026-"));
        var receipt = await receiptBadge.InnerTextAsync();
        Assert.StartsWith("RAAQJ-", receipt);
        await Check(page, phone, $"{shots}proposal-submitted");
        Assert.Contains(receipt, browser.Portal.LatestSubjectTo(coauthor));
        await page.GotoAsync(proposalUrl + "/print");
        await Check(page, phone, $"{shots}proposal-print");

        // Staff find it in the intake and export it.
        var staff = await browser.NewPageAsync(phone);
        await staff.LogInAsync("staff@example.org");
        await staff.GotoAsync("/intake?q=riverside");
        await Assertions.Expect(staff.Locator("tbody")).ToContainTextAsync($"Riverside Workforce Alliance ({tag})");
        await Check(staff, phone, $"{shots}intake");
        var download = await staff.RunAndWaitForDownloadAsync(() => staff.GetByRole(AriaRole.Link, new() { Name = "Export CSV" }).ClickAsync());
        var csv = await File.ReadAllTextAsync(await download.PathAsync());
        Assert.Contains(receipt, csv);
        await staff.GetByRole(AriaRole.Link, new() { Name = $"Riverside Workforce Alliance ({tag})" }).ClickAsync();
        await Assertions.Expect(staff.GetByText("Dayton Precision")).ToBeVisibleAsync();
        await Check(staff, phone, $"{shots}intake-detail");
        Assert.Empty(browser.Errors);
    }

    private async Task RegisterAsync(IPage page, string email, string name)
    {
        await page.GotoAsync("/account/register");
        await page.GetByLabel("Full name").FillAsync(name);
        await page.GetByLabel("Work email").FillAsync(email);
        await page.Locator("#Password").FillAsync(Password);
        await page.GetByLabel("Repeat the password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Check your email" })).ToBeVisibleAsync();
        await page.GotoAsync(browser.Portal.LinkInLatestMailTo(email));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Email confirmed" })).ToBeVisibleAsync();
    }

    private static async Task Save(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Save this section" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("saved");
    }

    private static Task Check(IPage page, bool phone, string name) => page.ExpectAccessibleAsync(phone ? name + "-phone" : name);
}
