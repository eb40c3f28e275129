using System.Net;
using Raaqj.IntegrationTests.Builders;
using Raaqj.IntegrationTests.Infrastructure;

namespace Raaqj.IntegrationTests.Funding;

// The public progress page: it does not exist until staff switch it on; on, anyone reads the commitment and the
// computed targets and nothing private (no funder, person, organization or region by name); off again, it is gone.
public sealed class PublicProgressTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    [Fact]
    public async Task The_public_page_answers_404_when_off_and_shows_only_the_computed_targets_when_on()
    {
        var cohort = await factory.ReleasedCohortAsync();
        var staff = cohort.Staff;
        var program = $"/program/{cohort.Program}";
        var page = $"/progress/{cohort.Program}";
        var anonymous = factory.NewClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(page)).StatusCode);

        // Money from a named funder, to see that the name never shows.
        Assert.Equal(HttpStatusCode.Redirect, (await staff.PostFormAsync($"{program}/funders/new", $"{program}/funders/new", ("Form.Name", "Secret Family Trust"), ("Form.Kind", "Foundation"),
            ("Form.Stage", "Asked"), ("Form.IsNationalPartner", "false"), ("Form.Version", ""))).StatusCode);
        var funder = factory.Query(db => db.Funders.Single().Id);
        var today = DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime).AddDays(-1).ToString("yyyy-MM-dd");
        Assert.Equal(HttpStatusCode.Redirect, (await staff.PostFormAsync($"{program}/funders/{funder}", $"{program}/funders/{funder}/payments", ("Payment.Amount", "25000"),
            ("Payment.ReceivedOn", today), ("Payment.FormKey", Guid.NewGuid().ToString()))).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await staff.PostFormAsync($"{program}/targets", $"{program}/targets/public", ("on", "true"))).StatusCode);
        var response = await anonymous.GetAsync(page);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var read = await anonymous.GetPageAsync(page);
        Assert.Equal("$25,000", read.QuerySelector("[data-testid=public-Raised]")!.TextContent);
        Assert.Equal("2", read.QuerySelector("[data-testid=public-Regions]")!.TextContent);
        Assert.Equal(5, read.QuerySelectorAll("[data-testid=public-target]").Length);
        foreach (var secret in new[] { "Secret Family Trust", "Northeast Ohio", "Puget Sound", "@example.org", "/regions/", "/program/" })
            Assert.DoesNotContain(secret, html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, factory.Query(db => db.AuditEntries.Count(a => a.Action == "Program.PublicProgressChanged")));

        // Only staff switch it; off again, it is gone.
        var anchor = await factory.SignedInAsync(Accounts.Anchor);
        Assert.Equal(HttpStatusCode.Forbidden, (await anchor.PostFormAsync("/dashboard/anchor", $"{program}/targets/public", ("on", "false"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await staff.PostFormAsync($"{program}/targets", $"{program}/targets/public", ("on", "false"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(page)).StatusCode);
    }
}
