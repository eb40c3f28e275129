using System.Globalization;
using Microsoft.Playwright;
using Raaqj.BrowserTests.Infrastructure;

namespace Raaqj.BrowserTests;

// Staff add a funder, record its pledge with a schedule and a first payment, and the targets dashboard moves by
// exactly that money, received and pledged apart; the outreach funnel shows the cohort's regions; staff import a
// state's survey figures and a region in that state sees them; the public progress page, switched on, shows the
// targets to anyone; on a phone, staff verify a region's match line against its
// letter and the region sees it verified. Runs on the demo (cohort4's award letter is not verified yet).
[Collection(nameof(BrowserCollection))]
public sealed class FundingJourneyTests(Browser browser)
{
    private static decimal Dollars(string text) => decimal.Parse(text.Trim(), NumberStyles.Currency, CultureInfo.GetCultureInfo("en-US"));

    [Fact]
    public async Task Staff_record_a_pledge_and_a_payment_and_the_targets_move_and_verify_a_region_s_match_on_a_phone()
    {
        var staff = await browser.NewPageAsync();
        await staff.LogInAsync("staff@example.org");
        await staff.GotoAsync("/program");
        await Assertions.Expect(staff.GetByRole(AriaRole.Link, new() { Name = "Targets", Exact = true })).ToHaveAttributeAsync("aria-current", "page");
        var received = Dollars(await staff.GetByTestId("target-Raised").InnerTextAsync());
        var pledged = Dollars((await staff.GetByTestId("promised-Raised").InnerTextAsync()).Split(' ')[1]);
        await Assertions.Expect(staff.GetByTestId("target")).ToHaveCountAsync(5);
        await staff.ExpectAccessibleAsync("targets");

        await staff.GetByRole(AriaRole.Link, new() { Name = "Money", Exact = true }).ClickAsync();
        await Assertions.Expect(staff.GetByTestId("received")).ToHaveTextAsync(await staff.GetByTestId("received").InnerTextAsync());
        await staff.ExpectAccessibleAsync("money");
        await staff.GetByRole(AriaRole.Link, new() { Name = "Add a funder" }).ClickAsync();
        await staff.GetByLabel("Name (required)", new() { Exact = true }).FillAsync("Lakeshore Foundation");
        await staff.GetByLabel("Kind").SelectOptionAsync("Foundation");
        await staff.GetByLabel("Stage").SelectOptionAsync("Asked");
        await staff.GetByLabel("Ask ($)").FillAsync("100000");
        await staff.ExpectAccessibleAsync("funder-new");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Add the funder" }).ClickAsync();
        await Assertions.Expect(staff.GetByRole(AriaRole.Status).First).ToContainTextAsync("Funder added");

        await staff.GetByRole(AriaRole.Link, new() { Name = "Record a pledge" }).ClickAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(-12));
        await staff.GetByLabel("Amount pledged ($)").FillAsync("100000");
        await staff.GetByLabel("Pledged on").FillAsync(today.AddDays(-7).ToString("yyyy-MM-dd"));
        await staff.GetByLabel("Installment 1 due").FillAsync(today.AddDays(-3).ToString("yyyy-MM-dd"));
        await staff.GetByLabel("Amount ($)").First.FillAsync("40000");
        await staff.GetByLabel("Installment 2 due").FillAsync(today.AddMonths(2).ToString("yyyy-MM-dd"));
        await staff.GetByLabel("Amount ($)").Nth(1).FillAsync("60000");
        await staff.ExpectAccessibleAsync("pledge-new");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Record the pledge" }).ClickAsync();
        await Assertions.Expect(staff.GetByRole(AriaRole.Status).First).ToContainTextAsync("Pledge recorded");
        await Assertions.Expect(staff.GetByTestId("funder-stage")).ToHaveTextAsync("Pledged");

        await staff.GetByLabel("Amount received ($)").FillAsync("40000");
        await staff.GetByLabel("Received on").FillAsync(today.AddDays(-1).ToString("yyyy-MM-dd"));
        await staff.GetByLabel("Pays").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await staff.GetByRole(AriaRole.Button, new() { Name = "Record the payment" }).ClickAsync();
        await Assertions.Expect(staff.GetByRole(AriaRole.Status).First).ToContainTextAsync("Payment of $40,000 recorded");
        await Assertions.Expect(staff.GetByTestId("funder-received")).ToHaveTextAsync("$40,000");
        await Assertions.Expect(staff.GetByTestId("funder-pledged")).ToHaveTextAsync("$60,000");
        await staff.ExpectAccessibleAsync("funder");

        await staff.GetByRole(AriaRole.Link, new() { Name = "Targets", Exact = true }).ClickAsync();
        await Assertions.Expect(staff.GetByTestId("target-Raised")).ToHaveTextAsync((received + 40_000m).ToString("C0", CultureInfo.GetCultureInfo("en-US")));
        await Assertions.Expect(staff.GetByTestId("promised-Raised")).ToContainTextAsync((pledged + 60_000m).ToString("C0", CultureInfo.GetCultureInfo("en-US")));
        await staff.GetByTestId("target").Filter(new() { HasText = "Raised nationally" }).GetByRole(AriaRole.Link, new() { Name = "The records behind it" }).ClickAsync();
        await Assertions.Expect(staff.GetByTestId("record-row").Filter(new() { HasText = "Lakeshore Foundation" })).ToContainTextAsync("$40,000");
        await staff.ExpectAccessibleAsync("target-records");

