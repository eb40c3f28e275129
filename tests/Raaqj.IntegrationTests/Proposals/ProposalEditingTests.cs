using System.Net;
using Raaqj.IntegrationTests.Builders;
using Raaqj.IntegrationTests.Infrastructure;
using Raaqj.Web.Domain.Proposals;

namespace Raaqj.IntegrationTests.Proposals;

public sealed class ProposalEditingTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    private HttpClient owner = default!;
    private int id;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        owner = await factory.SignedInAsync(Accounts.Anchor);
        id = await ProposalFiller.StartAsync(owner);
    }


    private ProposalFiller Filler => new(owner, id);

    [Fact]
    public async Task Two_co_authors_saving_the_same_section_the_second_sees_both_versions_and_nothing_is_overwritten()
    {
        var version = await Filler.VersionOf("strategy");
        (string, string)[] Fields(string text) => [("Form.Strategy", text), ("Form.Version", version), ("Form.Intent", "save")];

        var first = await owner.PostFormAsync(Filler.Url("strategy"), Filler.Url("strategy"), Fields("The first author's strategy."));
        var second = await owner.PostFormAsync(Filler.Url("strategy"), Filler.Url("strategy"), Fields("The second author's strategy."));
        var page = await second.ReadPageAsync();

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Contains("A co-author saved this section", page.Text());
        Assert.Equal("The second author's strategy.", page.GetElementById("Form_Strategy")!.TextContent);
        Assert.Contains("The first author's strategy.", page.GetElementById("theirs-heading")!.ParentElement!.TextContent);
        Assert.Equal("The first author's strategy.", factory.Query(db => db.Proposals.Single(p => p.Id == id).Strategy));
    }

    [Fact]
    public async Task Co_authors_saving_different_sections_at_once_both_succeed()
    {
        var strategyVersion = await Filler.VersionOf("strategy");
        var qualityVersion = await Filler.VersionOf("job-quality");

        var a = await owner.PostFormAsync(Filler.Url("strategy"), Filler.Url("strategy"), ("Form.Strategy", "Parallel strategy"), ("Form.Version", strategyVersion), ("Form.Intent", "save"));
        var b = await owner.PostFormAsync(Filler.Url("job-quality"), Filler.Url("job-quality"), ("Form.Dimensions", "Stability"), ("Form.JobQualityRationale", "Parallel rationale"), ("Form.Version", qualityVersion), ("Form.Intent", "save"));

        Assert.Equal(HttpStatusCode.Redirect, a.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, b.StatusCode);
        var saved = factory.Query(db => db.Proposals.Single(p => p.Id == id));
        Assert.Equal("Parallel strategy", saved.Strategy);
        Assert.Equal("Parallel rationale", saved.JobQualityRationale);
    }

    [Fact]
    public async Task Text_over_the_word_limit_is_refused_next_to_the_field_and_kept()
    {
        var tooLong = string.Join(' ', Enumerable.Repeat("word", WordLimits.Strategy + 1));
        var before = factory.Query(db => db.Proposals.Single(p => p.Id == id).Strategy);

        var page = await (await Filler.Post("strategy", ("Form.Strategy", tooLong))).ReadPageAsync();

        Assert.Contains($"the limit is {WordLimits.Strategy}", page.FieldError("Form_Strategy"));
        Assert.Equal(tooLong, page.GetElementById("Form_Strategy")!.TextContent);
        Assert.Equal(before, factory.Query(db => db.Proposals.Single(p => p.Id == id).Strategy));
    }

    [Fact]
    public async Task A_stakeholder_without_a_name_or_sector_is_named_next_to_its_fields_and_nothing_is_saved()
    {
        var page = await (await Filler.Post("stakeholders", ("Form.Rows[0].Id", "0"), ("Form.Rows[0].Name", ""), ("Form.Rows[0].Role", "Kept role text"))).ReadPageAsync();

        Assert.Contains("Name the partner organization", page.FieldError("Form_Rows_0__Name"));
        Assert.Contains("Choose the sector", page.FieldError("Form_Rows_0__Sector"));
        Assert.Equal("Kept role text", page.GetElementById("Form_Rows_0__Role")!.TextContent);
        Assert.Equal(0, factory.Query(db => db.Stakeholders.Count(s => s.ProposalId == id)));
    }

    [Theory]
    [InlineData("Form.Figures[0].SharePercent", "140", "Form_Figures_0__SharePercent", "between 0 and 100")]
    [InlineData("Form.Figures[0].Year", "1850", "Form_Figures_0__Year", "year of the data")]
    public async Task A_population_figure_out_of_range_is_refused(string field, string value, string fieldId, string message)
    {
        var fields = ProposalFiller.Populations().Select(f => f.Item1 == field ? (f.Item1, value) : f).ToArray();

        var page = await (await Filler.Post("populations", fields)).ReadPageAsync();

        Assert.Contains(message, page.FieldError(fieldId));
        Assert.Equal(value, page.GetElementById(fieldId)!.GetAttribute("value"));
        Assert.False(factory.Query(db => db.PopulationFigures.Any(f => f.ProposalId == id && f.Count != null)));
    }

    [Fact]
    public async Task Posting_status_or_organization_changes_nothing()
    {
        var response = await Filler.Post("strategy", ("Form.Strategy", "Honest text"), ("Form.Status", "Submitted"), ("Status", "Submitted"),
            ("OrganizationId", "2"), ("Form.OrganizationId", "2"), ("Form.ReceiptNumber", "RAAQJ-2026-9999"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = factory.Query(db => db.Proposals.Single(p => p.Id == id));
        Assert.Equal(ProposalStatus.Draft, saved.Status);
        Assert.Null(saved.ReceiptNumber);
        Assert.Equal(factory.Query(db => db.Organizations.Single(o => o.LegalName == Accounts.AnchorOrganization).Id), saved.OrganizationId);
    }

    [Fact]
    public async Task Counties_are_found_by_search_and_saved_with_their_states()
    {
        var version = await Filler.VersionOf("region");
        var search = await (await owner.PostFormAsync(Filler.Url("region"), Filler.Url("region"),
            ("Form.CountySearch", "lake oh"), ("Form.Version", version), ("Form.Intent", "search"))).ReadPageAsync();
        Assert.NotNull(search.GetElementById("add-39085"));

        await Filler.Post("region", ("Form.RegionName", "Two-state region"), ("Form.Counties", "39085"), ("Form.Counties", "42049"));

        var counties = factory.Query(db => db.ProposalCounties.Where(c => c.ProposalId == id).Select(c => c.Fips + c.StateCode).OrderBy(x => x).ToList());
        Assert.Equal(["39085OH", "42049PA"], counties);
    }

    [Fact]
    public async Task A_made_up_county_code_is_refused()
    {
        var page = await (await Filler.Post("region", ("Form.RegionName", "Nowhere"), ("Form.Counties", "99999"))).ReadPageAsync();

        Assert.Contains("Choose counties from the list", page.GetElementById("counties-error")!.TextContent);
        Assert.DoesNotContain(factory.Query(db => db.ProposalCounties.Where(c => c.ProposalId == id).Select(c => c.Fips).ToList()), f => f == "99999");
    }

    [Fact]
    public async Task Rows_are_added_edited_and_removed()
    {
        await Filler.Post("partnerships", ProposalFiller.Partnerships);
        var rowId = factory.Query(db => db.PastPartnerships.Single(p => p.ProposalId == id).Id);

        await Filler.Post("partnerships",
            ("Form.Rows[0].Id", rowId.ToString()), ("Form.Rows[0].Partner", "Renamed table"), ("Form.Rows[0].StartYear", "2019"), ("Form.Rows[0].Remove", "true"),
            ("Form.Rows[1].Id", "0"), ("Form.Rows[1].Partner", "Apprenticeship consortium"), ("Form.Rows[1].StartYear", "2021"), ("Form.Rows[1].EndYear", "2024"));

        var rows = factory.Query(db => db.PastPartnerships.Where(p => p.ProposalId == id).Select(p => p.Partner).ToList());
        Assert.Equal(["Apprenticeship consortium"], rows);
    }
}
