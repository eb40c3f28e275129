using System.Globalization;
using System.Text;
using Raaqj.Web.Infrastructure.Caching;
using Raaqj.Web.Infrastructure.Geography;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Selection;

public sealed record MapRegion(SelectionRow Row, IReadOnlyList<UsAtlas.Shape> Counties, int CountiesNotDrawn)
{
    // A marker at the middle of the region, so a region of one small county still shows on a national map.
    public (double X, double Y)? Marker => Counties.Count == 0 ? null
        : (Math.Round(Counties.Average(c => c.CenterX), 1), Math.Round(Counties.Average(c => c.CenterY), 1));
}

// SharedCounties: Counties claimed by two or more regions, drawn hatched over them.
// StatesVersion, RegionsVersion: Name the two images the map is drawn from (the states, then the regions), which the
// browser keeps until they change; the regions' version is the content stamp.
// Listed: One page of the regions' table under the map, its equivalent for screen readers.
public sealed record MapModel(SelectionBoard Board, string StatesVersion, string RegionsVersion, IReadOnlyList<MapRegion> Regions,
    IReadOnlyList<UsAtlas.Shape> SharedCounties, Page<MapRegion> Listed)
{
    public const int PageSize = 50;
}

// Every submitted region's counties, drawn over the states and coloured by where the proposal stands.
public sealed class MapHandler(SelectionBoardHandler boards, UsAtlas atlas, ContentCache cache)
{
    public async Task<MapModel?> Handle(int? page)
    {
        if (await boards.Handle() is not { } board)
            return null;
        var (regions, shared) = await cache.GetAsync($"map/{board.Round.Id}", () => Task.FromResult(Shapes(board)));
        return new MapModel(board, atlas.StatesVersion, await cache.StampAsync() ?? "", regions, shared, Page<MapRegion>.Of(regions, page, MapModel.PageSize));
    }

    // Each region's county outlines and the counties claimed twice: a thousand regions' worth is read once per change of content.
    private (IReadOnlyList<MapRegion> Regions, IReadOnlyList<UsAtlas.Shape> Shared) Shapes(SelectionBoard board)
    {
        var regions = board.Rows.Select(row =>
        {
            var shapes = row.Counties.Select(atlas.County).OfType<UsAtlas.Shape>().ToList();
            return new MapRegion(row, shapes, row.Counties.Count - shapes.Count);
        }).ToList();
        var shared = board.Rows.SelectMany(r => r.Counties).GroupBy(f => f).Where(g => g.Count() > 1)
            .Select(g => atlas.County(g.Key)).OfType<UsAtlas.Shape>().ToList();
        return (regions, shared);
    }

    // The regions as one SVG image over the states: with a thousand applicants, thousands of county outlines, which
    // the page would otherwise carry on every request. Drawn once per change of content.
    public async Task<string?> RegionsImageAsync() =>
        await Handle(page: null) is { } map ? await cache.GetAsync($"map-regions/{map.Board.Round.Id}", () => Task.FromResult(RegionsDrawing.Svg(map))) : null;
}

// Colours of the stages, shared by the drawing and its legend, and the drawing itself: presentation attributes only,
// since an image's own styles would need the page's style policy loosened.
public static class RegionsDrawing
{
    private static readonly IReadOnlyDictionary<SelectionStage, string> Colours = new Dictionary<SelectionStage, string>
    {
        [SelectionStage.Submitted] = "#4c6fa5", [SelectionStage.Shortlisted] = "#087990", [SelectionStage.Selected] = "#198754",
        [SelectionStage.Waitlisted] = "#b07d00", [SelectionStage.Declined] = "#6c757d",
    };

    public static string Colour(SelectionStage stage) => Colours[stage];

    public static string Svg(MapModel map)
    {
        static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
        var svg = new StringBuilder($"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {UsAtlas.Width} {UsAtlas.Height}\" width=\"{UsAtlas.Width}\" height=\"{UsAtlas.Height}\">")
            .Append("<defs><pattern id=\"shared-hatch\" width=\"4\" height=\"4\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">")
            .Append("<rect width=\"4\" height=\"4\" fill=\"#fff3cd\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"4\" stroke=\"#842029\" stroke-width=\"1.5\"/></pattern></defs>");
        foreach (var region in map.Regions)
        {
            svg.Append($"<g class=\"region\" data-proposal=\"{region.Row.ProposalId}\" fill=\"{Colour(region.Row.Stage)}\" stroke=\"#212529\" stroke-width=\".3\">");
            foreach (var county in region.Counties)
                svg.Append("<path d=\"").Append(county.Path).Append("\"/>");
            svg.Append("</g>");
        }
        // Dots over every fill, so a region of one small county still shows.
        foreach (var region in map.Regions)
        {
            if (region.Marker is { } marker)
                svg.Append($"<circle cx=\"{Number(marker.X)}\" cy=\"{Number(marker.Y)}\" r=\"6\" fill=\"{Colour(region.Row.Stage)}\" stroke=\"#fff\" stroke-width=\"1.5\"/>");
        }
        if (map.SharedCounties.Count > 0)
        {
            svg.Append("<g class=\"shared\" fill=\"url(#shared-hatch)\" stroke=\"#842029\" stroke-width=\"1\">");
            foreach (var county in map.SharedCounties)
                svg.Append("<path d=\"").Append(county.Path).Append("\"/>");
            svg.Append("</g>");
        }
        return svg.Append("</svg>").ToString();
    }
}
