using System.Globalization;
using System.Text;

namespace Raaqj.Web.Infrastructure.Geography;

// A region drawn on the national map: its counties filled in its colour and a dot at its middle, so a region of one
// small county still shows. Data names the region for the page (data-proposal="12").
public sealed record MapArea(string Colour, string Data, IReadOnlyList<UsAtlas.Shape> Counties)
{
    public (double X, double Y)? Marker => Counties.Count == 0 ? null
        : (Math.Round(Counties.Average(c => c.CenterX), 1), Math.Round(Counties.Average(c => c.CenterY), 1));
}

// Regions as one SVG over the states (every map of the portal: applicant regions, target regions): presentation
// attributes only, since an image's own styles would need the page's style policy loosened. Counties two regions
// claim are hatched over them.
public static class UsMapDrawing
{
    public static string Svg(IEnumerable<MapArea> areas, IReadOnlyList<UsAtlas.Shape> shared)
    {
        static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
        var list = areas.ToList();
        var svg = new StringBuilder($"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {UsAtlas.Width} {UsAtlas.Height}\" width=\"{UsAtlas.Width}\" height=\"{UsAtlas.Height}\">")
            .Append("<defs><pattern id=\"shared-hatch\" width=\"4\" height=\"4\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">")
            .Append("<rect width=\"4\" height=\"4\" fill=\"#fff3cd\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"4\" stroke=\"#842029\" stroke-width=\"1.5\"/></pattern></defs>");
        foreach (var area in list)
        {
            svg.Append($"<g class=\"region\" {area.Data} fill=\"{area.Colour}\" stroke=\"#212529\" stroke-width=\".3\">");
            foreach (var county in area.Counties)
                svg.Append("<path d=\"").Append(county.Path).Append("\"/>");
            svg.Append("</g>");
        }
        // Dots over every fill, so a region of one small county still shows.
        foreach (var area in list)
        {
            if (area.Marker is { } marker)
                svg.Append($"<circle cx=\"{Number(marker.X)}\" cy=\"{Number(marker.Y)}\" r=\"6\" fill=\"{area.Colour}\" stroke=\"#fff\" stroke-width=\"1.5\"/>");
        }
        if (shared.Count > 0)
        {
            svg.Append("<g class=\"shared\" fill=\"url(#shared-hatch)\" stroke=\"#842029\" stroke-width=\"1\">");
            foreach (var county in shared)
                svg.Append("<path d=\"").Append(county.Path).Append("\"/>");
            svg.Append("</g>");
        }
        return svg.Append("</svg>").ToString();
    }
}
