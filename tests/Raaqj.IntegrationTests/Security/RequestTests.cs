using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;
using Raaqj.IntegrationTests.Infrastructure;

namespace Raaqj.IntegrationTests.Security;

// Client mistakes answer 4xx with the friendly page, never 500; what the portal sends about itself and its files.
public sealed class RequestTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    private static async Task AssertFriendly(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal(expected, response.StatusCode);
        Assert.Contains("Go to the home page", (await response.ReadPageAsync()).Text());
    }

    [Fact]
    public async Task A_form_with_five_thousand_fields_is_answered_400()
    {
        var fields = Enumerable.Range(0, 5_000).Select(i => new KeyValuePair<string, string>($"f{i}", "x"));

        var response = await factory.NewClient().PostAsync("/account/login", new FormUrlEncodedContent(fields));

        await AssertFriendly(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_malformed_multipart_body_is_answered_400()
    {
        var content = new StringContent("--xyz\r\nContent-Disposition: form-data; name=\"Email\"\r\n\r\nsomeone@exa", Encoding.UTF8);
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data; boundary=xyz");

        var response = await factory.NewClient().PostAsync("/account/login", content);

        await AssertFriendly(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_form_value_over_the_limit_on_an_anonymous_form_is_answered_413()
    {
        var huge = new FormUrlEncodedContent([new("Email", new string('a', 5 * 1024 * 1024))]);

        var response = await factory.NewClient().PostAsync("/account/login", huge);

        await AssertFriendly(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Over_plain_HTTP_outside_Development_the_portal_explains_instead_of_failing()
    {
        var plain = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://portal.test") });

        var page = await plain.GetAsync("/account/login");
        var post = await plain.PostAsync("/account/login", new FormUrlEncodedContent([new("Email", Accounts.Staff), new("Password", "x")]));

        Assert.Equal(HttpStatusCode.MisdirectedRequest, page.StatusCode);
        Assert.Contains("only over HTTPS", await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.MisdirectedRequest, post.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await plain.GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task The_TempData_cookie_is_secure_outside_Development()
    {
        var client = await factory.SignedInAsync(Accounts.Staff);

        var response = await client.PostFormAsync("/account/password", "/account/logout");

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Mvc.CookieTempDataProvider=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Downloads_are_never_cached()
    {
        var staff = await factory.SignedInAsync(Accounts.Staff);

        var response = await staff.GetAsync("/reviews/results/scores.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, "Cache-Control: no-store missing");
    }

    [Fact]
    public void The_server_does_not_name_itself() =>
        Assert.False(factory.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.AddServerHeader);
}

// Behind a proxy at 10.9.9.9 that terminates TLS.
public sealed class ProxiedFactory : PortalFactory
{
    public const string Proxy = "10.9.9.9";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Network:TrustForwardedHeaders", "true");
        builder.UseSetting("Network:KnownProxies", Proxy);
        ClientAddress.FromHeader(builder);
    }
}

public sealed class ForwardedHeadersTests(ProxiedFactory factory) : PortalTest<ProxiedFactory>(factory)
{
    [Theory]
    [InlineData(ProxiedFactory.Proxy, HttpStatusCode.MisdirectedRequest)]
    [InlineData("10.8.8.8", HttpStatusCode.OK)]
    public async Task Forwarded_headers_are_believed_only_from_the_listed_proxies(string sender, HttpStatusCode expected)
    {
        var client = factory.NewClient().At(sender);
        // A forwarded scheme of plain HTTP: believed, it makes the request insecure; ignored, the request stays HTTPS.
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "http");

        Assert.Equal(expected, (await client.GetAsync("/account/login")).StatusCode);
    }
}
