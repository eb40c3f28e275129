using System.Net;
using Raaqj.IntegrationTests.Builders;
using Raaqj.IntegrationTests.Infrastructure;
using Raaqj.Web.Domain.Outreach;

namespace Raaqj.IntegrationTests.Funding;

// Outreach through HTTP: staff target regions by their counties; a proposal submitted and selected from a target
// region's counties links to it and moves it through the funnel; finding counties saves nothing; it is staff's alone.
public sealed class OutreachTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    private static (string, string)[] Fields(string name, string stage, string version, params string[] counties) =>
    [
        ("Form.Name", name), ("Form.Why", "Strong anchors."), ("Form.Stage", stage), ("Form.ContactName", "Dana Reyes"), ("Form.ContactOrganization", ""), ("Form.ContactEmail", ""),
        ("Form.Notes", ""), ("Form.Version", version), .. counties.Select(c => ("Form.Counties", c)),
    ];

    [Fact]
    public async Task Target_regions_link_to_the_proposals_from_their_counties_and_the_funnel_follows()
    {
        var cohort = await factory.ReleasedCohortAsync();
        var staff = cohort.Staff;
        var outreach = $"/program/{cohort.Program}/outreach";

        // Finding counties shows them and saves nothing.
        var search = await (await staff.PostFormAsync($"{outreach}/new", $"{outreach}/new", [.. Fields("Northeast Ohio", "Contacted", ""), ("Form.CountySearch", "cuyahoga oh"), ("Form.Intent", "search")]))
            .ReadPageAsync();
        Assert.NotNull(search.QuerySelector("#add-39035"));
        Assert.Equal("Northeast Ohio", search.QuerySelector("#Form_Name")!.GetAttribute("value"));
        Assert.Equal(0, factory.Query(db => db.TargetRegions.Count()));
        // A region with no county is refused next to the counties.
        Assert.Contains("Choose at least one county", (await (await staff.PostFormAsync($"{outreach}/new", $"{outreach}/new", Fields("Nowhere", "Identified", ""))).ReadPageAsync()).Text());

        foreach (var (name, stage, county) in new[] { ("Northeast Ohio", "Contacted", "39035"), ("Puget Sound", "Interested", "53033"), ("Greater Birmingham", "Identified", "01073") })
            Assert.Equal(HttpStatusCode.Redirect, (await staff.PostFormAsync($"{outreach}/new", $"{outreach}/new", Fields(name, stage, "", county))).StatusCode);

        // Both selected regions proposed from targeted counties: the funnel reads 3 targeted, 2 contacted, 2 interested, 2 applied, 2 selected.
        var page = await staff.GetPageAsync(outreach);
        Assert.Equal(["3", "2", "2", "2", "2"], Enum.GetValues<OutreachStage>().Select(s => page.QuerySelector($"[data-testid=funnel-{s}]")!.TextContent));
        var ohio = page.QuerySelectorAll("[data-testid=target-row]").Single(r => r.TextContent.Contains("Northeast Ohio"));
        Assert.Equal("Selected", ohio.QuerySelector("[data-testid=outreach-stage]")!.TextContent);
        Assert.Contains("selected", ohio.TextContent);
        Assert.Equal("Targeted", page.QuerySelectorAll("[data-testid=target-row]").Single(r => r.TextContent.Contains("Birmingham")).QuerySelector("[data-testid=outreach-stage]")!.TextContent);
        Assert.Equal(3, page.QuerySelectorAll("svg g.region").Length);

        // Staff move a region on; a stale form is told and keeps what was typed.
        var birmingham = factory.Query(db => db.TargetRegions.Single(t => t.Name == "Greater Birmingham"));
        var url = $"{outreach}/{birmingham.Id}";
        Assert.Equal(HttpStatusCode.Redirect, (await staff.PostFormAsync(url, url, Fields("Greater Birmingham", "Contacted", birmingham.Version.ToString(), "01073"))).StatusCode);
        var stale = await (await staff.PostFormAsync(url, url, Fields("Birmingham (stale)", "Interested", birmingham.Version.ToString(), "01073"))).ReadPageAsync();
        Assert.Contains("Someone changed this region", stale.Text());
        Assert.Equal("Birmingham (stale)", stale.QuerySelector("#Form_Name")!.GetAttribute("value"));
        Assert.Equal(OutreachStage.Contacted, factory.Query(db => db.TargetRegions.Single(t => t.Id == birmingham.Id).Stage));

        var anchor = await factory.SignedInAsync(Accounts.Anchor);
        foreach (var path in new[] { "", "/new", $"/{birmingham.Id}" })
            Assert.Equal(HttpStatusCode.Forbidden, (await anchor.GetAsync($"{outreach}{path}")).StatusCode);
    }
}
