using Raaqj.IntegrationTests.Builders;
using Raaqj.IntegrationTests.Infrastructure;

namespace Raaqj.IntegrationTests.Proposals;

// Every section's rules: the message is next to the field it names, what was typed stays, nothing is saved.
public sealed class SectionValidationTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    public static TheoryData<string, string[], string, string, string> Cases => new()
    {
        { "fundraising", ["Form.AmountRequested", "500000", "Form.TotalBudget", "100000"], "Form_TotalBudget", "cannot be smaller than the amount requested", "100000" },
        { "fundraising", ["Form.AmountRequested", "-5"], "Form_AmountRequested", "from $0 to", "-5" },
        { "fundraising", ["Form.AmountRequested", "10.555"], "Form_AmountRequested", "dollars and cents", "10.555" },
        { "fundraising", ["Form.Rows[0].Id", "0", "Form.Rows[0].Source", "", "Form.Rows[0].Kind", "Public", "Form.Rows[0].Amount", "50"], "Form_Rows_0__Source", "Name the source", "" },
        { "fundraising", ["Form.Rows[0].Id", "0", "Form.Rows[0].Source", "County", "Form.Rows[0].Amount", "50"], "Form_Rows_0__Kind", "Choose the kind", "" },
        { "fundraising", ["Form.Rows[0].Id", "0", "Form.Rows[0].Source", "County", "Form.Rows[0].Kind", "Public", "Form.Rows[0].Amount", "0"], "Form_Rows_0__Amount", "above $0", "0" },
        { "partnerships", ["Form.Rows[0].Id", "0", "Form.Rows[0].Partner", "Table", "Form.Rows[0].StartYear", "2020", "Form.Rows[0].EndYear", "2010"], "Form_Rows_0__EndYear", "before the start year", "2010" },
        { "partnerships", ["Form.Rows[0].Id", "0", "Form.Rows[0].Partner", "Table"], "Form_Rows_0__StartYear", "year it began", "" },
        { "partnerships", ["Form.Rows[0].Id", "0", "Form.Rows[0].Partner", "", "Form.Rows[0].StartYear", "2020"], "Form_Rows_0__Partner", "Name the partner", "" },
        { "job-quality", ["Form.JobQualityRationale", string.Join(' ', Enumerable.Repeat("w", 501))], "Form_JobQualityRationale", "the limit is 500", "" },
        { "region", ["Form.RegionName", "R", "Form.PermanentEvidence", string.Join(' ', Enumerable.Repeat("w", 251))], "Form_PermanentEvidence", "250 words", "" },
        { "region", ["Form.RegionName", new string('r', 201)], "Form_RegionName", "under 200 characters", "" },
        { "populations", ["Form.Figures[0].Population", "1", "Form.Figures[0].Count", "-3"], "Form_Figures_0__Count", "between 0 and 50,000,000", "-3" },
        { "populations", ["Form.Figures[0].Population", "1", "Form.Figures[0].Source", new string('s', 301)], "Form_Figures_0__Source", "under 300 characters", "" },
    };

    [Theory, MemberData(nameof(Cases))]
    public async Task A_broken_rule_is_named_next_to_its_field_the_input_is_kept_and_nothing_is_saved(string slug, string[] fields, string fieldId, string message, string keptValue)
    {
        var owner = await factory.SignedInAsync(Accounts.Anchor);
        var id = await ProposalFiller.StartAsync(owner);
        var before = Fingerprint(id);
        var pairs = fields.Chunk(2).Select(pair => (pair[0], pair[1])).ToArray();

        var page = await (await new ProposalFiller(owner, id).Post(slug, pairs)).ReadPageAsync();

        Assert.Contains(message, page.FieldError(fieldId));
        var field = page.GetElementById(fieldId)!;
        var shown = field.TagName == "TEXTAREA" ? field.TextContent : field.GetAttribute("value") ?? "";
        var typed = pairs.FirstOrDefault(p => p.Item1.Replace('.', '_').Replace('[', '_').Replace(']', '_') == fieldId).Item2;
        Assert.Equal(typed ?? keptValue, shown);
        Assert.Equal(before, Fingerprint(id));
    }

    // Every section's version: any save of any section changes it.
    private string Fingerprint(int id) => factory.Query(db => db.Proposals.Where(p => p.Id == id)
        .Select(p => new { p.RegionVersion, p.StrategyVersion, p.PopulationsVersion, p.StakeholdersVersion, p.PartnershipsVersion, p.JobQualityVersion, p.FundraisingVersion })
        .Single().ToString() ?? "");
}
