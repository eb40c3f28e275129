using Microsoft.Playwright;
using Raaqj.BrowserTests.Infrastructure;

namespace Raaqj.BrowserTests;

// Staff assign, a reviewer declares a conflict on one proposal and scores another (draft, then submit), staff read the calibrated results.
[Collection(nameof(BrowserCollection))]
public sealed class ReviewJourneyTests(Browser browser)
{
    private const string RioGrande = "Rio Grande Valley Workforce Solutions";
    private const string Atlanta = "Atlanta Regional Workforce Partnership";

    [Fact]
    public async Task Staff_assign_a_reviewer_declares_a_conflict_scores_another_and_staff_see_calibrated_results()
    {
        var staff = await browser.NewPageAsync();
        await staff.LogInAsync("staff@example.org");
        await staff.GotoAsync("/reviews/assignments");
        foreach (var organization in new[] { RioGrande, Atlanta })
        {
            var card = staff.Locator(".card", new() { HasText = organization }).First;
            var riley = card.Locator("select option", new() { HasText = "Riley Reviewer" });
            if (await riley.CountAsync() == 0)
                continue; // already assigned by an earlier run of auto-assignment
            await card.Locator("select").SelectOptionAsync(await riley.GetAttributeAsync("value") ?? "");
            await card.GetByRole(AriaRole.Button, new() { Name = "Add" }).ClickAsync();
            await Assertions.Expect(staff.GetByRole(AriaRole.Status)).ToContainTextAsync("Reviewer assigned");
        }
        await staff.GetByLabel("Reviewers per proposal").FillAsync("2");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Auto-assign" }).ClickAsync();
        await Assertions.Expect(staff.Locator(".alert").First).ToBeVisibleAsync();
        await staff.ExpectAccessibleAsync("review-journey-assignments");

        var reviewer = await browser.NewPageAsync();
        await reviewer.LogInAsync("reviewer1@example.org");
        // The reviewer hears of the assignment in the header, opens it from the list, and chooses their emails.
        await Assertions.Expect(reviewer.Locator(".unread-count")).ToBeVisibleAsync();
        await reviewer.GetByRole(AriaRole.Link, new() { Name = "Notifications" }).ClickAsync();
        var notice = reviewer.Locator(".notification-unread", new() { HasText = Atlanta }).First;
        await Assertions.Expect(notice).ToContainTextAsync("Review " + Atlanta);
        await reviewer.ExpectAccessibleAsync("notifications");
        await notice.GetByRole(AriaRole.Button).ClickAsync();
        await Assertions.Expect(reviewer).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/reviews/mine#item-\\d+$"));
        await reviewer.GotoAsync("/notifications/email");
        await reviewer.GetByLabel("New review assignments").UncheckAsync();
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Save my choices" }).ClickAsync();
        await Assertions.Expect(reviewer.GetByRole(AriaRole.Status)).ToContainTextAsync("Your email choices are saved");
        await Assertions.Expect(reviewer.GetByLabel("New review assignments")).Not.ToBeCheckedAsync();
        await reviewer.ExpectAccessibleAsync("notifications-email");
        await reviewer.GotoAsync("/reviews/mine");
        var conflicted = reviewer.Locator("section", new() { HasText = RioGrande });
        await conflicted.GetByLabel("Employment (now or in the last two years)").CheckAsync();
        await conflicted.GetByLabel("Details (optional)").FillAsync("I advised them last year.");
        await reviewer.ExpectAccessibleAsync("review-journey-queue");
        await conflicted.GetByRole(AriaRole.Button, new() { Name = "Declare" }).ClickAsync();
        await Assertions.Expect(reviewer.GetByRole(AriaRole.Status)).ToContainTextAsync("You are taken off this proposal");
        await Assertions.Expect(reviewer.Locator("section", new() { HasText = RioGrande })).ToHaveCountAsync(0);

        var scored = reviewer.Locator("section", new() { HasText = Atlanta });
        await scored.GetByLabel("No conflict").CheckAsync();
        await scored.GetByRole(AriaRole.Button, new() { Name = "Declare" }).ClickAsync();
        await reviewer.Locator("section", new() { HasText = Atlanta }).GetByRole(AriaRole.Link, new() { Name = "Read and score" }).ClickAsync();
        await reviewer.Locator("label[for='score-0-3']").ClickAsync();
        await reviewer.Locator("#Form_Scores_0__Comment").FillAsync("Credible anchor.");
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Assertions.Expect(reviewer.GetByRole(AriaRole.Status)).ToContainTextAsync("Draft saved");
        await Assertions.Expect(reviewer.Locator("#Form_Scores_0__Comment")).ToHaveValueAsync("Credible anchor.");

        var criteria = await reviewer.Locator("input[name$='.CriterionId']").CountAsync();
        for (var i = 1; i < criteria; i++)
        {
            await reviewer.Locator($"label[for='score-{i}-{2 + i % 3}']").ClickAsync();
            await reviewer.Locator($"#Form_Scores_{i}__Comment").FillAsync("As the proposal shows.");
        }
        await reviewer.GetByLabel("Recommend with reservations").CheckAsync();
        await reviewer.Locator("#Form_OverallComment").FillAsync("Promising, with a pending match.");
        reviewer.Dialog += (_, dialog) => dialog.AcceptAsync();
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Submit the review" }).ClickAsync();
        await Assertions.Expect(reviewer.GetByRole(AriaRole.Status)).ToContainTextAsync("Review submitted");

        await staff.GotoAsync("/reviews/results");
        var row = staff.Locator("tbody tr", new() { HasText = Atlanta });
        await Assertions.Expect(row).ToContainTextAsync("2 of"); // the demo review of Atlanta, and this one
        await Assertions.Expect(row.Locator("td.fw-semibold")).Not.ToHaveTextAsync("–");
        await staff.ExpectAccessibleAsync("review-journey-results");
        Assert.Empty(browser.Errors);
    }
}
