using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Routing;

namespace Raaqj.UnitTests.Infrastructure;

// Links come from routes: a view or class never spells out an app path, and every route it names exists, so renaming
// a route or an action fails here instead of leaving a dead link.
public partial class LinksTests
{
    private static readonly Type[] Controllers = typeof(Raaqj.Web.Features.Home.HomeController).Assembly.GetTypes()
        .Where(t => typeof(ControllerBase).IsAssignableFrom(t) && !t.IsAbstract).ToArray();

    [Fact]
    public void No_view_or_class_spells_out_an_app_path()
    {
        var firstSegments = RouteTemplates().Select(FirstSegment).Where(s => s.Length > 0).ToHashSet(StringComparer.OrdinalIgnoreCase);
        Assert.Contains("proposals", firstSegments);

        var found = SourceFiles().SelectMany(file => LiteralPaths(File.ReadAllText(file), firstSegments)
            .Select(line => $"{Path.GetRelativePath(SourceRoot, file)}:{line}")).ToList();

        Assert.True(found.Count == 0, "Literal app paths (use asp-action, Url.Action or RedirectToAction):\n" + string.Join("\n", found));
    }

    [Fact]
    public void The_scan_finds_literal_paths_and_lets_route_built_links_pass()
    {
        string[] segments = ["proposals", "dashboard"];
        Assert.Equal([1, 2, 3, 4], LiteralPaths("""
            <a href="/proposals/@p.Id">Open</a>
            <form method="post" action="/">
            return Redirect("/dashboard");
            var url = $"/proposals/{id}/print";
            <a asp-controller="Proposals" asp-action="Overview" asp-route-id="@p.Id">Open</a>
            <script src="~/lib/chart.js/chart.umd.min.js"></script>
            [HttpGet("/dashboard")]
            """, segments));
    }

    [Fact]
    public void Every_route_a_view_or_class_names_exists_with_the_values_it_passes()
    {
        var references = SourceFiles().SelectMany(file => RouteReferences(File.ReadAllText(file))
            .Select(r => r with { Place = $"{Path.GetRelativePath(SourceRoot, file)}:{r.Place}" })).ToList();
        Assert.True(references.Count > 100, $"only {references.Count} route references found; the scan is broken");

        var broken = references.Select(r => (r, Problem: ProblemWith(r))).Where(x => x.Problem is not null)
            .Select(x => $"{x.r.Place}: {x.r.Controller}.{string.Join("|", x.r.Actions)}: {x.Problem}").ToList();

        Assert.True(broken.Count == 0, "Links to routes that do not exist:\n" + string.Join("\n", broken));
    }

    [Fact]
    public void A_link_to_a_missing_action_or_value_is_reported()
    {
        var references = RouteReferences("""
            <a asp-controller="Proposals" asp-action="Overview" asp-route-proposalId="@p.Id">x</a>
            <a asp-controller="Proposals" asp-action="Gone">x</a>
            <a asp-action="Overview">x</a>
            links.Action("Overview", "Proposals", new { id = 4 })
            """).ToList();

        Assert.Equal(
            ["no route value proposalId", "no such action", "asp-action without asp-controller", "none"],
            references.Select(r => ProblemWith(r) ?? "none").ToArray());
    }

    private sealed record RouteReference(string Place, string? Controller, string[] Actions, string[] Values);

    private static string? ProblemWith(RouteReference reference)
    {
        if (reference.Controller is null)
            return "asp-action without asp-controller";
        var controller = Controllers.SingleOrDefault(t => t.Name == reference.Controller + "Controller");
        if (controller is null)
            return "no such controller";
        foreach (var action in reference.Actions)
        {
            var methods = controller.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(m => m.Name == action).ToList();
            if (methods.Count == 0)
                return "no such action";
            // A query object ([FromQuery] EcosystemQuery query) binds its properties by name.
            var known = methods.SelectMany(m => m.GetParameters().Select(p => p.Name!)
                    .Concat(m.GetParameters().Where(p => p.GetCustomAttribute<Microsoft.AspNetCore.Mvc.FromQueryAttribute>() is not null && p.ParameterType.IsClass && p.ParameterType != typeof(string))
                        .SelectMany(p => p.ParameterType.GetProperties().Select(x => x.Name)))
                    .Concat(Templates(controller, m).SelectMany(t => RouteParameter().Matches(t).Select(p => p.Groups[1].Value))))
                .ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (reference.Values.FirstOrDefault(v => !known.Contains(v)) is { } unknown)
                return $"no route value {unknown}";
        }
        return null;
    }

