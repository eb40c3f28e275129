using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Cohort;
using Raaqj.Web.Domain.Rfp;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Auditing;

namespace Raaqj.Web.Features.Home;

public sealed record AdminDashboardModel(
    IReadOnlyDictionary<string, int> UsersByRole, int PendingInvitations, int DisabledAccounts,
    IReadOnlyList<HistoryLine> RecentChanges);

public sealed class AdminDashboardHandler(AppDbContext db)
{
    public async Task<AdminDashboardModel> Handle()
    {
        var byRole = await (from userRole in db.UserRoles
                            join role in db.Roles on userRole.RoleId equals role.Id
                            group userRole by role.Name into g
                            select new { Role = g.Key!, Count = g.Count() }).ToDictionaryAsync(x => x.Role, x => x.Count);
        var pending = await db.Users.CountAsync(u => u.InvitedAtUtc != null && u.PasswordHash == null);
        var disabled = await db.Users.CountAsync(u => u.IsDisabled);
        var recent = await db.AuditEntries.NewestHistoryAsync(8);
        return new AdminDashboardModel(byRole, pending, disabled, recent);
    }
}

public sealed record StaffDashboardModel(
    IReadOnlyList<StaffDashboardModel.Round> Rounds, DateTime NowUtc, IReadOnlyDictionary<Domain.Proposals.ProposalStatus, int> Proposals, StaffDashboardModel.Selection Selecting)
{
    /// <summary>Where selection stands, across the decisions recorded so far.</summary>
    public sealed record Selection(int Shortlisted, int Decided, int Released, int CohortRegions);

    public sealed record Round(int Id, string Title, RfpStatus Status, DateTime OpensAtUtc, DateTime ClosesAtUtc, string TimeZoneId, int CohortSize, int CriteriaCount)
    {
        public RfpPhase PhaseAt(DateTime nowUtc) => RfpPhaseRule.Of(Status, OpensAtUtc, ClosesAtUtc, nowUtc);
    }
}

public sealed class StaffDashboardHandler(AppDbContext db, ProgramClock clock)
{
    public async Task<StaffDashboardModel> Handle()
    {
        var rounds = await db.RequestsForAction.AsNoTracking()
            .OrderByDescending(r => r.OpensAtUtc).Take(5)
            .Select(r => new StaffDashboardModel.Round(r.Id, r.Title, r.Status, r.OpensAtUtc, r.ClosesAtUtc, r.TimeZoneId, r.CohortSize, r.Criteria.Count))
            .ToListAsync();
        var proposals = await db.Proposals.GroupBy(p => p.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count);
        var selection = await db.SelectionDecisions.GroupBy(_ => 1)
            .Select(g => new StaffDashboardModel.Selection(g.Count(d => d.IsShortlisted), g.Count(d => d.Outcome != null), g.Count(d => d.ReleasedOutcome != null), 0))
            .FirstOrDefaultAsync() ?? new StaffDashboardModel.Selection(0, 0, 0, 0);
        return new StaffDashboardModel(rounds, clock.UtcNow, proposals, selection with { CohortRegions = await db.CohortRegions.CountAsync() });
    }
}

public sealed record AnchorDashboardModel(
    Rfp.RfpDocument? Rfp, AnchorDashboardModel.Team? MyTeam, IReadOnlyList<Organizations.PendingInvitation> Invitations, AnchorDashboardModel.MyProposal? Proposal,
    AnchorDashboardModel.Decision? Outcome)
{
    /// <summary>The released outcome of the organization's latest decided proposal; drafts are never shown here.</summary>
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
