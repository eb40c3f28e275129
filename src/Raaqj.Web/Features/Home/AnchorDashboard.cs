using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Caching;

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

// What the team has (its name, its proposal to the current request, its latest released decision) is read once per
// change of content (ContentCache); membership and invitations are asked on every request.
public sealed class AnchorDashboardHandler(AppDbContext db, PublicRfpHandler rfp, Organizations.Membership membership, Organizations.JoinHandler invitations,
    CurrentUser user, ContentCache cache)
{
    private sealed record TeamState(string OrganizationName, AnchorDashboardModel.MyProposal? Proposal, AnchorDashboardModel.Decision? Decision);

    public async Task<AnchorDashboardModel> Handle()
    {
        var me = await membership.CurrentAsync();
        var current = await rfp.Handle();
        if (me is null)
            return new AnchorDashboardModel(current, null, await invitations.PendingFor(user.Email), null, null);
        var state = await cache.GetAsync($"anchor-dashboard/{me.OrganizationId}/{current?.Id}", () => ReadAsync(me.OrganizationId, current?.Id));
        return new AnchorDashboardModel(current, new AnchorDashboardModel.Team(state.OrganizationName, me.Role), [], state.Proposal, state.Decision);
    }

    private async Task<TeamState> ReadAsync(int organizationId, int? roundId)
    {
        var name = await db.Organizations.Where(o => o.Id == organizationId).Select(o => o.LegalName).SingleAsync();
        var proposal = roundId is null ? null : await db.Proposals
            .Where(p => p.OrganizationId == organizationId && p.RequestForActionId == roundId)
            .Select(p => new AnchorDashboardModel.MyProposal(p.Id, p.Status, p.ReceiptNumber, p.MissingCount)).FirstOrDefaultAsync();
        var decision = await db.SelectionDecisions.AsNoTracking()
            .Where(d => d.ReleasedOutcome != null)
            .Join(db.Proposals.Where(p => p.OrganizationId == organizationId), d => d.ProposalId, p => p.Id, (d, p) => new { d, p.RegionName })
            .Join(db.RequestsForAction, x => x.d.RequestForActionId, r => r.Id, (x, r) => new { x.d, x.RegionName, r.Title, r.TimeZoneId })
            .OrderByDescending(x => x.d.ReleasedAtUtc)
            .Select(x => new AnchorDashboardModel.Decision(x.RegionName, x.Title, x.d.ReleasedOutcome!.Value, x.d.ReleasedFeedback, x.d.ReleasedAtUtc!.Value, x.TimeZoneId))
            .FirstOrDefaultAsync();
        return new TeamState(name, proposal, decision);
    }
}
