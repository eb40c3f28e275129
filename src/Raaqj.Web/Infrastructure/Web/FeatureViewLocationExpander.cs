using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Razor;

namespace Raaqj.Web.Infrastructure.Web;

// Views live beside their use case, in the folder of the controller's feature (its namespace under
// Raaqj.Web.Features, so one feature may have several controllers); shared ones in /Features/Shared.
public sealed class FeatureViewLocationExpander : IViewLocationExpander
{
    private const string FeatureKey = "feature";
    private const string FeaturesNamespace = "Raaqj.Web.Features.";

    public void PopulateValues(ViewLocationExpanderContext context)
    {
        var ns = (context.ActionContext.ActionDescriptor as ControllerActionDescriptor)?.ControllerTypeInfo.Namespace ?? "";
        context.Values[FeatureKey] = ns.StartsWith(FeaturesNamespace, StringComparison.Ordinal) ? ns[FeaturesNamespace.Length..].Split('.')[0] : null;
    }

    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations) =>
        context.Values.TryGetValue(FeatureKey, out var feature) && feature is not null
            ? [$"/Features/{feature}/{{0}}.cshtml", "/Features/Shared/{0}.cshtml"]
            : ["/Features/{1}/{0}.cshtml", "/Features/Shared/{0}.cshtml"];
}
