using System.Net;
using System.Text;
using Raaqj.IntegrationTests.Builders;
using Raaqj.IntegrationTests.Infrastructure;

namespace Raaqj.IntegrationTests.Funding;

// Survey data through HTTP: staff upload a CSV, see every row with its errors, and import nothing while a row is
// wrong; a clean file imports once, however often it is confirmed; a region sees the figures for its nation, states
// and counties with their source, and nobody outside it does.
public sealed class SurveyDataTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    private const string Header = "geography,measure,value,unit,period,source,citation\n";

    private static (string, string, byte[]) Csv(string body) => ("file", "figures.csv", Encoding.UTF8.GetBytes(Header + body));

    [Fact]
    public async Task A_dataset_with_a_bad_row_imports_nothing_a_clean_one_imports_once_and_the_region_sees_its_places()
    {
        var cohort = await factory.ReleasedCohortAsync();
        var staff = cohort.Staff;
        var ohio = cohort.Regions["Northeast Ohio"];

        var bad = await staff.PostFileAsync("/survey-data", "/survey-data", Csv("US,Workers in quality jobs,40,%,2025,Survey,Report 2025\nZZ,Bad place,12,%,2025,Survey,Report\nOH,,abc,%,2025,,\n"),
            ("name", "Bad figures"));
        Assert.Equal(HttpStatusCode.Redirect, bad.StatusCode);
        var preview = bad.Headers.Location!.OriginalString;
        var page = await staff.GetPageAsync(preview);
        Assert.Contains("2 of 3 row(s) have errors", page.QuerySelector("[data-testid=survey-summary]")!.TextContent);
        Assert.Contains("Geography “ZZ”", page.QuerySelectorAll("[data-testid=survey-row]")[1].TextContent);
        Assert.Contains("Value “abc” is not a number", page.QuerySelectorAll("[data-testid=survey-row]")[2].TextContent);
        var badId = factory.Query(db => db.SurveyDatasets.Single().Id);
        var version = factory.Query(db => db.SurveyDatasets.Single().Version).ToString();
        Assert.Contains("Nothing was imported", (await (await staff.PostFormAsync(preview, preview, ("version", version))).ReadPageAsync()).Text() +
            (await staff.GetPageAsync(preview)).Text());
        Assert.Equal(0, factory.Query(db => db.SurveyFigures.Count()));

        var good = await staff.PostFileAsync("/survey-data", "/survey-data",
            Csv("US,Workers in quality jobs,40,%,2025,National survey,Report of 2025\nOH,Workers in quality jobs,38.5,%,2025,State survey,State report 2025\n39035,Workers in quality jobs,41,%,2025,County survey,County report\n53033,Workers in quality jobs,44,%,2025,County survey,County report\n"),
            ("name", "Good figures"));
        var goodPreview = good.Headers.Location!.OriginalString;
        var goodVersion = factory.Query(db => db.SurveyDatasets.Single(d => d.Id != badId).Version).ToString();
        foreach (var _ in new[] { 1, 2 })
            Assert.Equal(HttpStatusCode.Redirect, (await staff.PostFormAsync(goodPreview, goodPreview, ("version", goodVersion))).StatusCode);
        Assert.Equal(4, factory.Query(db => db.SurveyFigures.Count()));

        // Northeast Ohio (Cuyahoga County, Ohio) sees the nation, Ohio and its county, each with the source; not Washington's county.
        var anchor = await factory.SignedInAsync(Accounts.Anchor);
        var region = await anchor.GetPageAsync($"/regions/{ohio}/job-quality-data");
        var figures = region.QuerySelectorAll("[data-testid=survey-figure]").Select(f => f.TextContent).ToList();
        Assert.Equal(3, figures.Count);
        Assert.Contains(figures, f => f.Contains("38.5%") && f.Contains("State survey"));
        Assert.Contains(region.QuerySelectorAll("[data-testid=survey-source]"), s => s.TextContent.Contains("State survey") && s.TextContent.Contains("State report 2025"));
        Assert.DoesNotContain(figures, f => f.Contains("44%"));

        var outsider = await factory.SignedInAsync(cohort.Puget.Owner.Email);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/regions/{ohio}/job-quality-data")).StatusCode);
        foreach (var path in new[] { "/survey-data", goodPreview, "/survey-data/template.csv" })
            Assert.Equal(HttpStatusCode.Forbidden, (await anchor.GetAsync(path)).StatusCode);
    }
}
