using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Raaqj.IntegrationTests.Infrastructure;

// The sign-in cookie as someone who copied it would hold it: signed in without a cookie jar, then sent by hand,
// to this instance or to another on the same database.
public static class CopiedCookies
{
    public static async Task<string> AuthCookieAsync(this PortalFactory factory, string email, string password = Accounts.Password)
    {
        var bare = Bare(factory);
        var form = await bare.GetAsync("/account/login");
        var antiforgery = Cookies(form).Single(c => c.StartsWith("raaqj.antiforgery=", StringComparison.Ordinal));
        var token = new HtmlParser().ParseDocument(await form.Content.ReadAsStringAsync())
            .QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var post = new HttpRequestMessage(HttpMethod.Post, "/account/login")
        {
            Content = new FormUrlEncodedContent([new("Email", email), new("Password", password), new("__RequestVerificationToken", token)]),
        };
        post.Headers.Add("Cookie", antiforgery);
        var signedIn = await bare.SendAsync(post);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, signedIn.StatusCode);
        return Cookies(signedIn).Single(c => c.StartsWith("raaqj.auth=", StringComparison.Ordinal));
    }

    // A page asked with the given cookie (or none), redirects not followed.
    public static Task<HttpResponseMessage> GetWithCookieAsync(this PortalFactory factory, string url, string? cookie)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (cookie is not null)
            request.Headers.Add("Cookie", cookie);
        return Bare(factory).SendAsync(request);
    }

    public static IEnumerable<string> Cookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values.Select(v => v.Split(';')[0]) : [];

    private static HttpClient Bare(PortalFactory factory) => factory.CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri(PortalFactory.PublicUrl),
    });
}
