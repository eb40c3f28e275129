using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Raaqj.IntegrationTests.Infrastructure;

// Helpers to read pages and post forms as a browser would, antiforgery token included.
public static class Http
{
    private static readonly HtmlParser Parser = new();

    public static async Task<IHtmlDocument> GetPageAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}");
        return await response.ReadPageAsync();
    }

    public static async Task<IHtmlDocument> ReadPageAsync(this HttpResponseMessage response) =>
        Parser.ParseDocument(await response.Content.ReadAsStringAsync());

    // Reads the antiforgery token from formPage, then posts the fields to action.
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string formPage, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var page = await client.GetPageAsync(formPage);
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"{formPage} has no antiforgery token");
        var content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token)));
        return await client.PostAsync(action, content);
    }

    public static Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string formPage, string action, params (string Name, string Value)[] fields) =>
        client.PostFormAsync(formPage, action, fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    // As PostFormAsync, for a form that uploads a file (multipart, as a browser sends it).
    public static async Task<HttpResponseMessage> PostFileAsync(this HttpClient client, string formPage, string action, (string Field, string FileName, byte[] Content) file,
        params (string Name, string Value)[] fields)
    {
        var page = await client.GetPageAsync(formPage);
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"{formPage} has no antiforgery token");
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (name, value) in fields)
            form.Add(new StringContent(value), name);
        var content = new ByteArrayContent(file.Content);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
        form.Add(content, file.Field, file.FileName);
        return await client.PostAsync(action, form);
    }

    public static async Task SignInAsync(this HttpClient client, string email, string password = Accounts.Password)
    {
        var response = await client.PostFormAsync("/account/login", "/account/login", ("Email", email), ("Password", password));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"signing in as {email} answered {(int)response.StatusCode}");
    }

    public static async Task<HttpClient> SignedInAsync(this PortalFactory factory, string email, string password = Accounts.Password)
    {
        var client = factory.NewClient();
        await client.SignInAsync(email, password);
        return client;
    }

    // Registers an anchor account, confirms it through the emailed link and signs in.
    public static async Task<HttpClient> RegisteredAnchorAsync(this PortalFactory factory, string email, string password = "a long enough passphrase")
    {
        var client = factory.NewClient();
        await client.PostFormAsync("/account/register", "/account/register",
            ("DisplayName", "New Colleague"), ("Email", email), ("Password", password), ("ConfirmPassword", password));
        await client.GetPageAsync(factory.LinkInLatestMailTo(email));
        await client.SignInAsync(email, password);
        return client;
    }

    // The message shown next to a field, or null.
    public static string? FieldError(this IHtmlDocument page, string fieldId) =>
        page.GetElementById(fieldId + "-error")?.TextContent.Trim();

    public static string Text(this IHtmlDocument page) => page.Body?.TextContent ?? "";
}
