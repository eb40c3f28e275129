using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Proposals;
using Raaqj.Web.Domain.Selection;
using Raaqj.Web.Infrastructure.Auditing;

namespace Raaqj.Web.Features.Selection;

// Staff change the shortlist, a proposal at a time or by taking the suggestion; each change is audited.
public sealed class ShortlistHandler(AppDbContext db, AuditLog audit, Rfp.CurrentRound currentRound)
{
    // Puts a submitted proposal on the shortlist or takes it off.
    public async Task<Outcome> Set(int proposalId, bool shortlisted)
    {
        var proposal = await Submitted().FirstOrDefaultAsync(p => p.Id == proposalId);
        if (proposal is null)
            return Outcome.NotFound;
        Apply(proposal, await db.SelectionDecisions.FirstOrDefaultAsync(d => d.ProposalId == proposalId), shortlisted);
        await db.SaveChangesAsync();
        return Outcome.Done;
    }

    // Makes the shortlist exactly these proposals of the current round (the suggestion staff accepted), in one save.
    public async Task<Outcome> Replace(IReadOnlyCollection<int> proposalIds)
    {
        var roundId = await currentRound.IdAsync();
        var proposals = await Submitted().Where(p => p.RequestForActionId == roundId).ToListAsync();
        var decisions = await db.SelectionDecisions.Where(d => d.RequestForActionId == roundId).ToDictionaryAsync(d => d.ProposalId);
        foreach (var proposal in proposals)
            Apply(proposal, decisions.GetValueOrDefault(proposal.Id), proposalIds.Contains(proposal.Id));
        await db.SaveChangesAsync();
        return Outcome.Done;
    }

    // Init properties, not a constructor, so queries can still filter on them.
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

    // Sets the flag (creating the proposal's decision record if needed) and audits a change; no change, no entry.
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
