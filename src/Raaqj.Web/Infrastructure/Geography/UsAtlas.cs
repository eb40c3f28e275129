using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Raaqj.Web.Infrastructure.Geography;

// County and state outlines as SVG paths on a 975 × 610 canvas, decoded once from the embedded TopoJSON
// (Data/Reference/us-counties-albers-10m.json, already projected to Albers USA, so no projection math here).
public sealed class UsAtlas
{
    public const int Width = 975;
    public const int Height = 610;

    // Path holds only digits, points, commas and M, L, Z (UsAtlasTests), so it goes into the map images as it is.
    public sealed record Shape(string Id, string Name, string Path, double CenterX, double CenterY);

    private readonly Dictionary<string, Shape> counties;

    public UsAtlas()
    {
        using var stream = typeof(UsAtlas).Assembly.GetManifestResourceStream("Raaqj.Web.Data.Reference.us-counties-albers-10m.json")
            ?? throw new InvalidOperationException("The map data is missing from the build.");
        using var topology = JsonDocument.Parse(stream);
        var root = topology.RootElement;
        var transform = root.GetProperty("transform");
        var (scaleX, scaleY) = (transform.GetProperty("scale")[0].GetDouble(), transform.GetProperty("scale")[1].GetDouble());
        var (moveX, moveY) = (transform.GetProperty("translate")[0].GetDouble(), transform.GetProperty("translate")[1].GetDouble());

        // Arcs are quantized and delta-encoded: each point is the sum of the steps before it.
        var arcs = root.GetProperty("arcs").EnumerateArray().Select(arc =>
        {
            double x = 0, y = 0;
            return arc.EnumerateArray().Select(step =>
            {
                x += step[0].GetDouble();
                y += step[1].GetDouble();
                return (X: Math.Round(x * scaleX + moveX, 1), Y: Math.Round(y * scaleY + moveY, 1));
            }).ToArray();
        }).ToArray();

        Shape ToShape(JsonElement geometry)
        {
            var polygons = geometry.GetProperty("type").GetString() == "MultiPolygon"
                ? geometry.GetProperty("arcs").EnumerateArray().ToList()
                : [geometry.GetProperty("arcs")];
            var path = new StringBuilder();
            var points = new List<(double X, double Y)>();
            foreach (var ring in polygons.SelectMany(polygon => polygon.EnumerateArray()))
            {
                var ringPoints = new List<(double X, double Y)>();
                foreach (var index in ring.EnumerateArray().Select(i => i.GetInt32()))
                {
                    var arc = index >= 0 ? arcs[index] : arcs[~index].Reverse().ToArray();
                    ringPoints.AddRange(ringPoints.Count == 0 ? arc : arc.Skip(1));
                }
                path.Append('M').Append(string.Join('L', ringPoints.Select(p => Format(p.X) + "," + Format(p.Y)))).Append('Z');
                points.AddRange(ringPoints);
            }
            var id = geometry.TryGetProperty("id", out var value) ? value.GetString() ?? "" : "";
            var name = geometry.TryGetProperty("properties", out var properties) && properties.TryGetProperty("name", out var n) ? n.GetString() ?? "" : "";
            return new Shape(id, name, path.ToString(),
                points.Count == 0 ? 0 : (points.Min(p => p.X) + points.Max(p => p.X)) / 2, points.Count == 0 ? 0 : (points.Min(p => p.Y) + points.Max(p => p.Y)) / 2);
        }

        var objects = root.GetProperty("objects");
        States = objects.GetProperty("states").GetProperty("geometries").EnumerateArray().Select(ToShape).ToList();
        counties = objects.GetProperty("counties").GetProperty("geometries").EnumerateArray().Select(ToShape).ToDictionary(c => c.Id);
        // Presentation attributes rather than a style sheet: an image's own styles would need the page's style policy loosened.
        StatesSvg = $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\">" +
            "<g fill=\"#eef1f4\" stroke=\"#fff\" stroke-width=\".8\">" + string.Concat(States.Select(s => $"<path d=\"{s.Path}\"/>")) + "</g></svg>";
        StatesVersion = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(StatesSvg)))[..12];
    }

    public IReadOnlyList<Shape> States { get; }

    // Every state's outline as one SVG image, the background of every national map; its version names its content.
    public string StatesSvg { get; }

    public string StatesVersion { get; }

    // The county's outline, or null for a FIPS code the 2017 boundaries do not have.
    public Shape? County(string fips) => counties.GetValueOrDefault(fips);

    private static string Format(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
