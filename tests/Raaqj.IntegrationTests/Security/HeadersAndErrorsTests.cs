using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Raaqj.IntegrationTests.Infrastructure;

namespace Raaqj.IntegrationTests.Security;

public sealed class HeadersAndErrorsTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    [Fact]
    public async Task Every_page_carries_the_security_headers()
    {
        var response = await factory.NewClient().GetAsync("/");

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.StartsWith("max-age=", response.Headers.GetValues("Strict-Transport-Security").Single());
    }

    [Fact]
    public async Task Pages_contain_no_inline_script()
    {
        var client = await factory.SignedInAsync(Accounts.Staff);
        foreach (var path in new[] { "/", "/dashboard/staff", "/rfp", "/rfp/1", "/rfp/1/edit" })
        {
            var page = await client.GetPageAsync(path);
            Assert.All(page.Scripts, script => Assert.False(string.IsNullOrEmpty(script.Source), $"inline script on {path}"));
            Assert.Empty(page.QuerySelectorAll("[style]"));
        }
    }

    [Fact]
    public async Task Auth_cookie_is_http_only_secure_and_same_site()
    {
        var response = await factory.NewClient().PostFormAsync("/account/login", "/account/login",
            ("Email", Accounts.Staff), ("Password", Accounts.Password));

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("raaqj.auth="));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_unexpected_error_shows_a_friendly_page_with_a_request_id_and_no_stack_trace()
    {
        var response = await factory.NewClient().GetAsync("/test/throw");
        var page = await response.ReadPageAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("Something went wrong", page.Text());
        Assert.NotEmpty(page.QuerySelector("code")!.TextContent);
        Assert.DoesNotContain("InvalidOperationException", page.Text());
        Assert.DoesNotContain(ThrowingController.Secret, page.Text());
        Assert.DoesNotContain(" at ", page.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task An_unknown_address_shows_a_friendly_404()
    {
        var response = await factory.NewClient().GetAsync("/no/such/page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("We couldn't find that page", (await response.ReadPageAsync()).Text());
    }

    [Fact]
    public async Task Liveness_and_readiness_answer_healthy()
    {
        var client = factory.NewClient();

        var live = await client.GetAsync("/health");
        var ready = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("Healthy", await live.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.StartsWith("Healthy\n", await ready.Content.ReadAsStringAsync());
    }
}

// Only in the test assembly: an action that fails, to see what a user is shown.
[AllowAnonymous]
public sealed class ThrowingController : Controller
{
    public const string Secret = "connection string with a password";

    [HttpGet("/test/throw")]
    public IActionResult Throw() => throw new InvalidOperationException(Secret);
}
