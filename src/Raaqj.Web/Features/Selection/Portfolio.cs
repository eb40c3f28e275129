using Raaqj.Web.Domain.Proposals;
using Raaqj.Web.Domain.Selection;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Selection;

// The running totals of a set of regions, against the rules.
public sealed record PortfolioTotals(
    int Regions, int CohortSize, decimal Requested, decimal? Budget, IReadOnlyList<string> States, IReadOnlyList<string> CensusRegions,
    decimal CommittedMatch, decimal PendingMatch, IReadOnlyDictionary<PriorityPopulation, int> PopulationsReached, IReadOnlyList<string> SharedCounties)
{
    public static PortfolioTotals Of(IReadOnlyCollection<SelectionRow> rows, PortfolioRules rules) => new(
        rows.Count, rules.CohortSize, rows.Sum(r => r.Factors.AmountRequested ?? 0), rules.Budget,
        rows.SelectMany(r => r.States).Distinct().Order().ToList(), rows.SelectMany(r => r.CensusRegions).Distinct().Order().ToList(),
        rows.Sum(r => r.Factors.CommittedMatch), rows.Sum(r => r.Factors.PendingMatch),
        rows.SelectMany(r => r.PopulationCounts).GroupBy(c => c.Key).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Sum(c => c.Value)),
        OverlapsWithin(rows));

    // Pairs of these regions that share counties, in words: their population figures overlap.
    private static IReadOnlyList<string> OverlapsWithin(IReadOnlyCollection<SelectionRow> rows)
    {
        var ids = rows.Select(r => r.ProposalId).ToHashSet();
        return rows.SelectMany(r => r.Overlaps.Where(o => o.ProposalId > r.ProposalId && ids.Contains(o.ProposalId))
                .Select(o => $"{r.Region} and {o.Region} share {o.Counties.Count} {(o.Counties.Count == 1 ? "county" : "counties")} ({string.Join(", ", o.Counties)})"))
            .ToList();
    }
}

public sealed record PortfolioModel(
    SelectionBoard Board, IReadOnlyList<SelectionRow> Shortlist, Page<SelectionRow> Others, PortfolioTotals Totals,
    IReadOnlyList<string> Warnings, RulesForm Form, PortfolioSuggestion? Suggestion)
{
    public IReadOnlyList<SelectionRow> Suggested => Suggestion is null ? [] : Suggestion.ProposalIds.Select(id => Board.Rows.Single(r => r.ProposalId == id)).ToList();
}

// The shortlist with its running totals and warnings, and the suggestion on request.
public sealed class PortfolioHandler(SelectionBoardHandler boards)
{
    public const int OthersPageSize = 50;

    public async Task<PortfolioModel?> Handle(bool suggest, int? page = null, RulesForm? postedRules = null)
    {
        if (await boards.Handle() is not { } board)
            return null;
        var shortlist = board.Rows.Where(r => r.Shortlisted).ToList();
        var rules = board.Round.Rules;
        var warnings = Portfolio.Warnings(shortlist.Select(r => r.AsCandidate()).ToList(), rules);
        var suggestion = suggest ? Portfolio.Suggest(board.Rows.Where(r => r.Ranked.Combined is not null).Select(r => r.AsCandidate()).ToList(), rules) : null;
        var others = Page<SelectionRow>.Of(board.Rows.Where(r => !r.Shortlisted).ToList(), page, OthersPageSize);
        return new PortfolioModel(board, shortlist, others, PortfolioTotals.Of(shortlist, rules),
            warnings, postedRules ?? RulesForm.From(board.Round), suggestion);
    }
}

// One of the portfolio's two tables: the shortlist (with Remove) or the other proposals (with Shortlist).
public sealed record PortfolioTableModel(IReadOnlyList<SelectionRow> Rows, bool OnShortlist, string Caption);
