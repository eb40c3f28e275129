using Microsoft.AspNetCore.Mvc.Razor;

namespace Raaqj.Web.Infrastructure.Web;

/// <summary>Views live beside their use case: /Features/{controller}/{view}.cshtml, shared ones in /Features/Shared.</summary>
public sealed class FeatureViewLocationExpander : IViewLocationExpander
{
    public void PopulateValues(ViewLocationExpanderContext context)
    {
    }

    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations) =>
        ["/Features/{1}/{0}.cshtml", "/Features/Shared/{0}.cshtml"];
}
