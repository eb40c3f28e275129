using Raaqj.Web.Infrastructure.Geography;

namespace Raaqj.Web.Features.Selection;

public sealed record MapRegion(SelectionRow Row, IReadOnlyList<UsAtlas.Shape> Counties, int CountiesNotDrawn)
{
    // A marker at the middle of the region, so a region of one small county still shows on a national map.
    public (double X, double Y)? Marker => Counties.Count == 0 ? null
        : (Math.Round(Counties.Average(c => c.CenterX), 1), Math.Round(Counties.Average(c => c.CenterY), 1));
}

// SharedCounties: Counties claimed by two or more regions, drawn hatched over them.
// StatesVersion: Names the states' outlines, drawn underneath as one image the browser keeps (MapsController).
public sealed record MapModel(SelectionBoard Board, string StatesVersion, IReadOnlyList<MapRegion> Regions, IReadOnlyList<UsAtlas.Shape> SharedCounties);

// Every submitted region's counties, drawn over the states and coloured by where the proposal stands.
public sealed class MapHandler(SelectionBoardHandler boards, UsAtlas atlas)
{
    public async Task<MapModel?> Handle()
    {
        if (await boards.Handle() is not { } board)
            return null;
        var regions = board.Rows.Select(row =>
        {
            var shapes = row.Counties.Select(atlas.County).OfType<UsAtlas.Shape>().ToList();
            return new MapRegion(row, shapes, row.Counties.Count - shapes.Count);
        }).ToList();
        var shared = board.Rows.SelectMany(r => r.Counties).GroupBy(f => f).Where(g => g.Count() > 1)
            .Select(g => atlas.County(g.Key)).OfType<UsAtlas.Shape>().ToList();
        return new MapModel(board, atlas.StatesVersion, regions, shared);
    }
}
