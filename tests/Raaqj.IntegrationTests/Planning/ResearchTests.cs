using System.Net;
using Raaqj.IntegrationTests.Builders;
using Raaqj.IntegrationTests.Infrastructure;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Domain.Organizations;
using Raaqj.Web.Domain.Planning;
using Raaqj.Web.Domain.Timeline;

namespace Raaqj.IntegrationTests.Planning;

// Worker-informed research and pilots through HTTP: the region's team records activities with workers by priority
// population and pilots with their cycles; edits are checked against their version; a pilot that starts running
// completes the region's milestone; nobody outside the region reads or changes any of it, and Viewers read.
public sealed class ResearchTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    private static (string, string)[] Activity(string title, string workers, string women, string version = "") =>
    [
        ("Form.Title", title), ("Form.Method", "ListeningSession"), ("Form.HeldOn", "2026-11-02"), ("Form.WorkersEngaged", workers), ("Form.EmployersInvolved", "2"),
        ("Form.Populations[Women]", women), ("Form.Populations[WithoutFourYearDegree]", "10"), ("Form.Findings", "Schedules change with a day's notice."), ("Form.Version", version),
    ];

    private static (string, string)[] PilotFields(string status, string version = "") =>
    [
        ("Form.Title", "Two-week schedules"), ("Form.Hypothesis", "If schedules are posted two weeks ahead, turnover falls."), ("Form.Partners", "Three warehouses"),
        ("Form.DimensionIds", "3"), ("Form.StartsOn", "2026-11-15"), ("Form.EndsOn", ""), ("Form.Status", status), ("Form.Version", version),
    ];

    [Fact]
    public async Task A_region_records_research_and_a_pilot_with_its_cycles_and_nobody_else_reads_or_changes_them()
    {
        var cohort = await factory.ReleasedCohortAsync();
        var (ohio, puget) = (cohort.Regions["Northeast Ohio"], cohort.Regions["Puget Sound"]);
        var research = $"/regions/{ohio}/research";
        var anchor = await factory.SignedInAsync(Accounts.Anchor);

        // Two activities; the page adds up workers by priority population.
        Assert.Equal(HttpStatusCode.Redirect, (await anchor.PostFormAsync($"{research}/activities/new", $"{research}/activities/new", Activity("Listening session, home care", "24", "20"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await anchor.PostFormAsync($"{research}/activities/new", $"{research}/activities/new", Activity("Warehouse interviews", "12", "3"))).StatusCode);
        var page = await anchor.GetPageAsync(research);
        Assert.Equal("36", page.QuerySelector("[data-testid=workers-engaged]")!.TextContent);
        Assert.Contains("23", page.QuerySelectorAll("[data-testid=workers-by-population] tr").Single(r => r.TextContent.Contains("Women")).TextContent);
        // More women than workers is refused by the form, with what was typed kept.
        var bad = await (await anchor.PostFormAsync($"{research}/activities/new", $"{research}/activities/new", Activity("Too many", "5", "9"))).ReadPageAsync();
        Assert.Contains("counts from 0 up to the workers engaged", bad.Text());
        Assert.Equal("Too many", bad.QuerySelector("#Form_Title")!.GetAttribute("value"));
        Assert.Equal(2, factory.Query(db => db.ResearchActivities.Count()));

        // Two people editing the same activity: the second is told and keeps what they typed.
        var activity = factory.Query(db => db.ResearchActivities.Single(a => a.Title == "Warehouse interviews"));
        var editorAccount = await factory.Given.AccountAsync(Roles.Anchor);
        await factory.Given.AddMemberAsync(factory.Given.CastOrganization, editorAccount, MemberRole.Editor);
        var editor = await factory.SignedInAsync(editorAccount.Email);
        var url = $"{research}/activities/{activity.Id}";
        Assert.Equal(HttpStatusCode.Redirect, (await anchor.PostFormAsync(url, url, Activity("Warehouse interviews, round 1", "12", "3", activity.Version.ToString()))).StatusCode);
        var late = await (await editor.PostFormAsync(url, url, Activity("Warehouse interviews (editor)", "14", "3", activity.Version.ToString()))).ReadPageAsync();
        Assert.Contains("Someone changed this while you were editing it", late.Text());
        Assert.Equal("Warehouse interviews (editor)", late.QuerySelector("#Form_Title")!.GetAttribute("value"));
        Assert.Equal("Warehouse interviews, round 1", factory.Query(db => db.ResearchActivities.Single(a => a.Id == activity.Id).Title));

        // A pilot: planned, then running (which completes the milestone), with a cycle.
        var created = await anchor.PostFormAsync($"{research}/pilots/new", $"{research}/pilots/new", PilotFields("Planned"));
        var pilotUrl = created.Headers.Location!.OriginalString;
        var pilot = factory.Query(db => db.Pilots.Single());
        Assert.Equal(MilestoneStatus.NotStarted, factory.Query(db => db.Milestones.Single(m => m.CohortRegionId == ohio && m.Title == "Pilot or prototype under way").Status));
        Assert.Equal(HttpStatusCode.Redirect, (await anchor.PostFormAsync(pilotUrl, pilotUrl, PilotFields("Running", pilot.Version.ToString()))).StatusCode);
        Assert.Equal(MilestoneStatus.Done, factory.Query(db => db.Milestones.Single(m => m.CohortRegionId == ohio && m.Title == "Pilot or prototype under way").Status));
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostFormAsync(pilotUrl, $"{pilotUrl}/cycles", ("Cycle.StartedOn", "2026-11-16"), ("Cycle.Plan", "Post schedules at two sites."),
            ("Cycle.Do", "Done for three weeks."), ("Cycle.Study", "Call-outs fell by a third."), ("Cycle.Act", "Add the third site."))).StatusCode);
        Assert.Contains("Call-outs fell by a third.", (await anchor.GetPageAsync(pilotUrl)).QuerySelector("[data-testid=pdsa-cycle]")!.TextContent);
        var csv = await (await anchor.GetAsync($"{research}/export.csv?pilots=true")).Content.ReadAsStringAsync();
        Assert.Contains("Two-week schedules,Running", csv);
        Assert.Contains("Add the third site.", csv);

        // Outside the region: 404 for every page and post; a viewer reads but changes nothing.
        var outsider = await factory.SignedInAsync(cohort.Puget.Owner.Email);
        foreach (var path in new[] { "", "/activities/new", $"/activities/{activity.Id}", "/pilots/new", $"/pilots/{pilot.Id}", "/export.csv", "/export.xlsx?pilots=true" })
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"{research}{path}")).StatusCode);
        var own = $"/regions/{puget}/research";
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostFormAsync(own, $"{research}/activities/new", Activity("Sneaky", "1", "0"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostFormAsync(own, url, Activity("Renamed", "1", "0", factory.Query(db => db.ResearchActivities.Single(a => a.Id == activity.Id).Version.ToString())))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostFormAsync(own, $"{research}/pilots/{pilot.Id}/cycles", ("Cycle.StartedOn", "2026-11-20"), ("Cycle.Plan", "x"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostFormAsync(own, pilotUrl, PilotFields("Stopped", factory.Query(db => db.Pilots.Single().Version.ToString())))).StatusCode);
        var viewerAccount = await factory.Given.AccountAsync(Roles.Anchor);
        await factory.Given.AddMemberAsync(factory.Given.CastOrganization, viewerAccount, MemberRole.Viewer);
        var viewer = await factory.SignedInAsync(viewerAccount.Email);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync(pilotUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await viewer.GetAsync($"{research}/activities/new")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await viewer.PostFormAsync(pilotUrl, pilotUrl, PilotFields("Stopped", factory.Query(db => db.Pilots.Single().Version.ToString())))).StatusCode);
        Assert.Equal(PilotStatus.Running, factory.Query(db => db.Pilots.Single().Status));
        Assert.Equal(1, factory.Query(db => db.PdsaCycles.Count()));
    }
}
