using System.Net;
using Raaqj.IntegrationTests.Infrastructure;

namespace Raaqj.IntegrationTests.Security;

public sealed class StrictRateLimitFactory : PortalFactory
{
    protected override int AuthPermitsPerMinute => 3;
}

public sealed class RateLimitTests(StrictRateLimitFactory factory) : IClassFixture<StrictRateLimitFactory>
{
    [Theory]
    [InlineData("/account/login", "Email", "someone@example.org")]
    [InlineData("/account/register", "Email", "someone@example.org")]
    [InlineData("/account/forgot-password", "Email", "someone@example.org")]
    public async Task Repeated_posts_to_an_account_form_are_answered_429(string path, string field, string value)
    {
        var client = factory.NewClient();
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 6; attempt++)
            statuses.Add((await client.PostFormAsync(path, path, (field, value), ("Password", "x"))).StatusCode);

        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, statuses[0]);
    }
}
