using System.Net;
using Raaqj.IntegrationTests.Builders;
using Raaqj.IntegrationTests.Infrastructure;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Domain.Organizations;
using Raaqj.Web.Domain.Planning;
using Raaqj.Web.Domain.Timeline;

namespace Raaqj.IntegrationTests.Planning;

// The action plan through HTTP: the region's team co-edits item by item (two people on different actions both keep
// their work, two on the same action the second is told), submits a frozen version; staff comment and request changes;
// the team revises and resubmits; staff compare and approve, which completes the milestone through its event.
// Nobody outside the region reads or changes any of it; Viewers read.
public sealed class ActionPlanTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    private static async Task<int> CreatedAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        return int.Parse(location.Split('#').Last().Split('-').Last().Split('/').Last());
    }

    private Guid VersionOf<T>(int id) where T : class => factory.Query(db => (Guid)db.Entry(db.Set<T>().Find(id)!).Property("Version").CurrentValue!);

    private Guid PlanVersion(int region) => factory.Query(db => db.ActionPlans.Single(p => p.CohortRegionId == region).Version);

    private static (string, string)[] ActionFields(int strategy, string text, string budget = "", string version = "") =>
    [
        ("Form.StrategyId", strategy.ToString()), ("Form.Description", text), ("Form.Budget", budget), ("Form.StartMonth", "10"), ("Form.EndMonth", "18"),
        ("Form.FundingSource", ""), ("Form.Populations", "Women"), ("Form.Version", version),
    ];

    [Fact]
    public async Task A_plan_is_written_together_submitted_frozen_sent_back_revised_compared_and_approved_and_only_its_region_sees_it()
    {
        var cohort = await factory.ReleasedCohortAsync();
        var (ohio, puget) = (cohort.Regions["Northeast Ohio"], cohort.Regions["Puget Sound"]);
        var plan = $"/regions/{ohio}/plan";
        var anchor = await factory.SignedInAsync(Accounts.Anchor);
        var editorAccount = await factory.Given.AccountAsync(Roles.Anchor);
        await factory.Given.AddMemberAsync(factory.Given.CastOrganization, editorAccount, MemberRole.Editor);
        var editor = await factory.SignedInAsync(editorAccount.Email);

        // Nothing to submit yet; a goal under two dimensions, each with a strategy and actions.
        Assert.Contains("No goal yet", (await anchor.GetPageAsync(plan)).Text());
        var wages = await CreatedAsync(await anchor.PostFormAsync($"{plan}/goals/new?dimension=1", $"{plan}/goals/new",
            ("Form.DimensionId", "1"), ("Form.Title", "2,000 more frontline workers earn a living wage"), ("Form.Description", "")));
        var benefits = await CreatedAsync(await editor.PostFormAsync($"{plan}/goals/new?dimension=2", $"{plan}/goals/new",
            ("Form.DimensionId", "2"), ("Form.Title", "Benefits navigators in every hospital"), ("Form.Description", "")));
        var compact = await CreatedAsync(await anchor.PostFormAsync($"{plan}/goals/{wages}/strategies/new", $"{plan}/goals/{wages}/strategies/new",
            ("Form.GoalId", wages.ToString()), ("Form.Title", "Employer wage compact"), ("Form.Description", "")));
        var navigators = await CreatedAsync(await editor.PostFormAsync($"{plan}/goals/{benefits}/strategies/new", $"{plan}/goals/{benefits}/strategies/new",
            ("Form.GoalId", benefits.ToString()), ("Form.Title", "Navigators"), ("Form.Description", "")));
        // The action cites the region's research; another region's research cannot be cited.
        var research = $"/regions/{ohio}/research";
        Assert.Equal(HttpStatusCode.Redirect, (await anchor.PostFormAsync($"{research}/activities/new", $"{research}/activities/new", ("Form.Title", "Hospital aides' listening session"),
            ("Form.Method", "ListeningSession"), ("Form.HeldOn", "2026-11-02"), ("Form.WorkersEngaged", "20"))).StatusCode);
        var heard = factory.Query(db => db.ResearchActivities.Single().Id);
        var recruit = await CreatedAsync(await anchor.PostFormAsync($"{plan}/strategies/{compact}/actions/new", $"{plan}/strategies/{compact}/actions/new",
            [.. ActionFields(compact, "Recruit 20 employers to the compact", "50,000"), ("Form.ResearchIds", heard.ToString()), ("Form.ResearchIds", "999")]));
        Assert.Equal([heard], factory.Query(db => db.PlanCitations.Where(c => c.PlanActionId == recruit).Select(c => c.ResearchActivityId!.Value).ToList()));
        Assert.Contains("Informed by Research: Hospital aides' listening session", (await anchor.GetPageAsync(plan)).QuerySelector($"#action-{recruit}")!.TextContent);
        var hire = await CreatedAsync(await editor.PostFormAsync($"{plan}/strategies/{navigators}/actions/new", $"{plan}/strategies/{navigators}/actions/new",
            ActionFields(navigators, "Hire two benefits navigators", "120000")));
        Assert.Equal(HttpStatusCode.Redirect, (await anchor.PostFormAsync($"{plan}/actions/{recruit}", $"{plan}/actions/{recruit}/measures",
            ("NewMeasure.Indicator", "Employers in the compact"), ("NewMeasure.Baseline", "0"), ("NewMeasure.Target", "20"), ("NewMeasure.ByMonth", "18"))).StatusCode);
        // Bad input: refused by its field, kept as typed, nothing saved.
        var bad = await (await anchor.PostFormAsync($"{plan}/strategies/{compact}/actions/new", $"{plan}/strategies/{compact}/actions/new",
            [.. ActionFields(compact, "Late action").Where(f => f.Item1 != "Form.EndMonth"), ("Form.EndMonth", "3")])).ReadPageAsync();
        Assert.NotNull(bad.FieldError("Form_EndMonth"));
        Assert.Equal("Late action", bad.QuerySelector("#Form_Description")!.TextContent);
        Assert.Equal(2, factory.Query(db => db.PlanActions.Count()));

        // Two editors on different actions both keep their work; on the same action, the second is told and keeps their text.
        var (recruitSeen, hireSeen) = (VersionOf<PlanAction>(recruit).ToString(), VersionOf<PlanAction>(hire).ToString());
        Assert.Equal(HttpStatusCode.Redirect, (await anchor.PostFormAsync($"{plan}/actions/{recruit}", $"{plan}/actions/{recruit}",
            ActionFields(compact, "Recruit 25 employers to the compact", "60000", recruitSeen))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostFormAsync($"{plan}/actions/{hire}", $"{plan}/actions/{hire}",
            ActionFields(navigators, "Hire three benefits navigators", "150000", hireSeen))).StatusCode);
        var late = await editor.PostFormAsync($"{plan}/actions/{recruit}", $"{plan}/actions/{recruit}", ActionFields(compact, "Recruit 30 employers", "70000", recruitSeen));
        var latePage = await late.ReadPageAsync();
        Assert.Contains("Someone changed this while you were editing it", latePage.Text());
        Assert.Equal("Recruit 30 employers", latePage.QuerySelector("#Form_Description")!.TextContent);
        Assert.Equal(VersionOf<PlanAction>(recruit).ToString(), latePage.QuerySelector("input[name='Form.Version']")!.GetAttribute("value"));
        Assert.Equal(["Hire three benefits navigators", "Recruit 25 employers to the compact"],
            factory.Query(db => db.PlanActions.OrderBy(a => a.Description).Select(a => a.Description).ToList()));

        // Outside the region: 404 for every page and post; a viewer reads but changes nothing.
        var outsider = await factory.SignedInAsync(cohort.Puget.Owner.Email);
        foreach (var url in new[] { "", "/goals/new", $"/goals/{wages}", $"/strategies/{compact}", $"/actions/{recruit}", "/versions", "/compare", "/print", "/export.csv", "/export.xlsx" })
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"{plan}{url}")).StatusCode);
        var own = $"/regions/{puget}/plan";
        foreach (var (url, fields) in new (string, (string, string)[])[]
        {
            ("/goals/new", [("Form.DimensionId", "1"), ("Form.Title", "Sneaky")]), ($"/goals/{wages}", [("Form.DimensionId", "1"), ("Form.Title", "Renamed")]),
            ($"/actions/{recruit}", ActionFields(compact, "Renamed", "", VersionOf<PlanAction>(recruit).ToString())), ($"/actions/{recruit}/measures", [("NewMeasure.Indicator", "x"), ("NewMeasure.Target", "1")]),
            ($"/remove/action/{recruit}", [("version", VersionOf<PlanAction>(recruit).ToString())]), ("/submit", [("version", PlanVersion(ohio).ToString())]),
            ("/comments", [("item", "plan"), ("body", "Hi")]), ("/decide", [("decision", "approve"), ("version", PlanVersion(ohio).ToString())]),
        })
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostFormAsync(own, $"{plan}{url}", fields)).StatusCode);
        // Puget's own plan page is its own, empty.
        Assert.Contains("No goal yet", (await outsider.GetPageAsync(own)).Text());
        var viewerAccount = await factory.Given.AccountAsync(Roles.Anchor);
        await factory.Given.AddMemberAsync(factory.Given.CastOrganization, viewerAccount, MemberRole.Viewer);
        var viewer = await factory.SignedInAsync(viewerAccount.Email);
        Assert.Contains("Recruit 25 employers", (await viewer.GetPageAsync(plan)).Text());
        Assert.Equal(HttpStatusCode.NotFound, (await viewer.GetAsync($"{plan}/goals/new")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await viewer.PostFormAsync(plan, $"{plan}/goals/{wages}", ("Form.DimensionId", "1"), ("Form.Title", "Viewer was here"),
            ("Form.Version", VersionOf<PlanGoal>(wages).ToString()))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await viewer.PostFormAsync(plan, $"{plan}/submit", ("version", PlanVersion(ohio).ToString()))).StatusCode);
        // Staff do not write the region's plan.
        Assert.Equal(HttpStatusCode.NotFound, (await cohort.Staff.PostFormAsync(plan, $"{plan}/goals/new", ("Form.DimensionId", "3"), ("Form.Title", "Staff goal"))).StatusCode);

        // Submitted (a double click makes one version): frozen, and its milestone done through the event.
        var version = PlanVersion(ohio).ToString();
        Assert.Equal(HttpStatusCode.Redirect, (await anchor.PostFormAsync(plan, $"{plan}/submit", ("version", version))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await anchor.PostFormAsync(plan, $"{plan}/submit", ("version", version))).StatusCode);
        Assert.Equal(1, factory.Query(db => db.PlanVersions.Count()));
        Assert.Equal(PlanStatus.Submitted, factory.Query(db => db.ActionPlans.Single(p => p.CohortRegionId == ohio).Status));
        Assert.Equal(MilestoneStatus.Done, factory.Query(db => db.Milestones.Single(m => m.CohortRegionId == ohio && m.Title == "Initial job quality action plan submitted").Status));
        var frozen = await (await anchor.PostFormAsync($"{plan}/actions/{hire}", $"{plan}/actions/{hire}",
            ActionFields(navigators, "Changed after submitting", "1", VersionOf<PlanAction>(hire).ToString()))).ReadPageAsync();
        Assert.Contains("frozen while the program team reviews it", frozen.Text());
        Assert.Equal(HttpStatusCode.Redirect, (await anchor.PostFormAsync(plan, $"{plan}/remove/goal/{wages}", ("version", VersionOf<PlanGoal>(wages).ToString()))).StatusCode);
        Assert.Equal(2, factory.Query(db => db.PlanGoals.Count()));
        Assert.Equal("Hire three benefits navigators", factory.Query(db => db.PlanActions.Single(a => a.Id == hire).Description));

        // Staff comment on an item and request changes; a plan cannot be approved twice or by its team.
        Assert.Equal(HttpStatusCode.Redirect, (await cohort.Staff.PostFormAsync(plan, $"{plan}/comments", ("item", $"action:{hire}"), ("body", "Say which hospitals first."))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anchor.PostFormAsync(plan, $"{plan}/decide", ("decision", "approve"), ("version", PlanVersion(ohio).ToString()))).StatusCode);
        var noNote = await cohort.Staff.PostFormAsync(plan, $"{plan}/decide", ("decision", "changes"), ("note", ""), ("version", PlanVersion(ohio).ToString()));
        Assert.Contains("Say what the region should change", (await cohort.Staff.GetPageAsync(noNote.Headers.Location!.OriginalString)).Text());
        Assert.Equal(HttpStatusCode.Redirect, (await cohort.Staff.PostFormAsync(plan, $"{plan}/decide", ("decision", "changes"), ("note", "Name the hospitals."),
            ("version", PlanVersion(ohio).ToString()))).StatusCode);
        var sentBack = await anchor.GetPageAsync(plan);
        Assert.Equal("Changes requested", sentBack.QuerySelector("[data-testid=plan-status]")!.TextContent);
        Assert.Contains("Say which hospitals first.", sentBack.QuerySelector($"#action-{hire} [data-testid=plan-comment]")!.TextContent);
        Assert.Contains("Name the hospitals.", factory.To(Accounts.Anchor).Last().TextBody);

        // The team revises (moves an action to the other goal, edits one) and resubmits; staff compare and approve.
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostFormAsync($"{plan}/actions/{hire}", $"{plan}/actions/{hire}",
            ActionFields(compact, "Hire three navigators at MetroHealth and Cleveland Clinic", "150000", VersionOf<PlanAction>(hire).ToString()))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await anchor.PostFormAsync(plan, $"{plan}/submit", ("version", PlanVersion(ohio).ToString()))).StatusCode);
        var compare = await cohort.Staff.GetPageAsync($"{plan}/compare?from=1&to=2");
        var moved = compare.QuerySelectorAll("[data-testid=plan-change]").Single(r => r.TextContent.Contains("Moved"));
        Assert.Contains("Hire three benefits navigators", moved.QuerySelector("del")!.TextContent);
        Assert.Contains("MetroHealth", moved.QuerySelector("ins")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await cohort.Staff.PostFormAsync(plan, $"{plan}/decide", ("decision", "approve"), ("note", ""),
            ("version", PlanVersion(ohio).ToString()))).StatusCode);
        Assert.Equal(PlanStatus.Approved, factory.Query(db => db.ActionPlans.Single(p => p.CohortRegionId == ohio).Status));
        Assert.Equal([PlanStatus.ChangesRequested, PlanStatus.Approved], factory.Query(db => db.PlanVersions.OrderBy(v => v.Number).Select(v => v.Outcome).ToList()));
        Assert.Equal(MilestoneStatus.Done, factory.Query(db => db.Milestones.Single(m => m.CohortRegionId == ohio && m.Title == "Job quality action plan approved").Status));
        // Version 1 still reads as it was submitted.
        Assert.Contains("Hire three benefits navigators", (await anchor.GetPageAsync($"{plan}/print?version=1")).Text());
        // Staff see the plans side by side: Ohio's gaps are the dimensions without a goal; Puget has none started.
        var side = await cohort.Staff.GetPageAsync($"/program/{cohort.Program}/plans");
        Assert.Equal(["Approved"], side.QuerySelectorAll("[data-testid=cohort-plan-status]").Select(s => s.TextContent));
        Assert.Equal(4 + 6, side.QuerySelectorAll("[data-testid=plan-gap]").Length);
        Assert.Equal(HttpStatusCode.Forbidden, (await anchor.GetAsync($"/program/{cohort.Program}/plans")).StatusCode);
        var csv = await (await anchor.GetAsync($"{plan}/export.csv?version=2")).Content.ReadAsStringAsync();
        Assert.Contains("Hire three navigators at MetroHealth and Cleveland Clinic", csv);
    }

    // Timings are in bench/; here, that the plan's pages read the same way for a small plan and for 240 actions with 20 versions.
    [Fact]
    public async Task The_plan_pages_send_the_same_sql_commands_for_a_small_plan_and_for_240_actions_and_20_versions()
    {
        var cohort = await factory.ReleasedCohortAsync();
        var ohio = cohort.Regions["Northeast Ohio"];
        var anchor = await factory.SignedInAsync(Accounts.Anchor);
        async Task GrowAsync(int actions, int versions) => await factory.WithScopeAsync(async s =>
        {
            await Raaqj.Web.Data.Seed.SyntheticPlans.AddAsync(s.GetRequiredService<Raaqj.Web.Data.AppDbContext>(), ohio, actions, versions, factory.Clock.GetUtcNow().UtcDateTime);
            return true;
        });
        await GrowAsync(4, 2);
        var plan = $"/regions/{ohio}/plan";
        var pages = new (HttpClient Client, string Url)[]
        {
            (anchor, plan), (cohort.Staff, plan), (anchor, $"{plan}/versions"), (anchor, $"{plan}/compare?from=1&to=2"), (anchor, $"{plan}/print?version=2"),
            (anchor, $"{plan}/export.csv?version=2"), (cohort.Staff, $"/program/{cohort.Program}/plans"),
        };
        var before = new List<int>();
        foreach (var (client, url) in pages)
            before.Add(await factory.SqlCommandsFor(client, url));

        await GrowAsync(36, 20);

        Assert.Equal(240, factory.Query(db => db.PlanActions.Count()));
        Assert.Equal(22, factory.Query(db => db.PlanVersions.Count()));
        var after = new List<int>();
        foreach (var (client, url) in pages)
            after.Add(await factory.SqlCommandsFor(client, url));
        Assert.Equal(before, after);
        Assert.All(after, count => Assert.InRange(count, 1, 14));
        Assert.NotEmpty((await anchor.GetPageAsync($"{plan}/compare?from=2&to=22")).QuerySelectorAll("[data-testid=plan-change]"));
    }
}
