using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Features.Proposals;

namespace Raaqj.Web.Features.Intake;

public sealed record IntakeDetailsModel(Domain.Proposals.Proposal Proposal, string OrganizationName, string RfpTitle, Domain.Selection.DecisionOutcome? Outcome, bool Shortlisted,
    IReadOnlyList<Selection.RegionOverlap> Overlaps);

public sealed class IntakeDetailsHandler(AppDbContext db, IntakeOverlaps overlaps)
{
    public async Task<IntakeDetailsModel?> Handle(int id)
    {
        var proposal = await db.Proposals.AsNoTracking().WithEverything().FirstOrDefaultAsync(p => p.Id == id);
        if (proposal is null)
            return null;
        var names = await db.Organizations.Where(o => o.Id == proposal.OrganizationId).Select(o => new
        {
            o.LegalName,
            Rfp = db.RequestsForAction.Where(r => r.Id == proposal.RequestForActionId).Select(r => r.Title).First(),
        }).SingleAsync();
        var decision = await db.SelectionDecisions.Where(d => d.ProposalId == id).Select(d => new { d.Outcome, d.IsShortlisted }).FirstOrDefaultAsync();
        return new IntakeDetailsModel(proposal, names.LegalName, names.Rfp, decision?.Outcome, decision?.IsShortlisted == true,
            (await overlaps.For([id])).GetValueOrDefault(id, []));
    }
}
