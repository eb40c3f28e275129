using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Infrastructure;

namespace Raaqj.Web.Features.Home;

public sealed record AnchorDashboardModel(
    Rfp.RfpDocument? Rfp, AnchorDashboardModel.Team? MyTeam, IReadOnlyList<Organizations.PendingInvitation> Invitations, AnchorDashboardModel.MyProposal? Proposal,
    AnchorDashboardModel.Decision? Outcome)
{
    // The released outcome of the organization's latest decided proposal; drafts are never shown here.
    public sealed record Decision(string Region, string RoundTitle, Domain.Selection.DecisionOutcome Outcome, string Feedback, DateTime ReleasedAtUtc, string TimeZoneId);

    public sealed record MyProposal(int Id, Domain.Proposals.ProposalStatus Status, string? ReceiptNumber, int MissingCount);

    public sealed record Team(string OrganizationName, Domain.Organizations.MemberRole Role);
}

public sealed class AnchorDashboardHandler(AppDbContext db, PublicRfpHandler rfp, Organizations.Membership membership, Organizations.JoinHandler invitations, CurrentUser user)
{
    public async Task<AnchorDashboardModel> Handle()
    {
        var me = await membership.CurrentAsync();
        var team = me is null ? null : new AnchorDashboardModel.Team(
            await db.Organizations.Where(o => o.Id == me.OrganizationId).Select(o => o.LegalName).SingleAsync(), me.Role);
        var pending = me is null ? await invitations.PendingFor(user.Email) : [];
        var current = await rfp.Handle();
        var proposal = me is null || current is null ? null : await db.Proposals
            .Where(p => p.OrganizationId == me.OrganizationId && p.RequestForActionId == current.Id)
            .Select(p => new AnchorDashboardModel.MyProposal(p.Id, p.Status, p.ReceiptNumber, p.MissingCount)).FirstOrDefaultAsync();
        var decision = me is null ? null : await db.SelectionDecisions.AsNoTracking()
            .Where(d => d.ReleasedOutcome != null)
            .Join(db.Proposals.Where(p => p.OrganizationId == me.OrganizationId), d => d.ProposalId, p => p.Id, (d, p) => new { d, p.RegionName })
            .Join(db.RequestsForAction, x => x.d.RequestForActionId, r => r.Id, (x, r) => new { x.d, x.RegionName, r.Title, r.TimeZoneId })
            .OrderByDescending(x => x.d.ReleasedAtUtc)
            .Select(x => new AnchorDashboardModel.Decision(x.RegionName, x.Title, x.d.ReleasedOutcome!.Value, x.d.ReleasedFeedback, x.d.ReleasedAtUtc!.Value, x.TimeZoneId))
            .FirstOrDefaultAsync();
        return new AnchorDashboardModel(current, team, pending, proposal, decision);
    }
}
