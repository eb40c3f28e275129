using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;

namespace Raaqj.Web.Infrastructure.Web;

// Links to the same list with another sort, filter or page. The path comes from the route once per page and
// the query is added to it: asking the router for every column header and pager button was a tenth of a list
// page's time. Values are written as the router writes them (invariant culture), and empty ones left out.
public sealed class ListLink
{
    private readonly string path;
    private readonly IReadOnlyDictionary<string, object?> current;

    public ListLink(string path, object currentValues)
    {
        this.path = path;
        current = new Microsoft.AspNetCore.Routing.RouteValueDictionary(currentValues);
    }

    public string With(params (string Name, object? Value)[] changes)
    {
        var values = new Dictionary<string, object?>(current, StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in changes)
            values[name] = value;
        return QueryHelpers.AddQueryString(path, values
            .Select(v => KeyValuePair.Create(v.Key, Convert.ToString(v.Value, CultureInfo.InvariantCulture)))
            .Where(v => !string.IsNullOrEmpty(v.Value)));
    }
}
