using System.Net;
using Raaqj.IntegrationTests.Builders;
using Raaqj.IntegrationTests.Infrastructure;

namespace Raaqj.IntegrationTests.Proposals;

/// <summary>Amounts are shown and read as people write them, and a figure that is not one is named in plain words.</summary>
public sealed class MoneyInputTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    [Fact]
    public async Task Amounts_with_thousands_separators_are_kept_and_shown_back_the_same_way()
    {
        var owner = await factory.SignedInAsync(Accounts.Anchor);
        var filler = new ProposalFiller(owner, await ProposalFiller.StartAsync(owner));

        var saved = await filler.Post("fundraising", ("Form.AmountRequested", "250,000"), ("Form.TotalBudget", "400,000.50"), ("Form.FundraisingNarrative", "County funds."));
        var page = await owner.GetPageAsync(filler.Url("fundraising"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal((250_000m, 400_000.50m), factory.Query(db => db.Proposals.Select(p => new { p.AmountRequested, p.TotalBudget }).AsEnumerable()
            .Select(p => (p.AmountRequested!.Value, p.TotalBudget!.Value)).Single()));
        Assert.Equal("250,000", page.GetElementById("Form_AmountRequested")!.GetAttribute("value"));
        Assert.Equal("400,000.50", page.GetElementById("Form_TotalBudget")!.GetAttribute("value"));
        Assert.Equal("text", page.GetElementById("Form_AmountRequested")!.GetAttribute("type"));
    }

    [Fact]
    public async Task A_figure_that_is_not_a_number_is_refused_in_plain_words_and_the_limit_is_stated()
    {
        var owner = await factory.SignedInAsync(Accounts.Anchor);
        var filler = new ProposalFiller(owner, await ProposalFiller.StartAsync(owner));

        var page = await (await filler.Post("fundraising", ("Form.AmountRequested", "1e308"), ("Form.TotalBudget", "5,000,000,000"))).ReadPageAsync();

        var amount = page.FieldError("Form_AmountRequested");
        Assert.Contains("“1e308” is not a number or date the portal can read", amount);
        Assert.DoesNotContain("AmountRequested", amount);
        Assert.Equal("Enter an amount from $0 to $1,000,000,000.", page.FieldError("Form_TotalBudget"));
        Assert.Equal("1e308", page.GetElementById("Form_AmountRequested")!.GetAttribute("value"));
        Assert.Null(factory.Query(db => db.Proposals.Single().AmountRequested));
    }
}
