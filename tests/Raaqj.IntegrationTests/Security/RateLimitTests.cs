using System.Net;
using Microsoft.AspNetCore.Hosting;
using Raaqj.IntegrationTests.Infrastructure;

namespace Raaqj.IntegrationTests.Security;

// Three posts a minute; tests play several clients through ClientAddress.
public sealed class StrictRateLimitFactory : PortalFactory
{
    protected override int AuthPermitsPerMinute => 3;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        ClientAddress.FromHeader(builder);
    }

    public HttpClient ClientAt(string address) => NewClient().At(address);
}

public sealed class RateLimitTests(StrictRateLimitFactory factory) : PortalTest<StrictRateLimitFactory>(factory)
{
    [Theory]
    [InlineData("/account/login", "/account/login", "10.0.0.1")]
    [InlineData("/account/register", "/account/register", "10.0.0.2")]
    [InlineData("/account/forgot-password", "/account/forgot-password", "10.0.0.3")]
    [InlineData("/account/reset-password", "/account/reset-password", "10.0.0.4")]
    [InlineData("/account/login", "/account/resend-confirmation", "10.0.0.5")]
    public async Task Repeated_posts_to_an_account_form_are_answered_429(string formPage, string path, string address)
    {
        var client = factory.ClientAt(address);
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 6; attempt++)
            statuses.Add((await client.PostFormAsync(formPage, path, ("Email", $"someone{attempt}@example.org"), ("Password", "x"))).StatusCode);

        Assert.NotEqual(HttpStatusCode.TooManyRequests, statuses[0]);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    [Fact]
    public async Task Writing_the_path_in_another_case_or_with_a_slash_does_not_give_a_fresh_budget()
    {
        var client = factory.ClientAt("10.0.1.1");
        var statuses = new List<HttpStatusCode>();
        string[] spellings = ["/account/login", "/ACCOUNT/LOGIN", "/Account/Login", "/account/login/", "/ACCOUNT/login/"];
        for (var i = 0; i < spellings.Length; i++)
            statuses.Add((await client.PostFormAsync("/account/login", spellings[i], ("Email", $"spelling{i}@example.org"), ("Password", "x"))).StatusCode);

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[3]);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[4]);
    }

    [Theory]
    [InlineData("/account/login", "/account/login")]
    [InlineData("/account/forgot-password", "/account/forgot-password")]
    [InlineData("/account/reset-password", "/account/reset-password")]
    public async Task Many_addresses_taking_turns_at_one_account_are_stopped(string formPage, string path)
    {
        var account = $"target{path.Length}@example.org";
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
            statuses.Add((await factory.ClientAt($"10.0.2.{10 * path.Length + i}").PostFormAsync(formPage, path, ("Email", account), ("Password", "wrong password"))).StatusCode);

        Assert.NotEqual(HttpStatusCode.TooManyRequests, statuses[0]);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    [Fact]
    public async Task The_answer_to_too_many_attempts_is_a_friendly_page()
    {
        var client = factory.ClientAt("10.0.3.1");
        HttpResponseMessage? last = null;
        for (var i = 0; i < 4; i++)
            last = await client.PostFormAsync("/account/login", "/account/login", ("Email", $"page{i}@example.org"), ("Password", "x"));

        Assert.Equal(HttpStatusCode.TooManyRequests, last!.StatusCode);
        Assert.Contains("Too many attempts", (await last.ReadPageAsync()).Text());
    }
}
