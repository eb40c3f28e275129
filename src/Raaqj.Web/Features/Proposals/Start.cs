using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Organizations;
using Raaqj.Web.Domain.Proposals;
using Raaqj.Web.Domain.Rfp;
using Raaqj.Web.Features.Home;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Auditing;

namespace Raaqj.Web.Features.Proposals;

public sealed record MyProposalModel(Rfp.RfpDocument? Rfp, int? ProposalId, bool CanStart, DateTime NowUtc);

/// <summary>The team's proposal to the current request for action: found, or started by an editor while the request is open.</summary>
public sealed class StartHandler(AppDbContext db, PublicRfpHandler publicRfp, ProgramClock clock, AuditLog audit)
{
    public async Task<MyProposalModel> Find(OrganizationMember me)
    {
        var rfp = await publicRfp.Handle();
        var proposalId = rfp is null ? null : await db.Proposals
            .Where(p => p.RequestForActionId == rfp.Id && p.OrganizationId == me.OrganizationId).Select(p => (int?)p.Id).FirstOrDefaultAsync();
        var canStart = rfp is not null && proposalId is null && me.CanEdit && rfp.PhaseAt(clock.UtcNow) == RfpPhase.Open;
        return new MyProposalModel(rfp, proposalId, canStart, clock.UtcNow);
    }

    public async Task<int?> Start(OrganizationMember me)
    {
        var found = await Find(me);
        if (found.ProposalId is { } existing)
            return existing;
        if (!found.CanStart)
            return null;
        var now = clock.UtcNow;
        var proposal = new Proposal
        {
            RequestForActionId = found.Rfp!.Id, OrganizationId = me.OrganizationId, CreatedAtUtc = now, UpdatedAtUtc = now,
            PopulationFigures = ProposalLabels.Populations.Select(p => new PopulationFigure { Population = p }).ToList(),
        };
        proposal.RefreshSummary();
        db.Proposals.Add(proposal);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // A co-author started it at the same moment: use theirs.
            db.ChangeTracker.Clear();
            return (await Find(me)).ProposalId;
        }
        audit.Record(AuditActions.ProposalStarted, nameof(Proposal), proposal.Id.ToString(), $"Started the proposal to \"{found.Rfp.Title}\"");
        await db.SaveChangesAsync();
        return proposal.Id;
    }
}
