using Raaqj.IntegrationTests.Infrastructure;
using Raaqj.Web.Data;
using Raaqj.Web.Data.Seed;

namespace Raaqj.IntegrationTests.Selection;

// The ranking issues a fixed number of SQL commands however many proposals the round has (timings are in bench/).
public sealed class SelectionPerformanceTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    [Fact]
    public async Task The_ranking_and_portfolio_issue_the_same_commands_for_20_and_for_300_proposals()
    {
        var staff = await factory.SignedInAsync(Accounts.Staff);
        await factory.Given.ReviewerAsync();
        await factory.Given.ReviewerAsync();
        await factory.WithScopeAsync(s => SyntheticRound.AddAsync(s.GetRequiredService<AppDbContext>(), factory.Clock.GetUtcNow().UtcDateTime, 20, 3, 8));
        var ranking20 = await factory.SqlCommandsFor(staff, "/selection?sort=combined");
        var portfolio20 = await factory.SqlCommandsFor(staff, "/selection/portfolio");

        await factory.WithScopeAsync(s => SyntheticRound.AddAsync(s.GetRequiredService<AppDbContext>(), factory.Clock.GetUtcNow().UtcDateTime.AddMinutes(1), 300, 3, 8));
        var page = await staff.GetPageAsync("/selection?sort=combined");
        var ranking300 = await factory.SqlCommandsFor(staff, "/selection?sort=combined");
        var portfolio300 = await factory.SqlCommandsFor(staff, "/selection/portfolio");

        Assert.Contains("Synthetic round of 300 proposals", page.Text());
        Assert.Equal(50, page.QuerySelectorAll("tbody tr").Length);
        Assert.Equal(ranking20, ranking300);
        Assert.Equal(portfolio20, portfolio300);
        Assert.InRange(ranking300, 1, 15);
    }
}
