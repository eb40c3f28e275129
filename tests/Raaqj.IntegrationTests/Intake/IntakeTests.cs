using System.IO.Compression;
using System.Net;
using Raaqj.IntegrationTests.Infrastructure;

namespace Raaqj.IntegrationTests.Intake;

public sealed class IntakeTests(FullDemoFactory factory) : IClassFixture<FullDemoFactory>
{
    [Fact]
    public async Task Staff_see_what_came_in_filter_it_and_read_a_proposal()
    {
        var staff = await factory.SignedInAsync(Accounts.Staff);

        var all = await staff.GetPageAsync("/intake");
        var submitted = await staff.GetPageAsync("/intake?status=Submitted");
        var inNorthCarolina = await staff.GetPageAsync("/intake?state=NC");
        var found = await staff.GetPageAsync("/intake?q=northeast");

        Assert.Equal(Accounts.DemoProposals, all.QuerySelectorAll("tbody tr").Length);
        Assert.Equal(Accounts.DemoSubmitted, submitted.QuerySelectorAll("tbody tr").Length);
        var row = submitted.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("Great Lakes"));
        Assert.Contains("Great Lakes Workforce Board", row.TextContent);
        Assert.Contains("RAAQJ-2026-", row.TextContent);
        Assert.Contains("Complete", row.TextContent);
        Assert.Contains("$195,000", row.TextContent);
        Assert.Contains("Piedmont Community Foundation", Assert.Single(inNorthCarolina.QuerySelectorAll("tbody tr")).TextContent);
        Assert.Contains("Northeast Ohio", Assert.Single(found.QuerySelectorAll("tbody tr")).TextContent);

        var details = await staff.GetPageAsync(row.QuerySelector("a")!.GetAttribute("href")!);
        Assert.Contains("Cleveland Clinic", details.Text());
        Assert.Contains("No outcome yet", details.Text());
        Assert.Contains("Cuyahoga, OH (39035)", details.Text());
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync("/intake/9999")).StatusCode);
    }

    [Fact]
    public async Task The_filtered_list_exports_to_csv_and_excel()
    {
        var staff = await factory.SignedInAsync(Accounts.Staff);

        var csv = await staff.GetAsync("/intake/export.csv?status=Submitted");
        var xlsx = await staff.GetAsync("/intake/export.xlsx");

        var text = await csv.Content.ReadAsStringAsync();
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("Receipt,Organization,Region", text.TrimStart('\uFEFF'));
        Assert.Contains("Great Lakes Workforce Board", text);
        Assert.DoesNotContain("Piedmont", text);
        Assert.Equal(1 + Accounts.DemoSubmitted, text.Trim().Split('\n').Length);
        using var zip = new ZipArchive(await xlsx.Content.ReadAsStreamAsync());
        var sheet = new StreamReader(zip.Entries.First(e => e.FullName.StartsWith("xl/worksheets/")).Open()).ReadToEnd();
        Assert.Contains("Piedmont Community Foundation", sheet);
        Assert.Contains("Great Lakes Workforce Board", sheet);
    }

    [Fact]
    public async Task Text_a_spreadsheet_would_run_as_a_formula_is_escaped_in_the_csv()
    {
        var anchor = await factory.SignedInAsync("anchor2@example.org");
        var version = (await anchor.GetPageAsync("/proposals/2/region")).QuerySelector("input[name='Form.Version']")!.GetAttribute("value")!;
        await anchor.PostFormAsync("/proposals/2/region", "/proposals/2/region", ("Form.RegionName", "=HYPERLINK(\"http://evil.example\")"),
            ("Form.Counties", "37119"), ("Form.Version", version), ("Form.Intent", "save"));
        var staff = await factory.SignedInAsync(Accounts.Staff);

        var text = await (await staff.GetAsync("/intake/export.csv")).Content.ReadAsStringAsync();

        Assert.DoesNotContain(",=HYPERLINK", text);
        Assert.Contains("HYPERLINK", text);
    }

    [Fact]
    public async Task A_later_round_published_in_advance_does_not_hide_the_round_under_way()
    {
        var staff = await factory.SignedInAsync(Accounts.Staff);
        var created = await staff.PostFormAsync("/rfp/new", "/rfp/new", new Builders.RfpFormBuilder().With("Title", "Next year's round")
            .With("OpensAtLocal", "2028-03-01T09:00").With("ClosesAtLocal", "2028-04-14T17:00").With("ReviewStartsOn", "2028-04-15").With("ReviewEndsOn", "2028-05-31").Build());
        var rfp = created.Headers.Location!.OriginalString;
        var version = (await staff.GetPageAsync(rfp)).QuerySelector("input[name=version]")!.GetAttribute("value")!;
        await staff.PostFormAsync(rfp, rfp + "/publish", ("version", version));

        var page = await staff.GetPageAsync("/intake");

        Assert.Equal(Accounts.DemoProposals, page.QuerySelectorAll("tbody tr").Length);
        Assert.Contains("Regional Action to Advance Quality Jobs", page.QuerySelector("#rfp option[selected]")!.TextContent);
    }

    [Fact]
    public async Task Only_staff_reach_the_intake()
    {
        var anchor = await factory.SignedInAsync("anchor1@example.org");
        var reviewer = await factory.SignedInAsync(Accounts.Reviewer);

        Assert.Equal(HttpStatusCode.Forbidden, (await anchor.GetAsync("/intake")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.GetAsync("/intake/1")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await anchor.GetAsync("/intake/export.csv")).StatusCode);
    }
}
