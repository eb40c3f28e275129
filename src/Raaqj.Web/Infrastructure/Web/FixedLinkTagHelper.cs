using System.Collections.Concurrent;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Raaqj.Web.Infrastructure.Web;

// <a fixed-controller="Home" fixed-action="PublicRfp">, and the same on a form: a link to an action that takes no
// route values. Its path cannot change while the portal runs, so the router is asked once per action, not for each
// of the menu's dozen links on every page (a twentieth of a page's time). Links to records keep asp-action.
[HtmlTargetElement("a", Attributes = ControllerAttribute + "," + ActionAttribute)]
[HtmlTargetElement("form", Attributes = ControllerAttribute + "," + ActionAttribute)]
public sealed class FixedLinkTagHelper(FixedPaths paths) : TagHelper
{
    private const string ControllerAttribute = "fixed-controller";
    private const string ActionAttribute = "fixed-action";

    [HtmlAttributeName(ControllerAttribute)]
    public string Controller { get; set; } = "";

    [HtmlAttributeName(ActionAttribute)]
    public string Action { get; set; } = "";

    [ViewContext, HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output) =>
        output.Attributes.SetAttribute(output.TagName == "form" ? "action" : "href",
            ViewContext.HttpContext.Request.PathBase + paths.Of(Controller, Action));
}

public sealed class FixedPaths(PortalLinks links)
{
    private readonly ConcurrentDictionary<(string Controller, string Action), string> paths = new();

    public string Of(string controller, string action) => paths.GetOrAdd((controller, action), key => links.Path(key.Action, key.Controller));
}
