using Raaqj.Web.Domain.Selection;

namespace Raaqj.Web.Features.Selection;

// The selected regions on one printable page for the program's partners; marked as a draft until released.
public sealed record CohortSummaryModel(SelectionRound Round, IReadOnlyList<SelectionRow> Selected, PortfolioTotals Totals, bool AllReleased);

public sealed class CohortSummaryHandler(SelectionBoardHandler boards)
{
    public async Task<CohortSummaryModel?> Handle()
    {
        if (await boards.Handle() is not { } board)
            return null;
        var selected = board.Rows.Where(r => r.Decision?.Outcome == DecisionOutcome.Selected).OrderBy(r => r.Region).ToList();
        return new CohortSummaryModel(board.Round, selected, PortfolioTotals.Of(selected, board.Round.Rules),
            selected.Count > 0 && selected.All(r => r.Decision!.ReleasedOutcome == DecisionOutcome.Selected && !r.Decision.HasUnreleasedChange));
    }
}
