using Microsoft.Extensions.Options;

namespace Raaqj.Web.Infrastructure.Web;

public sealed class PortalOptions
{
    public const string Section = "Portal";

    // The address people reach the portal at (https://portal.example.org). Links in email are built on it, never on a request's Host header.
    public string? PublicUrl { get; set; }

    // Used in Development when no public address is configured: the address `dotnet run` listens on.
    public const string DevelopmentUrl = "http://localhost:5250";

    public static string? Problem(string? publicUrl) =>
        string.IsNullOrWhiteSpace(publicUrl) ? "Portal:PublicUrl is not set: links in email need the address people reach the portal at (for example https://raaqj.example.org)."
        : !Uri.TryCreate(publicUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment)
            ? $"Portal:PublicUrl '{publicUrl}' must be an absolute http(s) address without a query, such as https://raaqj.example.org."
            : null;
}

// Absolute links for email, from the configured public address and the app's routes.
public sealed class PortalLinks(LinkGenerator links, IOptions<PortalOptions> options)
{
    private readonly Uri baseUri = new(options.Value.PublicUrl!.TrimEnd('/') + "/");

    public string Action(string action, string controller, object? values = null) => Absolute(Path(action, controller, values));

    // The path of an action inside the portal, as notifications keep it.
    public string Path(string action, string controller, object? values = null) =>
        links.GetPathByAction(action, controller, values) ?? throw new InvalidOperationException($"No route for {controller}.{action}.");

    public string Absolute(string path) => new Uri(baseUri, path.TrimStart('/')).ToString();
}
