using Microsoft.Playwright;
using Raaqj.BrowserTests.Infrastructure;

namespace Raaqj.BrowserTests;

// Staff set the program's start, adjust a phase, add a milestone that depends on another, save a baseline, move a
// date and see the slip; a cohort region's anchor marks its milestone done with evidence on a phone; staff see it
// in the cohort tracker. Runs on the demo's inaugural program (month 10).
[Collection(nameof(BrowserCollection))]
public sealed class TimelineJourneyTests(Browser browser)
{
    private const string Pilot = "Pilot or prototype under way";

    [Fact]
    public async Task Staff_plan_and_baseline_the_program_and_a_region_marks_its_milestone_done()
    {
        var staff = await browser.NewPageAsync();
        staff.Dialog += (_, dialog) => dialog.AcceptAsync();
        await staff.LogInAsync("staff@example.org");
        await Assertions.Expect(staff.GetByTestId("dashboard-program-month")).ToContainTextAsync("Month 10 of 12");
        await staff.GotoAsync("/program");
        await Assertions.Expect(staff.GetByRole(AriaRole.Heading, new() { Name = "Inaugural cohort" })).ToBeVisibleAsync();
        await staff.ExpectAccessibleAsync("program-timeline");

        // The start a day earlier, and program planning a month shorter.
        await staff.GetByRole(AriaRole.Link, new() { Name = "Settings" }).ClickAsync();
        var start = DateOnly.Parse(await staff.GetByLabel("Month 1 starts on").InputValueAsync());
        await staff.GetByLabel("Month 1 starts on").FillAsync(start.AddDays(-1).ToString("yyyy-MM-dd"));
        await staff.Locator("#Form_Phases_1__LastMonth").FillAsync("6");
        await staff.ExpectAccessibleAsync("program-settings");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Save the settings" }).ClickAsync();
        await Assertions.Expect(staff.GetByRole(AriaRole.Status).First).ToContainTextAsync("Settings saved");
        await Assertions.Expect(staff.Locator("figure.gantt")).ToContainTextAsync("RFP launch and program planning (months 3–6)");

        await staff.GetByLabel("Save the plan as a baseline").FillAsync("Before the journey");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Save baseline" }).ClickAsync();
        await Assertions.Expect(staff.GetByRole(AriaRole.Status).First).ToContainTextAsync("Baseline \"Before the journey\" saved");

        // A milestone due before what it depends on is saved with a warning.
        await staff.GetByRole(AriaRole.Link, new() { Name = "Add a milestone" }).ClickAsync();
        await staff.GetByLabel("Title").FillAsync("Employer advisory council convened");
        await staff.GetByLabel("Owner").SelectOptionAsync(new SelectOptionValue { Label = "Sam Staff" });
        await staff.GetByLabel("Month", new() { Exact = true }).FillAsync("7");
        await staff.GetByLabel("Depends on").SelectOptionAsync(new SelectOptionValue { Label = "Cohort convened and community of practice launched" });
        await staff.ExpectAccessibleAsync("program-milestone");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Add the milestone" }).ClickAsync();
        await Assertions.Expect(staff.Locator(".alert-success")).ToContainTextAsync("Milestone added");
        await Assertions.Expect(staff.Locator(".alert-warning")).ToContainTextAsync("before what it depends on");

        // Moving a milestone a month later shows the slip against the baseline.
        await staff.GetByRole(AriaRole.Link, new() { Name = "Ecosystem maps in every region" }).ClickAsync();
        await staff.GetByLabel("Month", new() { Exact = true }).FillAsync("12");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Save the milestone" }).ClickAsync();
        await Assertions.Expect(staff.Locator(".alert-success")).ToContainTextAsync("Milestone saved");
        var slipped = staff.GetByTestId("slipped").Filter(new() { HasText = "Ecosystem maps in every region" });
        await Assertions.Expect(slipped).ToContainTextAsync("days later");
        await Assertions.Expect(slipped.Locator("del")).ToHaveCountAsync(1);
        await staff.ExpectAccessibleAsync("program-timeline-slip");

        // The Greater Louisville anchor, on a phone, marks its pilot done.
        var anchor = await browser.NewPageAsync(phone: true);
        await anchor.LogInAsync("cohort1@example.org");
        await anchor.GotoAsync("/milestones/mine");
        await anchor.ExpectAccessibleAsync("my-milestones-phone");
        await anchor.GetByRole(AriaRole.Link, new() { Name = "Greater Louisville's timeline" }).ClickAsync();
        await anchor.ExpectAccessibleAsync("region-timeline-phone");
        await anchor.GetByRole(AriaRole.Link, new() { Name = Pilot, Exact = true }).ClickAsync();
        await anchor.GetByLabel("Status").SelectOptionAsync(new SelectOptionValue { Label = "Done" });
        await anchor.GetByLabel("Evidence", new() { Exact = true }).FillAsync("Paid apprenticeship pilot with three hospitals started this week.");
        await anchor.GetByLabel("Attach a file").SetInputFilesAsync(new FilePayload { Name = "Pilot launch.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4\n%%EOF\n"u8.ToArray() });
        await anchor.ExpectAccessibleAsync("region-milestone-phone");
        await anchor.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(anchor.GetByRole(AriaRole.Status).First).ToContainTextAsync("Milestone updated");
        var pilot = anchor.Locator("li", new() { HasText = Pilot });
        await Assertions.Expect(pilot).ToContainTextAsync("Done");
        await Assertions.Expect(pilot.GetByRole(AriaRole.Link, new() { Name = "Pilot launch.pdf" })).ToBeVisibleAsync();

        await staff.GotoAsync("/program");
        await staff.GetByRole(AriaRole.Link, new() { Name = "Cohort tracker" }).ClickAsync();
        var louisville = staff.Locator("tbody tr", new() { HasText = "Greater Louisville" });
        var column = await staff.Locator("thead th").Filter(new() { HasText = Pilot }).EvaluateAsync<int>("th => th.cellIndex");
        await Assertions.Expect(louisville.Locator("td, th").Nth(column)).ToContainTextAsync("Done");
        await staff.ExpectAccessibleAsync("cohort-tracker");
        await staff.GetByRole(AriaRole.Link, new() { Name = "Region milestones" }).ClickAsync();
        await Assertions.Expect(staff.Locator("tbody tr", new() { HasText = Pilot })).ToContainTextAsync("6 of 6");
        await staff.ExpectAccessibleAsync("region-milestone-template");
        await staff.GetByRole(AriaRole.Link, new() { Name = "Reminders" }).ClickAsync();
        await Assertions.Expect(staff.GetByRole(AriaRole.Heading, new() { Name = "Inaugural cohort" })).ToBeVisibleAsync();
        await staff.ExpectAccessibleAsync("milestone-reminders");

        var phone = await browser.NewPageAsync(phone: true);
        await phone.LogInAsync("staff@example.org");
        await phone.GotoAsync("/program");
        await phone.ExpectAccessibleAsync("program-timeline-phone");
        await phone.GetByRole(AriaRole.Link, new() { Name = "Cohort tracker" }).ClickAsync();
        await phone.ExpectAccessibleAsync("cohort-tracker-phone");
        await phone.GotoAsync("/calendar");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Create my calendar link" }).ClickAsync();
        await Assertions.Expect(phone.GetByTestId("feed-url")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("/calendar/feed/.+\\.ics$"));
        await phone.ExpectAccessibleAsync("calendar-phone");
        Assert.Empty(browser.Errors);
    }
}
