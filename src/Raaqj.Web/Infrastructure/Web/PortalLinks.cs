namespace Raaqj.Web.Infrastructure.Web;

/// <summary>Absolute links for emails, built from the current request's scheme and host.</summary>
public sealed class PortalLinks(LinkGenerator links, IHttpContextAccessor accessor)
{
    public string Action(string action, string controller, object? values = null) =>
        links.GetUriByAction(accessor.HttpContext!, action, controller, values)
        ?? throw new InvalidOperationException($"No route for {controller}.{action}.");
}
