using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Proposals;
using Raaqj.Web.Infrastructure.Geography;

namespace Raaqj.Web.Features.Selection;

public sealed record MapRegion(SelectionRow Row, IReadOnlyList<UsAtlas.Shape> Counties, int CountiesNotDrawn)
{
    /// <summary>A marker at the middle of the region, so a region of one small county still shows on a national map.</summary>
    public (double X, double Y)? Marker => Counties.Count == 0 ? null
        : (Math.Round(Counties.Average(c => c.CenterX), 1), Math.Round(Counties.Average(c => c.CenterY), 1));
}

public sealed record MapModel(SelectionBoard Board, IReadOnlyList<UsAtlas.Shape> States, IReadOnlyList<MapRegion> Regions);

/// <summary>Every submitted region's counties, drawn over the states and coloured by where the proposal stands.</summary>
public sealed class MapHandler(AppDbContext db, SelectionBoardHandler boards, UsAtlas atlas)
{
    public async Task<MapModel?> Handle()
    {
        if (await boards.Handle() is not { } board)
            return null;
        var ids = board.Rows.Select(r => r.ProposalId).ToList();
        var counties = (await db.ProposalCounties.AsNoTracking()
                .Where(c => db.Proposals.Any(p => p.Id == c.ProposalId && p.RequestForActionId == board.Round.Id && p.Status == ProposalStatus.Submitted))
                .Select(c => new { c.ProposalId, c.Fips }).ToListAsync())
            .ToLookup(c => c.ProposalId, c => c.Fips);
        var regions = board.Rows.Select(row =>
        {
            var shapes = counties[row.ProposalId].Select(atlas.County).OfType<UsAtlas.Shape>().ToList();
            return new MapRegion(row, shapes, counties[row.ProposalId].Count() - shapes.Count);
        }).ToList();
        return new MapModel(board, atlas.States, regions);
    }
}
