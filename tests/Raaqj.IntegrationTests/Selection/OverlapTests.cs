using System.Net;
using Raaqj.IntegrationTests.Infrastructure;
using Raaqj.Web.Domain.Proposals;

namespace Raaqj.IntegrationTests.Selection;

// On a reviewed round, Central Ohio is made to claim Cuyahoga County (39035), which Northeast Ohio claims too.
public sealed class OverlapTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    private int ProposalOf(string region) => factory.Query(db => db.Proposals.Single(p => p.RegionName == region).Id);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Builders.SelectionRound.BuildAsync(factory);
        var central = ProposalOf("Central Ohio");
        await factory.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<Raaqj.Web.Data.AppDbContext>();
            if (!db.ProposalCounties.Any(c => c.ProposalId == central && c.Fips == "39035"))
                db.ProposalCounties.Add(new ProposalCounty { ProposalId = central, Fips = "39035", StateCode = "OH" });
            return await db.SaveChangesAsync();
        });
    }


    [Theory]
    [InlineData("/intake")]
    [InlineData("/selection")]
    [InlineData("/selection/portfolio")]
    [InlineData("/selection/map")]
    [InlineData("/selection/decisions")]
    public async Task Every_list_flags_the_regions_that_share_a_county_and_names_it(string page)
    {
        var staff = await factory.SignedInAsync(Accounts.Staff);

        var text = (await staff.GetPageAsync(page)).QuerySelectorAll(".overlaps").Select(o => o.TextContent).ToList();

        Assert.Contains(text, t => t.Contains("Shares 1 county with Central Ohio: Cuyahoga, OH"));
        Assert.Contains(text, t => t.Contains("Shares 1 county with Northeast Ohio"));
    }

    [Fact]
    public async Task The_proposal_page_and_the_decision_page_say_which_counties_are_shared_and_the_map_hatches_them()
    {
        var staff = await factory.SignedInAsync(Accounts.Staff);
        var ohio = ProposalOf("Northeast Ohio");

        Assert.Contains("Cuyahoga, OH", (await staff.GetPageAsync($"/intake/{ohio}")).QuerySelector(".alert-warning .overlaps")!.TextContent);
        Assert.Contains("Central Ohio", (await staff.GetPageAsync($"/selection/decisions/{ohio}")).QuerySelector(".overlaps")!.TextContent);
        var map = await staff.GetPageAsync("/selection/map");
        Assert.Contains("Claimed by two or more regions (1)", map.QuerySelector("figcaption")!.TextContent);
        var drawing = await staff.GetStringAsync(map.QuerySelector("#regions-drawing")!.GetAttribute("href"));
        Assert.Single(new AngleSharp.Html.Parser.HtmlParser().ParseDocument(drawing).QuerySelectorAll("g.shared path"));
    }

    [Fact]
    public async Task With_the_county_rule_on_the_suggestion_never_holds_both_and_a_shortlist_of_both_is_warned()
    {
        var staff = await factory.SignedInAsync(Accounts.Staff);
        var (ohio, central) = (ProposalOf("Northeast Ohio"), ProposalOf("Central Ohio"));
        var version = (await staff.GetPageAsync("/selection/portfolio")).QuerySelector("input[name='Form.Version']")!.GetAttribute("value")!;
        Assert.Equal(HttpStatusCode.Redirect, (await staff.PostFormAsync("/selection/portfolio", "/selection/portfolio/rules",
            ("Form.Version", version), ("Form.CohortSize", "6"), ("Form.NoSharedCounties", "true"))).StatusCode);

        var suggested = (await staff.GetPageAsync("/selection/portfolio?suggest=true")).QuerySelectorAll("#suggestion input[name=ids]")
            .Select(i => int.Parse(i.GetAttribute("value")!)).ToList();
        await staff.PostFormAsync("/selection/portfolio", $"/selection/portfolio/{ohio}/add");
        await staff.PostFormAsync("/selection/portfolio", $"/selection/portfolio/{central}/add");
        var portfolio = await staff.GetPageAsync("/selection/portfolio");

        Assert.False(suggested.Contains(ohio) && suggested.Contains(central), "the suggestion holds two regions sharing a county");
        Assert.Contains("share 1 county; the rule allows no shared county", portfolio.GetElementById("portfolio-warnings")!.TextContent);
        Assert.Contains("counted twice", portfolio.QuerySelector(".shared-counties-note")!.TextContent);
        Assert.True(factory.Query(db => db.RequestsForAction.Single().NoSharedCounties));
    }

    [Fact]
    public async Task The_cohort_summary_says_that_regions_sharing_counties_count_some_people_twice()
    {
        var staff = await factory.SignedInAsync(Accounts.Staff);
        foreach (var proposal in new[] { ProposalOf("Northeast Ohio"), ProposalOf("Central Ohio") })
        {
            var version = (await staff.GetPageAsync($"/selection/decisions/{proposal}")).QuerySelector("input[name='Form.Version']")!.GetAttribute("value")!;
            Assert.Equal(HttpStatusCode.Redirect, (await staff.PostFormAsync($"/selection/decisions/{proposal}", $"/selection/decisions/{proposal}",
                ("Form.Version", version), ("Form.Outcome", "Selected"), ("Form.Rationale", "Strong"), ("Form.Feedback", ""))).StatusCode);
        }

        var summary = await staff.GetPageAsync("/selection/cohort/summary");

        Assert.Contains("Northeast Ohio and Central Ohio share 1 county (Cuyahoga, OH)", summary.QuerySelector(".shared-counties-note")!.TextContent);
    }
}
