using Microsoft.Playwright;
using Raaqj.BrowserTests.Infrastructure;

namespace Raaqj.BrowserTests;

// On a phone, San Joaquin Valley (cohort6, no report yet) submits its late month 8 report: a value short of its target
// path is refused until explained. Staff ask for a change; the region corrects the value; staff accept, and the
// indicator's chart and table move for the region and in the cohort side by side. Runs on the demo.
[Collection(nameof(BrowserCollection))]
public sealed class ReportsJourneyTests(Browser browser)
{
    private const string Employers = "Employers engaged in job quality work";

    [Fact]
    public async Task A_region_explains_a_missed_target_staff_ask_for_a_change_then_accept_and_the_chart_moves()
    {
        var region = await browser.NewPageAsync(phone: true);
        await region.LogInAsync("cohort6@example.org");
        await region.GotoAsync("/regions/mine");
        await region.GetByRole(AriaRole.Link, new() { Name = "Indicators and reports" }).ClickAsync();
        await Assertions.Expect(region.GetByTestId("next-report")).ToContainTextAsync("Month 8");
        await region.ExpectAccessibleAsync("region-reports-phone");
        await region.GetByRole(AriaRole.Link, new() { Name = "Add an indicator" }).ClickAsync();
        await region.ExpectAccessibleAsync("indicator-new-phone");
        await region.GoBackAsync();
        await region.GetByRole(AriaRole.Link, new() { Name = Employers }).ClickAsync();
        var chart = region.GetByTestId("indicator-chart");
        await Assertions.Expect(chart).ToHaveAttributeAsync("data-chart-data", new System.Text.RegularExpressions.Regex("\"values\":\\[0(\\.0+)?,null"));
        await region.ExpectAccessibleAsync("region-indicator-phone");
        var indicatorUrl = region.Url;

        await region.GoBackAsync();
        await region.GetByRole(AriaRole.Link, new() { Name = "Open the report" }).ClickAsync();
        var employers = region.GetByTestId("report-line").Filter(new() { HasText = Employers });
        await employers.GetByLabel("Value (employers)").FillAsync("2");
        await region.GetByTestId("report-line").Filter(new() { HasText = "Workers reached" }).GetByLabel("Value (workers)").FillAsync("35");
        await region.GetByLabel("How the period went").FillAsync("Listening sessions in Fresno and Stockton; employer meetings slipped to next month.");
        await region.GetByRole(AriaRole.Button, new() { Name = "Submit for review" }).ClickAsync();
        await Assertions.Expect(employers.Locator(".invalid-feedback")).ToContainTextAsync("short of its target path");
        await Assertions.Expect(employers.GetByLabel("Value (employers)")).ToHaveValueAsync("2");
        await region.ExpectAccessibleAsync("report-refused-phone");
        await employers.GetByLabel("Explanation").FillAsync("Two employers postponed until after the harvest season.");
        await region.GetByRole(AriaRole.Button, new() { Name = "Submit for review" }).ClickAsync();
        await Assertions.Expect(region.GetByRole(AriaRole.Status).First).ToContainTextAsync("Report submitted");
        await Assertions.Expect(region.GetByTestId("report-status")).ToHaveTextAsync("Awaiting review");
        var reportUrl = region.Url;

        var staff = await browser.NewPageAsync();
        await staff.LogInAsync("staff@example.org");
        await staff.GotoAsync("/program");
        await staff.GetByRole(AriaRole.Link, new() { Name = "Reports", Exact = true }).ClickAsync();
        await staff.ExpectAccessibleAsync("reports-due");
        await staff.GetByTestId("reports-due").Locator("tr").Filter(new() { HasText = "San Joaquin Valley" }).Filter(new() { HasText = "Awaiting review" })
            .GetByRole(AriaRole.Link).ClickAsync();
        await staff.ExpectAccessibleAsync("report-review");
        await staff.GetByLabel("Note to the region").FillAsync("Two employers is below what your partners told us: please check the count.");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Ask for changes" }).ClickAsync();
        await Assertions.Expect(staff.GetByRole(AriaRole.Status).First).ToContainTextAsync("Sent back");

        await region.GotoAsync(reportUrl);
        await Assertions.Expect(region.GetByTestId("changes-requested")).ToContainTextAsync("please check the count");
        await employers.GetByLabel("Value (employers)").FillAsync("5");
        await region.GetByRole(AriaRole.Button, new() { Name = "Submit for review" }).ClickAsync();
        await Assertions.Expect(region.GetByTestId("report-status")).ToHaveTextAsync("Awaiting review");

        await staff.ReloadAsync();
        await staff.GetByRole(AriaRole.Button, new() { Name = "Accept the report" }).ClickAsync();
        await Assertions.Expect(staff.GetByRole(AriaRole.Status).First).ToContainTextAsync("Report accepted");
        await Assertions.Expect(staff.GetByTestId("report-versions")).ToContainTextAsync("Version 2");
        await staff.GetByRole(AriaRole.Link, new() { Name = "Version 2" }).ClickAsync();
        await Assertions.Expect(staff.GetByTestId("version-changes")).ToContainTextAsync("2 employers → 5 employers");
        await staff.ExpectAccessibleAsync("report-version");
        await staff.GotoAsync("/program/1/indicators");
        await staff.ExpectAccessibleAsync("indicators");
        await staff.GetByRole(AriaRole.Link, new() { Name = Employers, Exact = true }).ClickAsync();
        await Assertions.Expect(staff.GetByTestId("indicator-values").Locator("tr").Filter(new() { HasText = "Month 8" })).ToContainTextAsync("5 employers");
        await staff.ExpectAccessibleAsync("cohort-indicator");

        await region.GotoAsync(indicatorUrl);
        await Assertions.Expect(region.GetByTestId("indicator-chart")).ToHaveAttributeAsync("data-chart-data", new System.Text.RegularExpressions.Regex("\"values\":\\[0(\\.0+)?,5"));
        await Assertions.Expect(region.GetByTestId("indicator-values")).ToContainTextAsync("5 employers");
    }
}