        // The outreach funnel finds the cohort's regions among the targets on its own.
        await staff.GetByRole(AriaRole.Link, new() { Name = "Outreach", Exact = true }).ClickAsync();
        await Assertions.Expect(staff.GetByTestId("funnel-Selected")).ToHaveTextAsync("3");
        await Assertions.Expect(staff.GetByTestId("target-row").Filter(new() { HasText = "Greater Louisville" }).GetByTestId("outreach-stage")).ToHaveTextAsync("Selected");
        await staff.ExpectAccessibleAsync("outreach");
        await staff.GetByRole(AriaRole.Link, new() { Name = "Greater Birmingham" }).ClickAsync();
        await staff.ExpectAccessibleAsync("outreach-target");

        // Staff import a state's survey figures; Greater Louisville (cohort1, in Kentucky) sees them with their source.
        await staff.GetByRole(AriaRole.Link, new() { Name = "Targets", Exact = true }).ClickAsync();
        await staff.GetByRole(AriaRole.Link, new() { Name = "Job quality survey data" }).ClickAsync();
        await staff.GetByRole(AriaRole.Textbox, new() { Name = "Dataset (required)" }).FillAsync("Kentucky worker survey (test)");
        await staff.GetByLabel("CSV file").SetInputFilesAsync(new FilePayload
        {
            Name = "kentucky.csv", MimeType = "text/csv",
            Buffer = System.Text.Encoding.UTF8.GetBytes("geography,measure,value,unit,period,source,citation\nKY,Workers with paid sick leave,58,%,2025,Kentucky test survey,Test citation 2025\n"),
        });
        await staff.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
        await Assertions.Expect(staff.GetByTestId("survey-summary")).ToContainTextAsync("none with an error");
        await staff.ExpectAccessibleAsync("survey-preview");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Import 1 figure(s)" }).ClickAsync();
        await Assertions.Expect(staff.GetByRole(AriaRole.Status).First).ToContainTextAsync("1 figure(s) imported");
        var louisville = await browser.NewPageAsync(phone: true);
        await louisville.LogInAsync("cohort1@example.org");
        await louisville.GotoAsync("/regions/mine");
        await louisville.GetByRole(AriaRole.Link, new() { Name = "Job quality figures" }).ClickAsync();
        await Assertions.Expect(louisville.GetByTestId("survey-figure").Filter(new() { HasText = "paid sick leave" })).ToContainTextAsync("Kentucky test survey");
        await Assertions.Expect(louisville.GetByTestId("survey-figure").Filter(new() { HasText = "Workers in quality jobs" })).ToContainTextAsync("American Job Quality Study");
        await louisville.ExpectAccessibleAsync("survey-region-phone");

        // Staff switch the public progress page on; anyone reads the targets there, on a phone.
        await staff.GotoAsync("/program/1/targets");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Switch it on" }).ClickAsync();
        await Assertions.Expect(staff.GetByTestId("public-progress")).ToHaveTextAsync("Public progress page on");
        var visitor = await browser.NewPageAsync(phone: true);
        await visitor.GotoAsync("/progress/1");
        await Assertions.Expect(visitor.GetByTestId("public-target")).ToHaveCountAsync(5);
        await Assertions.Expect(visitor.GetByTestId("public-Raised")).ToHaveTextAsync(await staff.GetByTestId("target-Raised").InnerTextAsync());
        await visitor.ExpectAccessibleAsync("public-progress-phone");

        // On a phone: staff verify cohort4's award letter; the region sees it verified.
        var phone = await browser.NewPageAsync(phone: true);
        await phone.LogInAsync("staff@example.org");
        await phone.GotoAsync("/program/1/money");
        await phone.GetByRole(AriaRole.Link, new() { Name = "Denver Metro" }).ClickAsync();
        await phone.ExpectAccessibleAsync("match-ledger-phone");
        await phone.GetByTestId("match-row").Filter(new() { HasText = "Received" }).GetByRole(AriaRole.Link).ClickAsync();
        await phone.GetByRole(AriaRole.Button, new() { Name = "Verify this line" }).ClickAsync();
        await Assertions.Expect(phone.GetByRole(AriaRole.Status).First).ToContainTextAsync("Verified against its evidence");
        await phone.ExpectAccessibleAsync("match-line-phone");
        var region = await browser.NewPageAsync(phone: true);
        await region.LogInAsync("cohort4@example.org");
        await region.GotoAsync("/regions/mine");
        await region.GetByRole(AriaRole.Link, new() { Name = "The local match ledger" }).ClickAsync();
        await Assertions.Expect(region.GetByTestId("match-row").Filter(new() { HasText = "Received" }).GetByTestId("verified")).ToBeVisibleAsync();
        await Assertions.Expect(region.GetByRole(AriaRole.Link, new() { Name = "Add a contribution" })).ToBeVisibleAsync();
        await region.ExpectAccessibleAsync("match-ledger-region-phone");
        Assert.Empty(browser.Errors);
    }
}