    private static IEnumerable<RouteReference> RouteReferences(string text)
    {
        var lines = LineStarts(text);
        foreach (Match tag in TagWithAction().Matches(text))
        {
            var body = tag.Value;
            var controller = Attribute(body, "asp-controller");
            var actionValue = Attribute(body, "asp-action")!;
            var actions = actionValue.StartsWith('@') ? QuotedWords().Matches(actionValue).Select(m => m.Groups[1].Value).ToArray() : [actionValue];
            var values = AspRoute().Matches(body).Select(m => m.Groups[1].Value).ToArray();
            yield return new RouteReference(LineOf(lines, tag.Index).ToString(), controller, actions, values);
        }
        foreach (Match call in ActionCall().Matches(text))
        {
            var values = call.Groups["values"].Success
                ? call.Groups["values"].Value.Split(',').Select(v => v.Split('=')[0].Trim()).Where(v => v.Length > 0).ToArray()
                : [];
            yield return new RouteReference(LineOf(lines, call.Index).ToString(), call.Groups["controller"].Value, [call.Groups["action"].Value], values);
        }
    }

    private static IEnumerable<int> LiteralPaths(string text, IReadOnlyCollection<string> firstSegments)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (RouteDefinition().IsMatch(line))
                continue;
            var literal = LiteralPath().Matches(line).Any(m =>
                m.Groups[1].Value.Length == 0 || firstSegments.Contains(m.Groups[1].Value));
            if (literal)
                yield return i + 1;
        }
    }

    private static IEnumerable<string> RouteTemplates() =>
        Controllers.SelectMany(c => c.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).SelectMany(m => Templates(c, m)));

    private static IEnumerable<string> Templates(Type controller, MethodInfo method)
    {
        var prefix = controller.GetCustomAttribute<RouteAttribute>()?.Template ?? "";
        foreach (var provider in method.GetCustomAttributes().OfType<IRouteTemplateProvider>())
        {
            var template = provider.Template ?? "";
            yield return template.StartsWith('/') || template.StartsWith("~/") ? template.TrimStart('~', '/')
                : string.Join('/', new[] { prefix, template }.Where(p => p.Length > 0));
        }
    }

    private static string FirstSegment(string template) => template.Split('/')[0] is var first && !first.StartsWith('{') ? first : "";

    private static string? Attribute(string tag, string name) =>
        Regex.Match(tag, $@"\s{name}=""((?:[^""@]|@\((?:[^()]|""[^""]*"")*\)|@)*)""") is { Success: true } m ? m.Groups[1].Value : null;

    private static int[] LineStarts(string text) =>
        [0, .. text.Select((c, i) => (c, i)).Where(x => x.c == '\n').Select(x => x.i + 1)];

    private static int LineOf(int[] starts, int index) => Array.FindLastIndex(starts, s => s <= index) + 1;

    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(SourceRoot, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs") || f.EndsWith(".cshtml"))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}")
                && !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}"));

    private static string SourceRoot
    {
        get
        {
            var folder = new DirectoryInfo(AppContext.BaseDirectory);
            while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "RAAQJ.sln")))
                folder = folder.Parent;
            return Path.Combine(folder?.FullName ?? throw new InvalidOperationException("RAAQJ.sln not found above the test folder"), "src", "Raaqj.Web");
        }
    }

    // "/x" or $"/x/{id}" in code, href="/x" in markup; the captured segment is empty for the root "/".
    [GeneratedRegex("""(?:\$|[=(,?:]\s*|\breturn\s+)"/([A-Za-z][\w.-]*|)(?=[/"?#{])""")]
    private static partial Regex LiteralPath();

    // A route's own definition: [Route(...)], [HttpGet(...)], or a const naming a route.
    [GeneratedRegex("""^\s*\[(Route|Http\w+)\(|const string \w*Route\b""")]
    private static partial Regex RouteDefinition();

    [GeneratedRegex("""<(?:a|form|button|input)\b[^>]*\sasp-action=[^>]*>""")]
    private static partial Regex TagWithAction();

    [GeneratedRegex("""\sasp-route-(\w+)=""")]
    private static partial Regex AspRoute();

    [GeneratedRegex("\"(\\w+)\"")]
    private static partial Regex QuotedWords();

    [GeneratedRegex("""\{(\w+)[^}]*\}""")]
    private static partial Regex RouteParameter();

    [GeneratedRegex("""\b(?:Action|GetPathByAction|RedirectToAction)\(\s*(?:"(?<action>\w+)"|nameof\((?:\w+\.)*(?<action>\w+)\))\s*,\s*"(?<controller>\w+)"\s*(?:,\s*new\s*\{(?<values>[^}]*)\})?""")]
    private static partial Regex ActionCall();
}
