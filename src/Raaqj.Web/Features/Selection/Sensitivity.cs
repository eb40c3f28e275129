using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Proposals;
using Raaqj.Web.Domain.Reviews;
using Raaqj.Web.Domain.Selection;

namespace Raaqj.Web.Features.Selection;

public sealed record SensitivityModel(SelectionBoard Board, SensitivityResult Result)
{
    public SelectionRow Row(int proposalId) => Board.Rows.Single(r => r.ProposalId == proposalId);
}

// Re-ranks from every submitted score with each weight moved, to show which top places are robust.
public sealed class SensitivityHandler(AppDbContext db, SelectionBoardHandler boards)
{
    public async Task<SensitivityModel?> Handle()
    {
        if (await boards.Handle() is not { } board)
            return null;
        var criteria = await db.SelectionCriteria.AsNoTracking().Where(c => c.RequestForActionId == board.Round.Id).OrderBy(c => c.Position)
            .Select(c => new NamedCriterion(new CriterionScale(c.Id, c.Weight, c.ScaleMin, c.ScaleMax), c.Title)).ToListAsync();
        var scores = await db.ReviewScores.AsNoTracking()
            .Join(db.ReviewsThatCount(), s => s.ReviewId, r => r.Id, (s, r) => new { r.Id, r.ReviewerUserId, r.ProposalId, s.CriterionId, s.Score })
            .Where(x => db.Proposals.Any(p => p.Id == x.ProposalId && p.RequestForActionId == board.Round.Id && p.Status == ProposalStatus.Submitted))
            .ToListAsync();
        var reviews = scores.GroupBy(s => s.Id)
            .Select(g => new ScoredReview(g.First().ReviewerUserId, g.First().ProposalId, g.ToDictionary(s => s.CriterionId, s => s.Score)))
            .ToList();
        var factors = board.Rows.ToDictionary(r => r.ProposalId, r => r.Factors);
        return new SensitivityModel(board, Sensitivity.Analyze(criteria, reviews, factors, board.Round.Weights, board.Round.Rules.CohortSize));
    }
}
