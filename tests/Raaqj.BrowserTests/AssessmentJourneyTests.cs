using Microsoft.Playwright;
using Raaqj.BrowserTests.Infrastructure;

namespace Raaqj.BrowserTests;

// A region member scores a readiness assessment on a phone, element by element, submits it, sees a capacity gap and
// asks for technical assistance from it. Runs on the demo (Denver Metro, cohort4, whose baseline is submitted).
[Collection(nameof(BrowserCollection))]
public sealed class AssessmentJourneyTests(Browser browser)
{
    [Fact]
    public async Task A_member_scores_an_assessment_sees_a_gap_and_asks_for_help_with_it()
    {
        var member = await browser.NewPageAsync(phone: true);
        await member.LogInAsync("cohort4@example.org");
        await member.GotoAsync("/regions/mine");
        await member.GetByRole(AriaRole.Link, new() { Name = "The region's assessments" }).ClickAsync();
        await Assertions.Expect(member.GetByTestId("assessment-row").First).ToContainTextAsync("Baseline, month 9");
        await member.ExpectAccessibleAsync("assessments-phone");

        await member.GetByLabel("Start an assessment").SelectOptionAsync(new SelectOptionValue { Label = "Organizational readiness" });
        await member.GetByLabel("Name it").FillAsync("Month 10 check-in");
        await member.GetByRole(AriaRole.Button, new() { Name = "Start" }).ClickAsync();
        await Assertions.Expect(member.GetByTestId("assessment-status")).ToHaveTextAsync("Draft");
        await member.ExpectAccessibleAsync("assessment-phone");
        var elements = member.Locator("section[id^=element-]");
        var count = await elements.CountAsync();
        for (var e = 0; e < count; e++)
        {
            var element = member.Locator("section[id^=element-]").Nth(e);
            var items = element.GetByTestId("assessment-item");
            for (var i = 0; i < await items.CountAsync(); i++)
                // The first element scored 2, two gaps (its baseline averaged 2.5); the rest 3.
                await items.Nth(i).Locator($"input[value='{(e == 0 ? 2 : 3)}']").CheckAsync();
            await element.GetByRole(AriaRole.Button).ClickAsync();
            await Assertions.Expect(member.GetByRole(AriaRole.Status).First).ToContainTextAsync("Scores saved");
        }
        await Assertions.Expect(member.GetByTestId("assessment-progress")).ToContainTextAsync("10 of 10 items scored");
        await member.GetByRole(AriaRole.Button, new() { Name = "Submit the assessment" }).ClickAsync();
        await Assertions.Expect(member.GetByRole(AriaRole.Status).First).ToContainTextAsync("Assessment submitted");

        var gap = member.GetByTestId("gaps").First.Locator("li").Filter(new() { HasText = "Leaders have made job quality" });
        await Assertions.Expect(gap).ToContainTextAsync("2 of 4");
        await gap.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(member.GetByLabel("What you need, in a line")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^Help with: Leaders have made job quality"));
        await Assertions.Expect(member.GetByLabel("Area of expertise")).ToHaveValueAsync("1");
        await member.ExpectAccessibleAsync("assessment-gap-ta-phone");
        await member.GetByRole(AriaRole.Button, new() { Name = "Send the request" }).ClickAsync();
        await Assertions.Expect(member.GetByRole(AriaRole.Status).First).ToContainTextAsync("Request sent");

        // Staff see the region's new scores beside the others'.
        var staff = await browser.NewPageAsync();
        await staff.LogInAsync("staff@example.org");
        await staff.GotoAsync("/program/1/readiness");
        await Assertions.Expect(staff.GetByTestId("heatmap").First.Locator("tbody tr").First.Locator("td").First).ToContainTextAsync("2.0 for Denver Metro");
        await staff.ExpectAccessibleAsync("cohort-readiness");
        // The instruments staff keep: the current version reads only; a new one is prepared from it.
        await staff.GetByRole(AriaRole.Link, new() { Name = "The readiness instruments" }).ClickAsync();
        await staff.ExpectAccessibleAsync("instruments");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Start a new version" }).First.ClickAsync();
        await Assertions.Expect(staff.GetByRole(AriaRole.Button, new() { Name = "Make version 2 current" })).ToBeVisibleAsync();
        await Assertions.Expect(staff.GetByTestId("instrument-item")).ToHaveCountAsync(10);
        await staff.ExpectAccessibleAsync("instrument-new-version");
        Assert.Empty(browser.Errors);
    }
}
