using Raaqj.Web.Infrastructure.Caching;
using Raaqj.Web.Infrastructure.Geography;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Selection;

public sealed record MapRegion(SelectionRow Row, IReadOnlyList<UsAtlas.Shape> Counties, int CountiesNotDrawn);

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

// Colours of the stages, shared by the drawing and its legend, and the drawing itself (UsMapDrawing).
public static class RegionsDrawing
{
    private static readonly IReadOnlyDictionary<SelectionStage, string> Colours = new Dictionary<SelectionStage, string>
    {
        [SelectionStage.Submitted] = "#4c6fa5", [SelectionStage.Shortlisted] = "#087990", [SelectionStage.Selected] = "#198754",
        [SelectionStage.Waitlisted] = "#b07d00", [SelectionStage.Declined] = "#6c757d",
    };

    public static string Colour(SelectionStage stage) => Colours[stage];

    public static string Svg(MapModel map) =>
        UsMapDrawing.Svg(map.Regions.Select(r => new MapArea(Colour(r.Row.Stage), $"data-proposal=\"{r.Row.ProposalId}\"", r.Counties)), map.SharedCounties);
}
