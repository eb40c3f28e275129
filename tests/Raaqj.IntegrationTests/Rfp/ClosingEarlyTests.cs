using System.Net;
using Raaqj.IntegrationTests.Builders;
using Raaqj.IntegrationTests.Infrastructure;
using Raaqj.Web.Domain.Audit;

namespace Raaqj.IntegrationTests.Rfp;

// The demo round is open for weeks yet; anchor2's proposal is a draft.
public sealed class ClosingEarlyTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    [Fact]
    public async Task Closing_early_says_what_it_cuts_short_tells_the_draft_teams_and_words_the_closed_round_right()
    {
        await factory.Given.AnchorAsync("anchor2@example.org", "Piedmont Community Foundation", "NC");
        var anchor = await factory.SignedInAsync("anchor2@example.org");
        var draft = await ProposalFiller.StartAsync(anchor);
        var rfp = factory.Query(db => db.RequestsForAction.Single().Id);
        var staff = await factory.SignedInAsync(Accounts.Staff);

        var details = await staff.GetPageAsync($"/rfp/{rfp}");
        var confirmation = details.QuerySelector($"form[action='/rfp/{rfp}/close'] button")!.GetAttribute("data-confirm")!;
        Assert.Contains("before its deadline", confirmation);
        Assert.Contains("Piedmont", confirmation);
        Assert.Contains("Piedmont", details.GetElementById("close-early-heading")!.ParentElement!.TextContent);

        var version = details.QuerySelector("input[name=version]")!.GetAttribute("value")!;
        Assert.Equal(HttpStatusCode.Redirect, (await staff.PostFormAsync($"/rfp/{rfp}", $"/rfp/{rfp}/close", ("version", version))).StatusCode);

        Assert.Contains(factory.To("anchor2@example.org"), m => m.Subject!.Contains("closed before its deadline"));
        Assert.Contains("before its deadline", factory.Query(db => db.AuditEntries.Single(a => a.Action == AuditActions.RfpClosed).Summary));
        var page = (await anchor.GetPageAsync($"/proposals/{draft}/strategy")).Text();
        Assert.Contains("closed the round on", page);
        Assert.DoesNotContain("The deadline has passed", page);
    }
}
