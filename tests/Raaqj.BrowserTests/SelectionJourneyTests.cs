using Microsoft.Playwright;
using Raaqj.BrowserTests.Infrastructure;

namespace Raaqj.BrowserTests;

// Staff weigh the priorities, shortlist six, are warned at a seventh, see the map, record every decision and
// release them; the Ohio applicant then reads the decision and feedback on their dashboard.
[Collection(nameof(SelectionBrowserCollection))]
public sealed class SelectionJourneyTests(Browser browser)
{
    private const string GreatLakes = "Great Lakes Workforce Board";
    private const string Feedback = "Your employer council impressed the panel; firm up the pending foundation match before launch.";

    [Fact]
    public async Task Staff_weigh_shortlist_decide_and_release_and_the_applicant_sees_the_decision()
    {
        var staff = await browser.NewPageAsync();
        staff.Dialog += (_, dialog) => dialog.AcceptAsync(); // closing the round and releasing ask to confirm
        await staff.LogInAsync("staff@example.org");
        await staff.GotoAsync("/selection/decisions");
        await Assertions.Expect(staff.Locator("#release-heading + p")).ToContainTextAsync("open for proposals until");
        await CloseTheRoundAsync(staff);

        await staff.GotoAsync("/selection");
        await staff.GetByLabel("Review score", new() { Exact = true }).FillAsync("60");
        await staff.GetByLabel("Local match", new() { Exact = true }).FillAsync("15");
        await staff.GetByLabel("Priority populations", new() { Exact = true }).FillAsync("15");
        await staff.GetByLabel("Past partnerships", new() { Exact = true }).FillAsync("10");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Save weights" }).ClickAsync();
        await Assertions.Expect(staff.GetByRole(AriaRole.Status)).ToContainTextAsync("Priority weights saved");
        await Assertions.Expect(staff.GetByLabel("Review score", new() { Exact = true })).ToHaveValueAsync("60");
        await staff.ExpectAccessibleAsync("selection-ranking");
        await staff.GetByRole(AriaRole.Link, new() { Name = "Sensitivity" }).ClickAsync();
        await Assertions.Expect(staff.Locator("tbody .badge").First).ToBeVisibleAsync();
        await staff.ExpectAccessibleAsync("selection-sensitivity");

        await staff.GotoAsync("/selection/portfolio");
        var others = staff.GetByRole(AriaRole.Region, new() { Name = "Proposals not on the shortlist" });
        for (var picked = 0; picked < 6; picked++)
        {
            await others.GetByRole(AriaRole.Button, new() { Name = "Shortlist" }).First.ClickAsync();
            await Assertions.Expect(staff.GetByRole(AriaRole.Status)).ToContainTextAsync("Added to the shortlist");
        }
        await Assertions.Expect(staff.Locator("#portfolio-warnings")).ToHaveCountAsync(0);
        await others.GetByRole(AriaRole.Button, new() { Name = "Shortlist" }).First.ClickAsync();
        await Assertions.Expect(staff.Locator("#portfolio-warnings")).ToContainTextAsync("7 regions are shortlisted; the cohort has room for 6.");
        await staff.ExpectAccessibleAsync("selection-portfolio");
        await staff.GetByRole(AriaRole.Region, new() { Name = "Shortlisted proposals" }).GetByRole(AriaRole.Button, new() { Name = "Remove" }).Last.ClickAsync();
        await Assertions.Expect(staff.Locator("#portfolio-warnings")).ToHaveCountAsync(0);

        await staff.GotoAsync("/selection/map");
        await Assertions.Expect(staff.Locator(".map-legend[data-stage='Shortlisted']")).ToContainTextAsync("Shortlisted (6)");
        // Both layers of the map (states, then regions) are images the browser draws.
        var drawn = await staff.EvaluateAsync<int>("() => Promise.all([...document.querySelectorAll('#regions-map image')].map(i => " +
            "fetch(i.href.baseVal).then(r => r.ok && r.headers.get('content-type').startsWith('image/svg+xml') ? 1 : 0))).then(a => a.reduce((x, y) => x + y, 0))");
        Assert.Equal(2, drawn);
        await staff.ExpectAccessibleAsync("selection-map");

        await staff.GotoAsync("/selection/decisions");
        var rows = staff.Locator("table tbody tr");
        var count = await rows.CountAsync();
        string? greatLakesOutcome = null;
        for (var i = 0; i < count; i++)
        {
            var row = staff.Locator("table tbody tr").Nth(i);
            var text = await row.InnerTextAsync();
            var outcome = text.Contains("Shortlisted") ? "Selected" : "Waitlisted";
            await row.GetByRole(AriaRole.Link).Last.ClickAsync();
            await staff.GetByLabel(outcome).CheckAsync();
            await staff.GetByLabel("Rationale (staff only)").FillAsync(outcome == "Selected" ? "Strong reviews and a credible local match." : "Solid, but the cohort is full.");
            if (text.Contains(GreatLakes))
            {
                greatLakesOutcome = outcome;
                await staff.GetByLabel("Feedback to the applicant (optional)").FillAsync(Feedback);
                await staff.ExpectAccessibleAsync("selection-decide");
            }
            await staff.GetByRole(AriaRole.Button, new() { Name = "Save draft decision" }).ClickAsync();
            await Assertions.Expect(staff.GetByRole(AriaRole.Status)).ToContainTextAsync("Decision saved as a draft");
        }
        Assert.NotNull(greatLakesOutcome);

        var applicant = await browser.NewPageAsync(phone: true);
        await applicant.LogInAsync("anchor1@example.org");
        await Assertions.Expect(applicant.Locator("#decision")).ToHaveCountAsync(0); // drafts stay with staff

        await staff.GetByRole(AriaRole.Button, new() { Name = $"Release {count} decision(s) to applicants" }).ClickAsync();
        await Assertions.Expect(staff.GetByRole(AriaRole.Status)).ToContainTextAsync($"Released {count} decision(s)");
        await Assertions.Expect(staff.Locator("#cohort-heading + ul li")).ToHaveCountAsync(6);
        await staff.ExpectAccessibleAsync("selection-decisions");

        await staff.GotoAsync("/selection/cohort/summary");
        await Assertions.Expect(staff.Locator("article tbody tr")).ToHaveCountAsync(6);
        await staff.ExpectAccessibleAsync("selection-cohort-summary");

        await applicant.GotoAsync("/dashboard");
        var decision = applicant.Locator("#decision");
        await Assertions.Expect(decision).ToContainTextAsync(greatLakesOutcome);
        await Assertions.Expect(decision).ToContainTextAsync(Feedback);
        await Assertions.Expect(decision).Not.ToContainTextAsync("Strong reviews"); // the rationale stays with staff
        await applicant.ExpectAccessibleAsync("selection-applicant-decision");
        Assert.Contains("Decision on your proposal", browser.Portal.LatestSubjectTo("anchor1@example.org"));
        Assert.Empty(browser.Errors);
    }

    // Decisions are released only once no region can still submit or withdraw.
    private static async Task CloseTheRoundAsync(IPage staff)
    {
        await staff.GotoAsync("/selection/decisions");
        await staff.GetByRole(AriaRole.Link, new() { Name = "close the round early" }).ClickAsync();
        await Assertions.Expect(staff.GetByRole(AriaRole.Heading, new() { Name = "Closing early" })).ToBeVisibleAsync();
        await staff.ExpectAccessibleAsync("rfp-close-early");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Close early" }).ClickAsync();
        await Assertions.Expect(staff.GetByRole(AriaRole.Status)).ToContainTextAsync("Closed");
    }
}

// The selection journey closes the demo round, so it runs on a portal of its own.
[CollectionDefinition(nameof(SelectionBrowserCollection))]
public sealed class SelectionBrowserCollection : ICollectionFixture<Browser>;
