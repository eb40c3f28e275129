using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Organizations;
using Raaqj.Web.Domain.Proposals;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Auditing;

namespace Raaqj.Web.Features.Proposals;

// An editor starts the team's proposal while the request is open; a co-author starting it at the same moment gets the same one.
public sealed class StartHandler(AppDbContext db, MineHandler mine, ProgramClock clock, AuditLog audit)
{
    public async Task<Outcome<int>> Handle(OrganizationMember me)
    {
        var found = await mine.Find(me);
        if (found.ProposalId is { } existing)
            return Outcome<int>.DoneWith(existing);
        if (!found.CanStart)
            return Outcome<int>.Of(Outcome.NotFound);
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
            return (await mine.Find(me)).ProposalId is { } theirs ? Outcome<int>.DoneWith(theirs) : Outcome<int>.Of(Outcome.NotFound);
        }
        audit.Record(AuditActions.ProposalStarted, nameof(Proposal), proposal.Id.ToString(), $"Started the proposal to \"{found.Rfp.Title}\"");
        await db.SaveChangesAsync();
        return Outcome<int>.DoneWith(proposal.Id);
    }
}
