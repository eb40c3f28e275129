using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Organizations;
using Raaqj.Web.Domain.Rfp;
using Raaqj.Web.Features.Home;
using Raaqj.Web.Infrastructure;

namespace Raaqj.Web.Features.Proposals;

public sealed record MyProposalModel(Rfp.RfpDocument? Rfp, int? ProposalId, bool CanStart, DateTime NowUtc);

// The team's proposal to the current request for action, or whether an editor may start it now.
public sealed class MineHandler(AppDbContext db, PublicRfpHandler publicRfp, ProgramClock clock)
{
    public async Task<MyProposalModel> Find(OrganizationMember me)
    {
        var rfp = await publicRfp.Handle();
        var proposalId = rfp is null ? null : await db.Proposals
            .Where(p => p.RequestForActionId == rfp.Id && p.OrganizationId == me.OrganizationId).Select(p => (int?)p.Id).FirstOrDefaultAsync();
        var canStart = rfp is not null && proposalId is null && me.CanEdit && rfp.PhaseAt(clock.UtcNow) == RfpPhase.Open;
        return new MyProposalModel(rfp, proposalId, canStart, clock.UtcNow);
    }
}
