using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Raaqj.BrowserTests.Infrastructure;

namespace Raaqj.BrowserTests;

// A region member writes an action plan under two dimensions and submits it; staff comment and request changes; the
// member revises on a phone and resubmits; staff compare the versions and approve, and the region's milestone shows
// done. Runs on the demo (cohort6, whose region has not started its plan).
[Collection(nameof(BrowserCollection))]
public sealed class ActionPlanJourneyTests(Browser browser)
{
    private static async Task AddGoalAsync(IPage page, string dimension, string goal, string strategy, string action)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = $"Add a goal for {dimension}" }).ClickAsync();
        await page.GetByLabel("Goal", new() { Exact = false }).First.FillAsync(goal);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the goal" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Goal saved");
        await page.GetByRole(AriaRole.Link, new() { Name = $"Add a strategy to {goal}" }).ClickAsync();
        await page.GetByLabel("Strategy", new() { Exact = false }).Last.FillAsync(strategy);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the strategy" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = $"Add an action to {strategy}" }).ClickAsync();
        await page.GetByLabel("What will be done").FillAsync(action);
        await page.GetByLabel("Start month").FillAsync("11");
        await page.GetByLabel("End month").FillAsync("20");
        await page.GetByLabel("Budget ($)").FillAsync("75,000");
        await page.GetByLabel("Women, regardless of educational attainment").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the action" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Action saved");
    }

    [Fact]
    public async Task A_member_writes_and_submits_a_plan_staff_send_it_back_the_member_revises_and_staff_compare_and_approve_it()
    {
        var member = await browser.NewPageAsync();
        await member.LogInAsync("cohort6@example.org");
        await member.GotoAsync("/regions/mine");
        await member.GetByRole(AriaRole.Link, new() { Name = "The action plan" }).ClickAsync();
        await Assertions.Expect(member.GetByText("No goal yet.")).ToBeVisibleAsync();
        var plan = member.Url;

        await AddGoalAsync(member, "Living wage", "Farmworkers' wages reach a living wage", "A grower wage standard", "Convene 15 growers on a wage standard");
        // The action page asks for its measures: one, then back to the plan for a second dimension.
        await member.GetByLabel("Indicator").FillAsync("Growers paying the standard");
        await member.GetByLabel("Baseline").FillAsync("0");
        await member.GetByLabel("Target").FillAsync("15");
        await member.GetByRole(AriaRole.Button, new() { Name = "Add the measure" }).ClickAsync();
        await Assertions.Expect(member.GetByTestId("measure")).ToHaveCountAsync(1);
        await member.ExpectAccessibleAsync("plan-action");
        await member.GotoAsync(plan);
        await AddGoalAsync(member, "Stability", "Year-round work for seasonal workers", "Shared seasonal workforce", "Pair packing houses to share crews");
        await member.GotoAsync(plan);
        await Assertions.Expect(member.GetByTestId("plan-goal")).ToHaveCountAsync(2);
        await member.ExpectAccessibleAsync("plan");
        await member.GetByRole(AriaRole.Button, new() { Name = "Submit the plan for review" }).ClickAsync();
        await Assertions.Expect(member.GetByTestId("plan-status")).ToHaveTextAsync("Submitted");

        // Staff comment on an action and ask for changes.
        var staff = await browser.NewPageAsync();
        await staff.LogInAsync("staff@example.org");
        await staff.GotoAsync(new Uri(plan).PathAndQuery);
        var action = staff.GetByTestId("plan-action").Filter(new() { HasText = "Convene 15 growers" });
        await action.Locator("summary", new() { HasText = "Comment" }).ClickAsync();
        await action.GetByLabel("Comment on this item").FillAsync("Which growers have agreed to come?");
        await action.GetByRole(AriaRole.Button, new() { Name = "Save the comment" }).ClickAsync();
        await Assertions.Expect(staff.GetByTestId("plan-comment").First).ToContainTextAsync("Which growers");
        await staff.ExpectAccessibleAsync("plan-review");
        await staff.GetByLabel("Note to the region").FillAsync("Name the growers and the months of the season.");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Request changes" }).ClickAsync();
        await Assertions.Expect(staff.GetByTestId("plan-status")).ToHaveTextAsync("Changes requested");

        // The member revises on a phone and submits again.
        var phone = await browser.NewPageAsync(phone: true);
        await phone.LogInAsync("cohort6@example.org");
        await phone.GotoAsync(new Uri(plan).PathAndQuery);
        await Assertions.Expect(phone.GetByTestId("changes-requested")).ToContainTextAsync("Name the growers");
        var commented = phone.GetByTestId("plan-action").Filter(new() { HasText = "Convene 15 growers" });
        await Assertions.Expect(commented.GetByTestId("plan-comment")).ToContainTextAsync("Which growers have agreed to come?");
        await phone.ExpectAccessibleAsync("plan-phone");
        await commented.GetByRole(AriaRole.Link, new() { Name = "Edit the action" }).ClickAsync();
        await phone.GetByLabel("What will be done").FillAsync("Convene 15 growers, from Fresno and Madera, on a wage standard before the spring season");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Save the action" }).ClickAsync();
        await Assertions.Expect(phone.GetByRole(AriaRole.Status).First).ToContainTextAsync("Action saved");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Submit the plan for review" }).ClickAsync();
        await Assertions.Expect(phone.GetByTestId("plan-status")).ToHaveTextAsync("Submitted");

        // Staff see what changed between the versions and approve the second.
        await staff.ReloadAsync();
        await staff.GetByRole(AriaRole.Link, new() { Name = "What changed" }).ClickAsync();
        var change = staff.GetByTestId("plan-change").First;
        await Assertions.Expect(change.Locator("del")).ToContainTextAsync("Convene 15 growers on a wage standard");
        await Assertions.Expect(change.Locator("ins")).ToContainTextAsync("from Fresno and Madera");
        await staff.ExpectAccessibleAsync("plan-compare");
        await staff.GoBackAsync();
        await staff.GetByRole(AriaRole.Button, new() { Name = "Approve version 2" }).ClickAsync();
        await Assertions.Expect(staff.GetByTestId("plan-status")).ToHaveTextAsync("Approved");
        await staff.GotoAsync("/program/1/plans");
        await staff.ExpectAccessibleAsync("cohort-plans");

        // The region's milestone is done, with the approval as its evidence.
        await phone.GotoAsync(Regex.Replace(new Uri(plan).PathAndQuery, "/plan$", "/timeline"));
        await Assertions.Expect(phone.Locator("li", new() { HasText = "Job quality action plan approved" })).ToContainTextAsync("Done");
        Assert.Empty(browser.Errors);
    }
}
