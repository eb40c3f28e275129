using Microsoft.Playwright;
using Raaqj.BrowserTests.Infrastructure;

namespace Raaqj.BrowserTests;

// Staff open the program report from the targets, read the same figures there, write the introduction that opens
// it, see it as the printer will (no navigation, one region a page), download the workbook, and read the report on a
// phone. Runs on the demo.
[Collection(nameof(BrowserCollection))]
public sealed class BoardReportJourneyTests(Browser browser)
{
    [Fact]
    public async Task Staff_open_the_program_report_introduce_it_print_it_one_region_a_page_download_its_tables_and_read_it_on_a_phone()
    {
        var staff = await browser.NewPageAsync();
        await staff.LogInAsync("staff@example.org");
        await staff.GotoAsync("/program");
        var raised = await staff.GetByTestId("target-Raised").InnerTextAsync();
        await staff.GetByRole(AriaRole.Link, new() { Name = "Program report for the board" }).ClickAsync();
        await Assertions.Expect(staff.GetByRole(AriaRole.Heading, new() { Name = "Program report", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(staff.GetByTestId("board-targets")).ToContainTextAsync(raised);
        await Assertions.Expect(staff.GetByTestId("board-region")).ToHaveCountAsync(6);
        await Assertions.Expect(staff.GetByTestId("board-overview")).ToContainTextAsync("6 regions in the cohort");
        await staff.ExpectAccessibleAsync("board-report");

        // The team's introduction opens the report.
        await Assertions.Expect(staff.GetByTestId("board-introduction")).ToContainTextAsync("regional planning");
        await staff.GetByText("Edit the introduction").ClickAsync();
        await staff.GetByLabel("Introduction").FillAsync("Six regions are planning; two milestones are late and we ask the board to note the match gap.");
        await staff.ExpectAccessibleAsync("board-report-introduction");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Save the introduction" }).ClickAsync();
        await Assertions.Expect(staff.GetByRole(AriaRole.Status).First).ToContainTextAsync("Introduction saved");
        await Assertions.Expect(staff.GetByTestId("board-introduction")).ToContainTextAsync("ask the board to note the match gap");

        // On paper: no navigation or buttons, and each region starts a page.
        await staff.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(staff.GetByRole(AriaRole.Button, new() { Name = "Print" })).ToBeHiddenAsync();
        await Assertions.Expect(staff.Locator("header")).ToBeHiddenAsync();
        Assert.Equal("page", await staff.GetByTestId("board-region").First.EvaluateAsync<string>("e => getComputedStyle(e).breakBefore"));
        await staff.EmulateMediaAsync(new() { Media = Media.Screen });

        var csv = await staff.RunAndWaitForDownloadAsync(() => staff.GetByRole(AriaRole.Link, new() { Name = "Indicators as CSV" }).ClickAsync());
        Assert.Contains("San Joaquin Valley", await File.ReadAllTextAsync(await csv.PathAsync()));
        var download = await staff.RunAndWaitForDownloadAsync(() => staff.GetByRole(AriaRole.Link, new() { Name = "Every table in one Excel workbook" }).ClickAsync());
        Assert.EndsWith(".xlsx", download.SuggestedFilename);
        var bytes = await File.ReadAllBytesAsync(await download.PathAsync());
        Assert.Equal("PK"u8.ToArray(), bytes[..2]);

        var phone = await browser.NewPageAsync(phone: true);
        await phone.LogInAsync("staff@example.org");
        await phone.GotoAsync(staff.Url);
        await Assertions.Expect(phone.GetByTestId("board-region")).ToHaveCountAsync(6);
        await phone.ExpectAccessibleAsync("board-report-phone");
        Assert.Empty(browser.Errors);
    }
}
