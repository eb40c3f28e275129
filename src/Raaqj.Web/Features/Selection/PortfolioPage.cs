using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Proposals;
using Raaqj.Web.Domain.Selection;
using Raaqj.Web.Infrastructure.Auditing;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Selection;

/// <summary>The running totals of a set of regions, against the rules.</summary>
public sealed record PortfolioTotals(
    int Regions, int CohortSize, decimal Requested, decimal? Budget, IReadOnlyList<string> States, IReadOnlyList<string> CensusRegions,
    decimal CommittedMatch, decimal PendingMatch, IReadOnlyDictionary<PriorityPopulation, int> PopulationsReached)
{
    public static PortfolioTotals Of(IReadOnlyCollection<SelectionRow> rows, PortfolioRules rules) => new(
        rows.Count, rules.CohortSize, rows.Sum(r => r.Factors.AmountRequested ?? 0), rules.Budget,
        rows.SelectMany(r => r.States).Distinct().Order().ToList(), rows.SelectMany(r => r.CensusRegions).Distinct().Order().ToList(),
        rows.Sum(r => r.Factors.CommittedMatch), rows.Sum(r => r.Factors.PendingMatch),
        rows.SelectMany(r => r.PopulationCounts).GroupBy(c => c.Key).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Sum(c => c.Value)));
}

public sealed record PortfolioModel(
    SelectionBoard Board, IReadOnlyList<SelectionRow> Shortlist, Page<SelectionRow> Others, PortfolioTotals Totals,
    IReadOnlyList<string> Warnings, RulesForm Form, PortfolioSuggestion? Suggestion)
{
    public IReadOnlyList<SelectionRow> Suggested => Suggestion is null ? [] : Suggestion.ProposalIds.Select(id => Board.Rows.Single(r => r.ProposalId == id)).ToList();
}

/// <summary>The shortlist with its running totals and warnings, the suggestion on request, and the shortlist changes (each audited).</summary>
public sealed class PortfolioHandler(AppDbContext db, SelectionBoardHandler boards, AuditLog audit)
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

    /// <summary>Puts a submitted proposal of the round on the shortlist or takes it off; false when there is no such proposal.</summary>
    public async Task<bool> SetShortlisted(int proposalId, bool shortlisted)
    {
        var proposal = await db.Proposals.AsNoTracking().Where(p => p.Id == proposalId && p.Status == ProposalStatus.Submitted)
            .Join(db.Organizations, p => p.OrganizationId, o => o.Id, (p, o) => new { p.Id, p.RequestForActionId, o.LegalName, p.RegionName })
            .FirstOrDefaultAsync();
        if (proposal is null)
            return false;
        var decision = await db.SelectionDecisions.FirstOrDefaultAsync(d => d.ProposalId == proposalId);
        if (decision is null)
        {
            decision = new SelectionDecision { ProposalId = proposalId, RequestForActionId = proposal.RequestForActionId };
            db.SelectionDecisions.Add(decision);
        }
        if (decision.IsShortlisted == shortlisted)
            return true;
        // The version guards the outcome; shortlisting touches no field a decision form holds.
        decision.IsShortlisted = shortlisted;
        audit.Record(shortlisted ? AuditActions.Shortlisted : AuditActions.Unshortlisted, nameof(Proposal), proposalId.ToString(),
            $"{(shortlisted ? "Shortlisted" : "Took off the shortlist")} {proposal.LegalName} ({proposal.RegionName})",
            new { Shortlisted = !shortlisted }, new { Shortlisted = shortlisted });
        await db.SaveChangesAsync();
        return true;
    }

    /// <summary>Makes the shortlist exactly these proposals (the suggestion staff accepted).</summary>
    public async Task ReplaceShortlist(IReadOnlyCollection<int> proposalIds)
    {
        if (await boards.Handle() is not { } board)
            return;
        foreach (var row in board.Rows.Where(r => r.Shortlisted != proposalIds.Contains(r.ProposalId)))
            await SetShortlisted(row.ProposalId, proposalIds.Contains(row.ProposalId));
    }
}

/// <summary>One of the portfolio's two tables: the shortlist (with Remove) or the other proposals (with Shortlist).</summary>
public sealed record PortfolioTableModel(IReadOnlyList<SelectionRow> Rows, bool OnShortlist, string Caption);
