using System.IO.Compression;
using System.Net;
using Raaqj.IntegrationTests.Infrastructure;
using Raaqj.Web.Domain.Audit;

namespace Raaqj.IntegrationTests.Selection;

// Ranking, weights, sensitivity, portfolio and map on a reviewed round (still open for proposals).
public sealed class SelectionTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    private const int SubmittedCount = 8;
    private Dictionary<string, (int Proposal, string Owner)> regions = [];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        regions = await Builders.SelectionRound.BuildAsync(factory);
    }

    private int ProposalOf(string region) => regions[region].Proposal;

    public static TheoryData<string> StaffPages =>
    [
        "/selection", "/selection/sensitivity", "/selection/portfolio", "/selection/portfolio?suggest=true", "/selection/map",
        "/selection/decisions", "/selection/decisions/{first}", "/selection/cohort/summary", "/selection/ranking.csv", "/selection/decisions.xlsx",
    ];

    [Theory]
    [MemberData(nameof(StaffPages))]
    public async Task Only_staff_reach_the_selection_pages(string url)
    {
        url = url.Replace("{first}", ProposalOf("Northeast Ohio").ToString());
        var anonymous = factory.NewClient();
        var anchor = await factory.SignedInAsync(Accounts.Anchor);
        var reviewer = await factory.SignedInAsync(Accounts.Reviewer);
        var staff = await factory.SignedInAsync(Accounts.Staff);

        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await anchor.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Nobody_but_staff_changes_weights_shortlists_decides_or_releases()
    {
        var anchor = await factory.SignedInAsync(Accounts.Anchor);
        var proposal = ProposalOf("Northeast Ohio");
        var before = factory.Query(db => (db.SelectionDecisions.Count(), db.AuditEntries.Count()));

        foreach (var action in new[] { "/selection/weights", $"/selection/portfolio/{proposal}/add", "/selection/portfolio/apply", $"/selection/decisions/{proposal}", "/selection/decisions/release", "/selection/portfolio/rules" })
        {
            var response = await anchor.PostFormAsync("/dashboard/anchor", action, ("Form.Outcome", "Selected"), ("Form.Rationale", "x"), ("ids", proposal.ToString()));
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
        Assert.Equal(before, factory.Query(db => (db.SelectionDecisions.Count(), db.AuditEntries.Count())));
    }

    [Fact]
    public async Task The_ranking_shows_review_scores_and_priority_factors_side_by_side_in_combined_order()
    {
        var staff = await factory.SignedInAsync(Accounts.Staff);

        var page = await staff.GetPageAsync("/selection");

        var rows = page.QuerySelectorAll("tbody tr");
        Assert.Equal(SubmittedCount, rows.Length);
        var combined = rows.Select(r => double.Parse(r.QuerySelector("td.fw-semibold")!.TextContent)).ToList();
        Assert.Equal(combined.OrderDescending(), combined);
        var ohio = rows.Single(r => r.TextContent.Contains(Accounts.AnchorOrganization)).TextContent;
        Assert.Contains("$120,000", ohio); // committed match (county and in-kind)
        Assert.Contains("$75,000", ohio);  // pending (the foundation)
        Assert.Contains("1.30", ohio);     // $195,000 of match for $150,000 requested
        Assert.Contains("Yes (2)", ohio);
        Assert.Contains("Midwest", ohio);
        Assert.DoesNotContain(rows, r => r.TextContent.Contains("Piedmont")); // a draft is not ranked
    }

    [Fact]
    public async Task Every_column_sorts_and_the_filters_narrow_the_list()
    {
        var staff = await factory.SignedInAsync(Accounts.Staff);

        var byAmount = await staff.GetPageAsync("/selection?sort=amount&dir=asc");
        var inTexas = await staff.GetPageAsync("/selection?state=TX");
        var west = await staff.GetPageAsync("/selection?region=West");
        var found = await staff.GetPageAsync("/selection?q=kansas");
        var noMatch = await staff.GetPageAsync("/selection?match=none");
        var strong = await staff.GetPageAsync("/selection?column=combined&min=60");
        var midsize = await staff.GetPageAsync("/selection?column=amount&min=145000&max=160000");

        var amounts = byAmount.QuerySelectorAll("tbody tr").Select(r => decimal.Parse(r.Children[5].TextContent.Trim('$').Replace(",", ""))).ToList();
        Assert.Equal(amounts.Order(), amounts);
        Assert.Equal("ascending", byAmount.QuerySelector("th[aria-sort]")!.GetAttribute("aria-sort"));
        Assert.Contains("Rio Grande Valley", Assert.Single(inTexas.QuerySelectorAll("tbody tr")).TextContent);
        Assert.Equal(["CA", "WA"], west.QuerySelectorAll("tbody tr").Select(r => r.Children[4].TextContent[..2]).Order());
        Assert.Contains("Heartland Workforce Alliance", Assert.Single(found.QuerySelectorAll("tbody tr")).TextContent);
        Assert.Contains("Mississippi Delta", Assert.Single(noMatch.QuerySelectorAll("tbody tr")).TextContent);
        var strongScores = strong.QuerySelectorAll("tbody tr").Select(r => double.Parse(r.QuerySelector("td.fw-semibold")!.TextContent)).ToList();
        Assert.NotEmpty(strongScores);
        Assert.True(strongScores.Count < SubmittedCount);
        Assert.All(strongScores, score => Assert.True(score >= 60));
        var midsizeAmounts = midsize.QuerySelectorAll("tbody tr").Select(r => decimal.Parse(r.Children[5].TextContent.Trim('$').Replace(",", ""))).ToList();
        Assert.Equal([150_000m, 150_000m, 160_000m], midsizeAmounts.Order());
        foreach (var sort in Raaqj.Web.Features.Selection.RankingHandler.Sorts.Keys)
            Assert.Equal(SubmittedCount, (await staff.GetPageAsync($"/selection?sort={sort}")).QuerySelectorAll("tbody tr").Length);
    }

    [Fact]
    public async Task Weights_that_do_not_total_100_are_refused_with_what_was_typed_kept()
    {
        var staff = await factory.SignedInAsync(Accounts.Staff);
        var version = (await staff.GetPageAsync("/selection")).QuerySelector("input[name='Form.Version']")!.GetAttribute("value")!;
        var before = factory.Query(db => db.RequestsForAction.Select(r => new { r.ReviewScoreWeight, r.LocalMatchWeight }).ToList());

        var response = await staff.PostFormAsync("/selection", "/selection/weights", ("Form.Version", version), ("Form.ReviewScore", "80"),
            ("Form.LocalMatch", "30"), ("Form.PopulationConcentration", "10"), ("Form.PastPartnership", "-5"));

        var page = await response.ReadPageAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Enter a weight from 0 to 100.", page.FieldError("Form_PastPartnership"));
        Assert.Equal("80", page.GetElementById("Form_ReviewScore")!.GetAttribute("value"));
        var total = await (await staff.PostFormAsync("/selection", "/selection/weights", ("Form.Version", version), ("Form.ReviewScore", "80"),
            ("Form.LocalMatch", "30"), ("Form.PopulationConcentration", "10"), ("Form.PastPartnership", "0"))).ReadPageAsync();
        Assert.Contains("The weights total 120; they must total 100.", total.QuerySelector(".alert-danger")!.TextContent);
        Assert.Equal(before, factory.Query(db => db.RequestsForAction.Select(r => new { r.ReviewScoreWeight, r.LocalMatchWeight }).ToList()));
    }

    [Fact]
    public async Task Saved_weights_change_the_ranking_are_audited_and_a_stale_form_is_refused()
    {
        var staff = await factory.SignedInAsync(Accounts.Staff);
        var version = (await staff.GetPageAsync("/selection")).QuerySelector("input[name='Form.Version']")!.GetAttribute("value")!;
        static (string, string)[] MatchOnly(string v) => [("Form.Version", v), ("Form.ReviewScore", "0"), ("Form.LocalMatch", "100"), ("Form.PopulationConcentration", "0"), ("Form.PastPartnership", "0")];

        var saved = await staff.PostFormAsync("/selection", "/selection/weights", MatchOnly(version));
        var stale = await staff.PostFormAsync("/selection", "/selection/weights", MatchOnly(version));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Someone else changed", (await stale.ReadPageAsync()).QuerySelector(".alert-danger")!.TextContent);
        var audit = factory.Query(db => db.AuditEntries.Where(a => a.Action == AuditActions.SelectionWeightsChanged).ToList());
        Assert.Contains(audit, a => a.After!.Contains("\"LocalMatch\":100"));
        var page = await staff.GetPageAsync("/selection");
        // Only local match counts now, up to a dollar per dollar: the regions with the most match per dollar lead.
        Assert.Contains(Accounts.AnchorOrganization, page.QuerySelectorAll("tbody tr")[0].TextContent + page.QuerySelectorAll("tbody tr")[1].TextContent);
    }

    [Fact]
    public async Task The_sensitivity_page_names_each_scenario_and_how_robust_each_top_place_is()
    {
        var staff = await factory.SignedInAsync(Accounts.Staff);

        var page = await staff.GetPageAsync("/selection/sensitivity");

        var criteria = factory.Query(db => db.SelectionCriteria.Count());
        var scenarios = page.QuerySelectorAll("details li");
        Assert.Equal(2 * (criteria + 4), scenarios.Length);
        Assert.Contains(scenarios, s => s.TextContent.StartsWith("Past partnerships +10"));
        Assert.True(page.QuerySelectorAll("tbody tr").Length >= 6);
        Assert.Contains(page.QuerySelectorAll("tbody .badge"), b => b.TextContent is "Robust");
    }

    [Fact]
    public async Task Shortlisting_is_audited_and_the_portfolio_totals_and_warns_against_the_rules()
    {
        var staff = await factory.SignedInAsync(Accounts.Staff);
        var ohio = ProposalOf("Northeast Ohio");
        var centralOhio = ProposalOf("Central Ohio");
        var version = (await staff.GetPageAsync("/selection/portfolio")).QuerySelector("input[name='Form.Version']")!.GetAttribute("value")!;
        await staff.PostFormAsync("/selection/portfolio", "/selection/portfolio/rules", ("Form.Version", version), ("Form.CohortSize", "6"), ("Form.CohortBudget", "250000"), ("Form.OneRegionPerState", "true"));

        await staff.PostFormAsync("/selection/portfolio", $"/selection/portfolio/{ohio}/add");
        var added = await staff.PostFormAsync("/selection/portfolio", $"/selection/portfolio/{centralOhio}/add");
        var page = await staff.GetPageAsync("/selection/portfolio");

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var warnings = page.GetElementById("portfolio-warnings")!.TextContent;
        Assert.Contains("$290,000, $40,000 over the available budget of $250,000", warnings);
        Assert.Contains("OH has 2 shortlisted regions", warnings);
        Assert.Equal("2 of 6", string.Join(" ", page.QuerySelector("#totals-heading ~ .row .stat")!.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        Assert.Equal(2, factory.Query(db => db.AuditEntries.Count(a => a.Action == AuditActions.Shortlisted)));
        Assert.Equal(1, factory.Query(db => db.AuditEntries.Count(a => a.Action == AuditActions.SelectionRulesChanged)));

        await staff.PostFormAsync("/selection/portfolio", $"/selection/portfolio/{centralOhio}/remove");
        await staff.PostFormAsync("/selection/portfolio", $"/selection/portfolio/{ohio}/remove");
        Assert.Equal(0, factory.Query(db => db.SelectionDecisions.Count(d => d.IsShortlisted)));
        Assert.Equal(HttpStatusCode.NotFound, (await staff.PostFormAsync("/selection/portfolio", $"/selection/portfolio/{ProposalOf("Charlotte-Piedmont")}/add")).StatusCode);
    }

    [Fact]
    public async Task The_suggestion_keeps_the_rules_and_can_become_the_shortlist()
    {
        var staff = await factory.SignedInAsync(Accounts.Staff);

        var page = await staff.GetPageAsync("/selection/portfolio?suggest=true");

        var ids = page.QuerySelectorAll("#suggestion input[name=ids]").Select(i => i.GetAttribute("value")!).ToList();
        Assert.Equal(6, ids.Count);
        Assert.Contains("no better set exists", page.GetElementById("suggestion")!.TextContent);
        var applied = await staff.PostFormAsync("/selection/portfolio", "/selection/portfolio/apply", ids.Select(id => ("ids", id)).ToArray());
        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        Assert.Equal(ids.Select(int.Parse).Order(), factory.Query(db => db.SelectionDecisions.Where(d => d.IsShortlisted).Select(d => d.ProposalId).ToList()).Order());
        await staff.PostFormAsync("/selection/portfolio", "/selection/portfolio/apply");
        Assert.Equal(0, factory.Query(db => db.SelectionDecisions.Count(d => d.IsShortlisted)));
    }

    [Fact]
    public async Task The_map_draws_every_submitted_region_from_its_counties()
    {
        var staff = await factory.SignedInAsync(Accounts.Staff);

        var page = await staff.GetPageAsync("/selection/map");

        // The regions are one image over the states, kept by the browser until content changes, for staff only.
        var drawing = page.QuerySelector("#regions-map image#regions-drawing")!.GetAttribute("href")!;
        Assert.StartsWith("/selection/map/regions.svg?v=", drawing);
        var image = await staff.GetAsync(drawing);
        Assert.Equal("image/svg+xml", image.Content.Headers.ContentType?.MediaType);
        Assert.Contains("private", image.Headers.CacheControl?.ToString());
        var svg = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await image.Content.ReadAsStringAsync());
        var regions = svg.QuerySelectorAll("g.region");
        Assert.Equal(SubmittedCount, regions.Length);
        var ohio = regions.Single(g => g.GetAttribute("data-proposal") == ProposalOf("Northeast Ohio").ToString());
        Assert.Equal(5, ohio.QuerySelectorAll("path").Length);
        Assert.StartsWith("M", ohio.QuerySelector("path")!.GetAttribute("d"));
        Assert.Equal(HttpStatusCode.Forbidden, (await (await factory.SignedInAsync(Accounts.Reviewer)).GetAsync(drawing)).StatusCode);
        Assert.Equal(SubmittedCount, page.QuerySelectorAll("table tbody tr").Length);
        var states = page.QuerySelector("#regions-map image.map-states")!.GetAttribute("href")!;
        Assert.StartsWith("/maps/us-states.svg?v=", states);

        // The states underneath are one image every map shares, kept by the browser, and public like the states themselves.
        var statesImage = await factory.NewClient().GetAsync(states);
        Assert.Equal("image/svg+xml", statesImage.Content.Headers.ContentType?.MediaType);
        Assert.Contains("immutable", statesImage.Headers.CacheControl?.ToString());
        Assert.Equal(51, System.Text.RegularExpressions.Regex.Count(await statesImage.Content.ReadAsStringAsync(), "<path d=\"M"));
    }

    [Fact]
    public async Task Release_waits_for_the_round_to_close_and_changes_nothing_before()
    {
        var staff = await factory.SignedInAsync(Accounts.Staff);

        var response = await staff.PostFormAsync("/selection/decisions", "/selection/decisions/release");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("still open for proposals", (await staff.GetPageAsync("/selection/decisions")).QuerySelector(".alert-danger, [role=alert]")!.TextContent);
        Assert.Equal(0, factory.Query(db => db.SelectionDecisions.Count(d => d.ReleasedOutcome != null)));
    }

    [Fact]
    public async Task The_ranking_exports_to_csv_and_excel_as_filtered()
    {
        var staff = await factory.SignedInAsync(Accounts.Staff);

        var csv = await (await staff.GetAsync("/selection/ranking.csv?region=South")).Content.ReadAsStringAsync();
        var xlsx = await staff.GetAsync("/selection/ranking.xlsx");

        var lines = csv.TrimStart('\uFEFF').Trim().Split('\n');
        Assert.StartsWith("Rank,Receipt,Organization,Region,States,Census regions,Amount requested", lines[0]);
        Assert.Equal(1 + 3, lines.Length); // Texas, Georgia, Mississippi
        using var zip = new ZipArchive(await xlsx.Content.ReadAsStreamAsync());
        var sheet = new StreamReader(zip.Entries.First(e => e.FullName.StartsWith("xl/worksheets/")).Open()).ReadToEnd();
        Assert.Contains("Puget Sound Jobs Council", sheet);
    }
}
