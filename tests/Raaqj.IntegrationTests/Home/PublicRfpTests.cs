using Raaqj.IntegrationTests.Builders;
using Raaqj.IntegrationTests.Infrastructure;

namespace Raaqj.IntegrationTests.Home;

public sealed class PublicRfpTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    [Fact]
    public async Task A_visitor_reads_the_open_request_with_criteria_weights_deadline_and_an_apply_link()
    {
        await factory.Given.ChangeRoundAsync(round =>
        {
            round.Title = "Regional Action to Advance Quality Jobs: the request";
            round.Eligibility = "The lead applicant must be a permanent, place-based agency or institution.";
            round.ClosesAtUtc = new DateTime(2026, 12, 15, 22, 0, 0, DateTimeKind.Utc);
        });
        var page = await factory.NewClient().GetPageAsync("/");

        Assert.Contains("Regional Action to Advance Quality Jobs", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("Open for proposals", page.Text());
        Assert.Contains("permanent, place-based agency or institution", page.Text());
        var weights = page.QuerySelectorAll("tbody tr td.text-end").Select(td => int.Parse(td.TextContent.Trim().TrimEnd('%'))).ToList();
        Assert.Equal(6, weights.Count);
        Assert.Equal(100, weights.Sum());
        Assert.Contains("Tuesday, December 15, 2026 at 5:00 PM Eastern Standard Time", page.Text());
        Assert.Equal("21 days, 7 hours left", page.QuerySelector("[data-deadline]")!.TextContent);
        Assert.NotNull(page.QuerySelector("section.hero a[href='/account/register']"));
    }

    [Fact]
    public async Task The_public_page_issues_the_same_small_number_of_sql_commands_however_many_criteria_and_rounds()
    {
        var client = factory.NewClient();
        var withSeed = await factory.SqlCommandsFor(client, "/");

        var staff = await factory.SignedInAsync(Accounts.Staff);
        for (var round = 0; round < 3; round++)
            await staff.PostFormAsync("/rfp/new", "/rfp/new", new RfpFormBuilder().With("Title", $"Draft {round}")
                .WithCriteria([.. Enumerable.Range(1, 10).Select(i => ($"Criterion {i}", 10))]).Build());
        var withMore = await factory.SqlCommandsFor(client, "/");

        Assert.InRange(withSeed, 1, 2);
        Assert.Equal(withSeed, withMore);
    }

    [Fact]
    public async Task After_the_deadline_the_page_says_the_request_closed_and_offers_no_apply_button()
    {
        using var late = new PortalFactory();
        await ((IAsyncLifetime)late).InitializeAsync();
        late.Clock.Advance(TimeSpan.FromDays(30));

        var page = await late.NewClient().GetPageAsync("/");

        Assert.Contains("Deadline passed", page.Text());
        Assert.Contains("closed for proposals", page.Text());
        Assert.Null(page.QuerySelector("section.hero a[href='/account/register']"));
        await ((IAsyncLifetime)late).DisposeAsync();
    }
}
