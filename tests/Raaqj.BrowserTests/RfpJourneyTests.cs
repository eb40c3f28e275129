using Microsoft.Playwright;
using Raaqj.BrowserTests.Infrastructure;

namespace Raaqj.BrowserTests;

[Collection(nameof(BrowserCollection))]
public sealed class RfpJourneyTests(Browser browser)
{
    [Fact]
    public async Task Visitor_reads_the_request_registers_confirms_and_logs_in()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Regional Action to Advance Quality Jobs");
        await Assertions.Expect(page.GetByText("Open for proposals")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-deadline]")).ToContainTextAsync("left");
        await page.ExpectAccessibleAsync("public-request-for-action");

        await page.GetByRole(AriaRole.Link, new() { Name = "Apply: create your organization's account" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Create your account" })).ToBeVisibleAsync();
        await page.GetByLabel("Full name").FillAsync("Dana Director");
        await page.GetByLabel("Work email").FillAsync("dana@riverbend.example");
        await page.Locator("#Password").FillAsync("short");
        await page.GetByLabel("Repeat the password").FillAsync("short");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Assertions.Expect(page.Locator("#Password-error")).ToContainTextAsync("at least 12 characters");
        await Assertions.Expect(page.GetByLabel("Work email")).ToHaveValueAsync("dana@riverbend.example");
        await page.ExpectAccessibleAsync("register-with-errors");

        await page.Locator("#Password").FillAsync("rivers bend toward the sea");
        await page.GetByLabel("Repeat the password").FillAsync("rivers bend toward the sea");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Check your email" })).ToBeVisibleAsync();
        await page.ExpectAccessibleAsync("check-email");

        await page.GotoAsync(browser.Portal.LinkInLatestMailTo("dana@riverbend.example"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Email confirmed" })).ToBeVisibleAsync();
        await page.ExpectAccessibleAsync("email-confirmed");

        await page.GetByRole(AriaRole.Link, new() { Name = "Log in" }).Last.ClickAsync();
        await page.ExpectAccessibleAsync("login");
        await page.LogInAsync("dana@riverbend.example", "rivers bend toward the sea");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your region's application" })).ToBeVisibleAsync();
        await page.ExpectAccessibleAsync("anchor-dashboard");

        await page.GetByRole(AriaRole.Link, new() { Name = "Dana Director" }).ClickAsync(); // the header greets people by name
        await page.GetByLabel("Current password").FillAsync("rivers bend toward the sea");
        await page.Locator("#Password").FillAsync("password1234");
        await page.GetByLabel("Repeat the new password").FillAsync("password1234");
        await page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
        await Assertions.Expect(page.Locator("#Password-error")).ToContainTextAsync("too common");
        await page.ExpectAccessibleAsync("change-password-refused");
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task The_request_for_action_reads_well_on_a_phone()
    {
        var page = await browser.NewPageAsync(phone: true);
        await page.GotoAsync("/");

        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Show navigation" })).ToBeVisibleAsync();
        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"the page scrolls sideways on a phone ({width}px)");
        await page.ExpectAccessibleAsync("public-request-for-action-phone");
    }

    [Fact]
    public async Task Staff_drafts_previews_and_publishes_a_request()
    {
        var page = await browser.NewPageAsync();
        await page.LogInAsync("staff@example.org");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Program staff" })).ToBeVisibleAsync();
        await page.ExpectAccessibleAsync("staff-dashboard");

        // The menu groups staff pages by the program's stages.
        await page.GetByRole(AriaRole.Button, new() { Name = "Call and intake" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Requests for action" }).ClickAsync();
        await page.ExpectAccessibleAsync("staff-requests");
        await page.GetByRole(AriaRole.Link, new() { Name = "New request for action" }).First.ClickAsync();
        await page.Locator("#Form_Title").FillAsync("Second cohort: Regional Request for Action");
        await page.GetByLabel("Summary").FillAsync("A second cohort of six regions.");
        await page.GetByLabel("Who may apply").FillAsync("Permanent, place-based anchor organizations with a convening track record.");
        await page.GetByLabel("About the program").FillAsync("Twelve months of support to build a regional job quality action plan.");
        await page.GetByLabel("Opens").FillAsync("2028-03-01T09:00");
        await page.GetByLabel("Proposals due").FillAsync("2028-04-14T17:00");
        await page.GetByLabel("Review starts").FillAsync("2028-04-17");
        await page.GetByLabel("Review ends (regions selected)").FillAsync("2028-05-31");
        await page.Locator("#Form_Criteria_0__Title").FillAsync("Regional strategy");
        await page.Locator("#Form_Criteria_0__Weight").FillAsync("70");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a criterion" }).ClickAsync();
        await page.Locator("#Form_Criteria_1__Title").FillAsync("Local match");
        await page.Locator("#Form_Criteria_1__Weight").FillAsync("20");
        await Assertions.Expect(page.Locator("[data-weight-total]")).ToHaveTextAsync("90");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create the draft" }).ClickAsync();

        // A draft that cannot be published yet says why, with a Fix it link (axe checks its contrast) and a disabled Publish.
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Draft created");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Publish" })).ToBeDisabledAsync();
        await page.ExpectAccessibleAsync("staff-request-not-ready");
        await page.GetByRole(AriaRole.Link, new() { Name = "Fix it" }).First.ClickAsync();
        await page.Locator("#Form_Criteria_1__Weight").FillAsync("30");
        await Assertions.Expect(page.Locator("[data-weight-total]")).ToHaveTextAsync("100");
        await page.ExpectAccessibleAsync("staff-request-form");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Assertions.Expect(page.GetByText("This draft is ready to publish")).ToBeVisibleAsync();
        await page.ExpectAccessibleAsync("staff-request-preview");

        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Published");
        await Assertions.Expect(page.Locator("main .badge").First).ToHaveTextAsync("Published, opens soon");
        await page.ExpectAccessibleAsync("staff-request-published");
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task Staff_invite_a_reviewer_with_a_profile_and_see_possible_conflicts()
    {
        var page = await browser.NewPageAsync();
        await page.LogInAsync("staff@example.org");
        await page.GetByRole(AriaRole.Link, new() { Name = "Reviewers" }).First.ClickAsync();
        await Assertions.Expect(page.Locator("tbody")).ToContainTextAsync("lives in OH");
        await page.ExpectAccessibleAsync("reviewer-pool");

        await page.GetByRole(AriaRole.Link, new() { Name = "Invite a reviewer" }).ClickAsync();
        await page.GetByLabel("Email").FillAsync("labor.economist@example.edu");
        await page.GetByLabel("Full name").FillAsync("Lee Economist");
        await page.GetByLabel("External expert").CheckAsync();
        await page.GetByLabel("Research and evaluation").CheckAsync();
        await page.Locator("#MaxProposals").FillAsync("5");
        await page.Locator("#HomeStateCode").SelectOptionAsync("OH");
        await page.ExpectAccessibleAsync("reviewer-invite");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("labor.economist@example.edu is invited as a reviewer");
        await Assertions.Expect(page.Locator("tbody tr", new() { HasText = "labor.economist@example.edu" })).ToContainTextAsync("lives in OH");

        await page.GetByRole(AriaRole.Link, new() { Name = "Assign reviewers" }).ClickAsync();
        await page.GetByLabel("Reviewers per proposal").FillAsync("2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Auto-assign" }).ClickAsync();
        await Assertions.Expect(page.Locator(".alert").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".card", new() { HasText = "Great Lakes Workforce Board" }).First).ToContainTextAsync("2 of 2 reviewers");
        await page.ExpectAccessibleAsync("reviewer-assignments");

        // The demo reviewer declared no conflict and submitted a review of the Ohio proposal.
        var reviewer = await browser.NewPageAsync();
        await reviewer.LogInAsync("reviewer1@example.org");
        await reviewer.GetByRole(AriaRole.Link, new() { Name = "Open your review queue" }).ClickAsync();
        await Assertions.Expect(reviewer.GetByRole(AriaRole.Heading, new() { Name = "Great Lakes Workforce Board" })).ToBeVisibleAsync();
        await reviewer.ExpectAccessibleAsync("reviewer-queue");
        await reviewer.Locator("section", new() { HasText = "Great Lakes Workforce Board" }).GetByRole(AriaRole.Link, new() { Name = "Read your review" }).ClickAsync();
        await Assertions.Expect(reviewer.GetByText("Cleveland Clinic").First).ToBeVisibleAsync();
        await Assertions.Expect(reviewer.GetByText("This review is submitted and locked")).ToBeVisibleAsync();
        await reviewer.ExpectAccessibleAsync("reviewer-score");

        await page.GotoAsync("/reviews/assignments/progress");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Review progress" })).ToBeVisibleAsync();
        await page.ExpectAccessibleAsync("reviewer-progress");

        await page.GotoAsync("/reviews/results");
        await Assertions.Expect(page.Locator("tbody tr", new() { HasText = "Great Lakes Workforce Board" }).First).ToContainTextAsync("2 of");
        await page.ExpectAccessibleAsync("reviewer-results");
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task Admin_invites_a_reviewer_and_reads_the_audit_log()
    {
        var page = await browser.NewPageAsync();
        await page.LogInAsync("admin@example.org");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Administration" })).ToBeVisibleAsync();
        await page.ExpectAccessibleAsync("admin-dashboard");

        await page.GetByRole(AriaRole.Link, new() { Name = "Invite staff or a reviewer" }).ClickAsync();
        await page.GetByLabel("Email").FillAsync("expert@university.example");
        await page.GetByLabel("Full name").FillAsync("Eve Expert");
        await page.GetByLabel("Reviewer: scores assigned proposals").CheckAsync();
        await page.ExpectAccessibleAsync("admin-invite");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Invitation sent to expert@university.example");
        await page.ExpectAccessibleAsync("admin-user");

        await page.GetByRole(AriaRole.Link, new() { Name = "Users" }).First.ClickAsync();
        await page.ExpectAccessibleAsync("admin-users");
        await page.GetByRole(AriaRole.Link, new() { Name = "Mail", Exact = true }).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Mail", Exact = true })).ToBeVisibleAsync();
        await page.ExpectAccessibleAsync("admin-mail");
        await page.GetByRole(AriaRole.Link, new() { Name = "You are invited to the RAAQJ portal" }).First.ClickAsync();
        await Assertions.Expect(page.Locator(".mail-body")).ToContainTextAsync("accept-invitation");
        await page.ExpectAccessibleAsync("admin-sent-mail");

        await page.GetByRole(AriaRole.Link, new() { Name = "Audit log" }).First.ClickAsync();
        await page.GetByLabel("Action").SelectOptionAsync("User.Invited");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await Assertions.Expect(page.Locator("tbody")).ToContainTextAsync("Invited expert@university.example as Reviewer");
        await page.ExpectAccessibleAsync("admin-audit-log");
        Assert.Empty(browser.Errors);
    }
}
