using System.IO.Compression;
using System.Net;
using Raaqj.IntegrationTests.Infrastructure;

namespace Raaqj.IntegrationTests.Intake;

public sealed class IntakeTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    // Two submitted proposals (one of them the cast anchor's, in Ohio) and a draft in North Carolina.
    private async Task<int> ThreeProposalsAsync()
    {
        var given = factory.Given;
        var ohio = await given.SubmittedProposalAsync(given.RoundId, given.CastOrganization, "Northeast Ohio", [("39035", "OH"), ("39085", "OH")],
            p => p.Stakeholders[0].Name = "Cleveland Clinic");
        await given.SubmittedRegionAsync("Rio Grande Valley", [("48061", "TX")]);
        await given.ProposalAsync(given.RoundId, await given.OrganizationAsync("Piedmont Community Foundation", state: "NC"), "Charlotte-Piedmont", [("37119", "NC")]);
        return ohio;
    }

    [Fact]
    public async Task Staff_see_what_came_in_filter_it_and_read_a_proposal()
    {
        await ThreeProposalsAsync();
        var staff = await factory.SignedInAsync(Accounts.Staff);

        var all = await staff.GetPageAsync("/intake");
        var submitted = await staff.GetPageAsync("/intake?status=Submitted");
        var inNorthCarolina = await staff.GetPageAsync("/intake?state=NC");
        var found = await staff.GetPageAsync("/intake?q=northeast");

        Assert.Equal(3, all.QuerySelectorAll("tbody tr").Length);
        Assert.Equal(2, submitted.QuerySelectorAll("tbody tr").Length);
        var row = submitted.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(Accounts.AnchorOrganization));
        Assert.Contains("RAAQJ-2026-", row.TextContent);
        Assert.Contains("Complete", row.TextContent);
        Assert.Contains("$50,000", row.TextContent);
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
        await ThreeProposalsAsync();
        var staff = await factory.SignedInAsync(Accounts.Staff);

        var csv = await staff.GetAsync("/intake/export.csv?status=Submitted");
        var xlsx = await staff.GetAsync("/intake/export.xlsx");

        var text = await csv.Content.ReadAsStringAsync();
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("Receipt,Organization,Region", text.TrimStart('\uFEFF'));
        Assert.Contains(Accounts.AnchorOrganization, text);
        Assert.DoesNotContain("Piedmont", text);
        Assert.Equal(1 + 2, text.Trim().Split('\n').Length);
        using var zip = new ZipArchive(await xlsx.Content.ReadAsStreamAsync());
        var sheet = new StreamReader(zip.Entries.First(e => e.FullName.StartsWith("xl/worksheets/")).Open()).ReadToEnd();
        Assert.Contains("Piedmont Community Foundation", sheet);
        Assert.Contains(Accounts.AnchorOrganization, sheet);
    }

    [Fact]
    public async Task Text_a_spreadsheet_would_run_as_a_formula_is_escaped_in_the_csv()
    {
        var draft = await factory.Given.ProposalAsync(factory.Given.RoundId, factory.Given.CastOrganization);
        var anchor = await factory.SignedInAsync(Accounts.Anchor);
        var version = (await anchor.GetPageAsync($"/proposals/{draft}/region")).QuerySelector("input[name='Form.Version']")!.GetAttribute("value")!;
        await anchor.PostFormAsync($"/proposals/{draft}/region", $"/proposals/{draft}/region", ("Form.RegionName", "=HYPERLINK(\"http://evil.example\")"),
            ("Form.Counties", "37119"), ("Form.Version", version), ("Form.Intent", "save"));
        var staff = await factory.SignedInAsync(Accounts.Staff);

        var text = await (await staff.GetAsync("/intake/export.csv")).Content.ReadAsStringAsync();

        Assert.DoesNotContain(",=HYPERLINK", text);
        Assert.Contains("HYPERLINK", text);
    }

    [Fact]
    public async Task A_later_round_published_in_advance_does_not_hide_the_round_under_way()
    {
        await ThreeProposalsAsync();
        var staff = await factory.SignedInAsync(Accounts.Staff);
        var created = await staff.PostFormAsync("/rfp/new", "/rfp/new", new Builders.RfpFormBuilder().With("Title", "Next year's round")
            .With("OpensAtLocal", "2028-03-01T09:00").With("ClosesAtLocal", "2028-04-14T17:00").With("ReviewStartsOn", "2028-04-15").With("ReviewEndsOn", "2028-05-31").Build());
        var rfp = created.Headers.Location!.OriginalString;
        var version = (await staff.GetPageAsync(rfp)).QuerySelector("input[name=version]")!.GetAttribute("value")!;
        await staff.PostFormAsync(rfp, rfp + "/publish", ("version", version));

        var page = await staff.GetPageAsync("/intake");

        Assert.Equal(3, page.QuerySelectorAll("tbody tr").Length);
        Assert.Contains("Test request for action", page.QuerySelector("#rfp option[selected]")!.TextContent);
    }

    [Fact]
    public async Task Only_staff_reach_the_intake()
    {
        var anchor = await factory.SignedInAsync(Accounts.Anchor);
        var reviewer = await factory.SignedInAsync(Accounts.Reviewer);

        Assert.Equal(HttpStatusCode.Forbidden, (await anchor.GetAsync("/intake")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.GetAsync("/intake/1")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await anchor.GetAsync("/intake/export.csv")).StatusCode);
    }
}
