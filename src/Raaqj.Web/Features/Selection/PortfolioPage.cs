using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Proposals;
using Raaqj.Web.Domain.Selection;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Auditing;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Selection;

/// <summary>The running totals of a set of regions, against the rules.</summary>
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

    /// <summary>Pairs of these regions that share counties, in words: their population figures overlap.</summary>
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

/// <summary>The shortlist with its running totals and warnings, the suggestion on request, and the shortlist changes (each audited).</summary>
public sealed class PortfolioHandler(AppDbContext db, SelectionBoardHandler boards, ProgramClock clock, AuditLog audit)
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
        var proposal = await Submitted().FirstOrDefaultAsync(p => p.Id == proposalId);
        if (proposal is null)
            return false;
        Apply(proposal, await db.SelectionDecisions.FirstOrDefaultAsync(d => d.ProposalId == proposalId), shortlisted);
        await db.SaveChangesAsync();
        return true;
    }

    /// <summary>Makes the shortlist exactly these proposals of the current round (the suggestion staff accepted), in one save.</summary>
    public async Task ReplaceShortlist(IReadOnlyCollection<int> proposalIds)
    {
        var roundId = await Rfp.CurrentRound.IdAsync(db, clock.UtcNow);
        var proposals = await Submitted().Where(p => p.RequestForActionId == roundId).ToListAsync();
        var decisions = await db.SelectionDecisions.Where(d => d.RequestForActionId == roundId).ToDictionaryAsync(d => d.ProposalId);
        foreach (var proposal in proposals)
            Apply(proposal, decisions.GetValueOrDefault(proposal.Id), proposalIds.Contains(proposal.Id));
        await db.SaveChangesAsync();
    }

    /// <remarks>Init properties, not a constructor, so queries can still filter on them.</remarks>
    private sealed class ShortlistCandidate
    {
        public int Id { get; init; }
        public int RequestForActionId { get; init; }
        public string Organization { get; init; } = "";
        public string Region { get; init; } = "";
    }

    private IQueryable<ShortlistCandidate> Submitted() =>
        db.Proposals.AsNoTracking().Where(p => p.Status == ProposalStatus.Submitted)
            .Join(db.Organizations, p => p.OrganizationId, o => o.Id, (p, o) => new ShortlistCandidate { Id = p.Id, RequestForActionId = p.RequestForActionId, Organization = o.LegalName, Region = p.RegionName });

    /// <summary>Sets the flag (creating the proposal's decision record if needed) and audits a change; no change, no entry.</summary>
    private void Apply(ShortlistCandidate proposal, SelectionDecision? decision, bool shortlisted)
    {
        if ((decision?.IsShortlisted ?? false) == shortlisted)
            return;
        if (decision is null)
        {
            decision = new SelectionDecision { ProposalId = proposal.Id, RequestForActionId = proposal.RequestForActionId };
            db.SelectionDecisions.Add(decision);
        }
        // The version guards the outcome; shortlisting touches no field a decision form holds.
        decision.IsShortlisted = shortlisted;
        audit.Record(shortlisted ? AuditActions.Shortlisted : AuditActions.Unshortlisted, nameof(Proposal), proposal.Id.ToString(),
            $"{(shortlisted ? "Shortlisted" : "Took off the shortlist")} {proposal.Organization} ({proposal.Region})",
            new { Shortlisted = !shortlisted }, new { Shortlisted = shortlisted });
    }
}

/// <summary>One of the portfolio's two tables: the shortlist (with Remove) or the other proposals (with Shortlist).</summary>
public sealed record PortfolioTableModel(IReadOnlyList<SelectionRow> Rows, bool OnShortlist, string Caption);
