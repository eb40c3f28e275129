using System.Net;
using Raaqj.IntegrationTests.Builders;
using Raaqj.IntegrationTests.Infrastructure;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Domain.Organizations;
using Raaqj.Web.Domain.Planning;
using Raaqj.Web.Domain.Timeline;

namespace Raaqj.IntegrationTests.Planning;

// Readiness assessments through HTTP: a region scores element by element with several people, submits once every item
// is scored (which completes its milestone), sees its gaps with a way to ask for help, and the change since the last
// one; nobody outside the region reads or changes any of it, and a submitted assessment never changes.
public sealed class AssessmentTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    // The organizational readiness instrument's five elements, two items each (ReadinessInstruments).
    private static readonly int[] Elements = [101, 102, 103, 104, 105];

    private static int Item(int element, int position) => element * 10 + position;

    private static async Task<HttpResponseMessage> ScoreAsync(HttpClient client, int region, int id, int element, int first, int second, string? firstVersion = "", string? secondVersion = "")
    {
        var page = $"/regions/{region}/assessments/{id}";
        return await client.PostFormAsync(page, $"{page}/elements/{element}", ("Items[0].ItemId", Item(element, 1).ToString()), ("Items[0].Score", first.ToString()),
            ("Items[0].Version", firstVersion ?? ""), ("Items[1].ItemId", Item(element, 2).ToString()), ("Items[1].Score", second.ToString()), ("Items[1].Version", secondVersion ?? ""));
    }

    private async Task<int> StartAsync(HttpClient client, int region, string label)
    {
        var response = await client.PostFormAsync($"/regions/{region}/assessments", $"/regions/{region}/assessments", ("kind", "OrganizationalReadiness"), ("label", label));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return factory.Query(db => db.RegionAssessments.Single(a => a.Label == label).Id);
    }

    private async Task SubmitAsync(HttpClient client, int region, int id, HttpStatusCode expected = HttpStatusCode.Redirect)
    {
        var page = $"/regions/{region}/assessments/{id}";
        var version = (await client.GetPageAsync(page)).QuerySelector("input[name=version]")!.GetAttribute("value")!;
        Assert.Equal(expected, (await client.PostFormAsync(page, $"{page}/submit", ("version", version))).StatusCode);
    }

    [Fact]
    public async Task A_region_scores_with_two_people_submits_sees_its_gaps_and_change_and_nobody_else_reads_or_changes_it()
    {
        var cohort = await factory.ReleasedCohortAsync();
        var (ohio, puget) = (cohort.Regions["Northeast Ohio"], cohort.Regions["Puget Sound"]);
        var anchor = await factory.SignedInAsync(Accounts.Anchor);
        var editorAccount = await factory.Given.AccountAsync(Roles.Anchor);
        await factory.Given.AddMemberAsync(factory.Given.CastOrganization, editorAccount, MemberRole.Editor);
        var editor = await factory.SignedInAsync(editorAccount.Email);
        var baseline = await StartAsync(anchor, ohio, "Baseline");
        var page = $"/regions/{ohio}/assessments/{baseline}";

        // Two people on different elements both keep their work; the same element, the second is told and keeps nothing.
        Assert.Equal(HttpStatusCode.Redirect, (await ScoreAsync(anchor, ohio, baseline, Elements[0], 1, 2)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ScoreAsync(editor, ohio, baseline, Elements[1], 3, 4)).StatusCode);
        Assert.Equal(4, factory.Query(db => db.AssessmentAnswers.Count(a => a.RegionAssessmentId == baseline)));
        var late = await ScoreAsync(editor, ohio, baseline, Elements[0], 4, 4);
        Assert.Contains("Someone scored this element", (await editor.GetPageAsync(late.Headers.Location!.OriginalString)).Text());
        Assert.Equal([1, 2], factory.Query(db => db.AssessmentAnswers.Where(a => a.RegionAssessmentId == baseline && a.AssessmentItemId < Item(Elements[1], 1))
            .OrderBy(a => a.AssessmentItemId).Select(a => a.Score).ToList()));

        // Not every item scored: refused, and nothing submitted.
        await SubmitAsync(anchor, ohio, baseline);
        Assert.Equal(AssessmentStatus.Draft, factory.Query(db => db.RegionAssessments.Single(a => a.Id == baseline).Status));
        foreach (var element in Elements.Skip(2))
            Assert.Equal(HttpStatusCode.Redirect, (await ScoreAsync(anchor, ohio, baseline, element, 3, 3)).StatusCode);

        // Outside the region: 404 for every page and post; a viewer reads but changes nothing.
        var outsider = await factory.SignedInAsync(cohort.Puget.Owner.Email);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/regions/{ohio}/assessments")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(page)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostFormAsync($"/regions/{puget}/assessments", $"/regions/{ohio}/assessments", ("kind", "CommunityReadiness"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostFormAsync($"/regions/{puget}/assessments", $"{page}/elements/{Elements[4]}",
            ("Items[0].ItemId", Item(Elements[4], 1).ToString()), ("Items[0].Score", "1"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostFormAsync($"/regions/{puget}/assessments", $"{page}/submit", ("version", Guid.Empty.ToString()))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/regions/{puget}/assessments/{baseline}")).StatusCode);
        var viewerAccount = await factory.Given.AccountAsync(Roles.Anchor);
        await factory.Given.AddMemberAsync(factory.Given.CastOrganization, viewerAccount, MemberRole.Viewer);
        var viewer = await factory.SignedInAsync(viewerAccount.Email);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync(page)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await viewer.PostFormAsync(page, $"{page}/elements/{Elements[4]}", ("Items[0].ItemId", Item(Elements[4], 1).ToString()), ("Items[0].Score", "1"))).StatusCode);
        Assert.Equal(3, factory.Query(db => db.AssessmentAnswers.Single(a => a.RegionAssessmentId == baseline && a.AssessmentItemId == Item(Elements[4], 1)).Score));

        // Submitted: the region's milestone is done through the event, and the scores no longer change.
        await SubmitAsync(anchor, ohio, baseline);
        Assert.Equal(AssessmentStatus.Submitted, factory.Query(db => db.RegionAssessments.Single(a => a.Id == baseline).Status));
        Assert.Equal(MilestoneStatus.Done, factory.Query(db => db.Milestones.Single(m => m.CohortRegionId == ohio && m.Title == "Organizational readiness assessment completed").Status));
        var answers = factory.Query(db => db.AssessmentAnswers.Where(a => a.RegionAssessmentId == baseline).Select(a => new { a.AssessmentItemId, a.Version }).ToList());
        var frozen = await ScoreAsync(anchor, ohio, baseline, Elements[2], 4, 4,
            answers.Single(a => a.AssessmentItemId == Item(Elements[2], 1)).Version.ToString(), answers.Single(a => a.AssessmentItemId == Item(Elements[2], 2)).Version.ToString());
        Assert.Contains("submitted", (await anchor.GetPageAsync(frozen.Headers.Location!.OriginalString)).Text());
        Assert.Equal(3, factory.Query(db => db.AssessmentAnswers.Single(a => a.RegionAssessmentId == baseline && a.AssessmentItemId == Item(Elements[2], 1)).Score));

        // The gaps (the items scored 1 and 2) each open a TA request filled in with the item's expert area.
        var list = await anchor.GetPageAsync($"/regions/{ohio}/assessments");
        var gaps = list.QuerySelectorAll("[data-testid=gaps] li");
        Assert.Equal(2, gaps.Length);
        var ask = gaps[0].QuerySelector("a")!.GetAttribute("href")!;
        var form = await anchor.GetPageAsync(ask);
        Assert.Equal("1", form.QuerySelector("#Form_AreaId option[selected]")!.GetAttribute("value"));
        Assert.StartsWith("Help with: Leaders have made job quality", form.QuerySelector("#Form_Title")!.GetAttribute("value"));

        // Staff review it; a second assessment shows the change by element.
        Assert.Equal(HttpStatusCode.Redirect, (await cohort.Staff.PostFormAsync(page, $"{page}/review", ("note", "A candid baseline."))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anchor.PostFormAsync(page, $"{page}/review", ("note", "Self-review"))).StatusCode);
        var later = await StartAsync(anchor, ohio, "Month 12");
        foreach (var element in Elements)
            Assert.Equal(HttpStatusCode.Redirect, (await ScoreAsync(anchor, ohio, later, element, 4, 3)).StatusCode);
        await SubmitAsync(anchor, ohio, later);
        var change = (await anchor.GetPageAsync($"/regions/{ohio}/assessments")).QuerySelectorAll("[data-testid=change-row]").Select(r => r.TextContent).ToList();
        Assert.Equal(5, change.Count);
        Assert.Contains(change, r => r.Contains("Leadership and governance") && r.Contains("+2.0"));
        // Staff see the cohort side by side from each region's latest assessment; the region's profile is charted with its table.
        var heatmap = (await cohort.Staff.GetPageAsync($"/program/{cohort.Program}/readiness")).QuerySelector("[data-testid=heatmap]")!;
        Assert.Contains("3.5", heatmap.QuerySelectorAll("tbody tr").First(r => r.TextContent.Contains("Leadership and governance")).TextContent);
        Assert.Equal(HttpStatusCode.Forbidden, (await anchor.GetAsync($"/program/{cohort.Program}/readiness")).StatusCode);
        Assert.NotNull((await anchor.GetPageAsync($"/regions/{ohio}/assessments")).QuerySelector("canvas[data-chart]"));
        Assert.Contains(change, r => r.Contains("Partnerships and convening") && r.Contains("3.5") && r.TrimEnd().EndsWith("0.0") && !r.Contains("+"));
    }

    [Fact]
    public async Task Staff_change_an_instrument_only_as_a_new_version_and_past_assessments_keep_the_one_they_answered()
    {
        var cohort = await factory.ReleasedCohortAsync();
        var ohio = cohort.Regions["Northeast Ohio"];
        var anchor = await factory.SignedInAsync(Accounts.Anchor);
        var baseline = await StartAsync(anchor, ohio, "Baseline");

        // The current version cannot change; a new one is copied from it (twice asking makes one).
        var item = Item(Elements[0], 1);
        var refused = await cohort.Staff.PostFormAsync("/program/instruments/1", $"/program/instruments/1/items/{item}",
            ("Text", "Rewritten"), ("Level1", "a"), ("Level2", "b"), ("Level3", "c"), ("Level4", "d"));
        Assert.Contains("cannot change", (await cohort.Staff.GetPageAsync(refused.Headers.Location!.OriginalString)).Text());
        var started = await cohort.Staff.PostFormAsync("/program/instruments", "/program/instruments", ("kind", "OrganizationalReadiness"));
        Assert.Equal(HttpStatusCode.Redirect, (await cohort.Staff.PostFormAsync("/program/instruments", "/program/instruments", ("kind", "OrganizationalReadiness"))).StatusCode);
        var next = factory.Query(db => db.AssessmentInstruments.Single(i => i.Kind == AssessmentKind.OrganizationalReadiness && i.Version == 2));
        Assert.Equal(started.Headers.Location!.OriginalString, $"/program/instruments/{next.Id}");
        Assert.Equal(2, factory.Query(db => db.AssessmentInstruments.Count(i => i.Kind == AssessmentKind.OrganizationalReadiness)));
        var copy = factory.Query(db => db.AssessmentItems.Where(i => db.AssessmentElements.Any(e => e.Id == i.AssessmentElementId && e.AssessmentInstrumentId == next.Id))
            .OrderBy(i => i.Id).First().Id);
        Assert.Equal(HttpStatusCode.Redirect, (await cohort.Staff.PostFormAsync($"/program/instruments/{next.Id}", $"/program/instruments/{next.Id}/items/{copy}",
            ("Text", "Leaders have a written job quality commitment"), ("Level1", "None"), ("Level2", "Draft"), ("Level3", "Adopted"), ("Level4", "Reported on"))).StatusCode);
        // Nobody but staff keeps instruments.
        Assert.Equal(HttpStatusCode.Forbidden, (await anchor.PostFormAsync($"/regions/{ohio}/assessments", $"/program/instruments/{next.Id}/current")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await cohort.Staff.PostFormAsync($"/program/instruments/{next.Id}", $"/program/instruments/{next.Id}/current")).StatusCode);

        // New assessments use version 2; the baseline (submitted) keeps version 1 and its item as it was.
        foreach (var element in Elements)
            Assert.Equal(HttpStatusCode.Redirect, (await ScoreAsync(anchor, ohio, baseline, element, 3, 2)).StatusCode);
        await SubmitAsync(anchor, ohio, baseline);
        var later = await StartAsync(anchor, ohio, "Month 12");
        Assert.Equal(next.Id, factory.Query(db => db.RegionAssessments.Single(a => a.Id == later).AssessmentInstrumentId));
        Assert.Equal(1, factory.Query(db => db.RegionAssessments.Single(a => a.Id == baseline).AssessmentInstrumentId));
        Assert.StartsWith("Leaders have made job quality", factory.Query(db => db.AssessmentItems.Single(i => i.Id == item).Text));
        Assert.Contains("Leaders have a written job quality commitment", (await anchor.GetPageAsync($"/regions/{ohio}/assessments/{later}")).Text());
        var refusedAgain = await cohort.Staff.PostFormAsync($"/program/instruments/{next.Id}", $"/program/instruments/{next.Id}/items/{copy}",
            ("Text", "Changed after use"), ("Level1", "a"), ("Level2", "b"), ("Level3", "c"), ("Level4", "d"));
        Assert.Equal(HttpStatusCode.Redirect, refusedAgain.StatusCode);
        Assert.Equal("Leaders have a written job quality commitment", factory.Query(db => db.AssessmentItems.Single(i => i.Id == copy).Text));
    }
}
