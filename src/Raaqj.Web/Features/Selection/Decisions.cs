using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Cohort;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Selection;

public sealed record DecisionsModel(SelectionBoard Board, Page<SelectionRow> Rows, IReadOnlyList<SelectionRow> Undecided, int ToRelease, IReadOnlyList<CohortRegion> Cohort)
{
    public const int PageSize = 50;
}

// The decisions page: every submitted proposal with its draft and released outcome, and the cohort so far.
public sealed class DecisionsHandler(AppDbContext db, SelectionBoardHandler boards)
{
    public async Task<DecisionsModel?> Handle(int? page = null)
    {
        if (await boards.Handle() is not { } board)
            return null;
        var cohort = await db.CohortRegions.AsNoTracking().Where(c => c.RequestForActionId == board.Round.Id).OrderBy(c => c.RegionName).ToListAsync();
        return new DecisionsModel(board, Page<SelectionRow>.Of(board.Rows, page, DecisionsModel.PageSize), board.Rows.Where(r => r.Decision?.Outcome is null).ToList(),
            board.Rows.Count(r => r.Decision?.HasUnreleasedChange == true), cohort);
    }
}
