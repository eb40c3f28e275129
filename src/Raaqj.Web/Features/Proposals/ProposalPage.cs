using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Domain.Proposals;
using Raaqj.Web.Domain.Rfp;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Authorization;
using Raaqj.Web.Infrastructure.Caching;

namespace Raaqj.Web.Features.Proposals;

// Everything a proposal page shows around its section: whose it is, the deadline, what is still missing.
public sealed record ProposalPage(
    Proposal Proposal, string OrganizationName, IReadOnlyList<Relation> Relations, RfpSummary Rfp, IReadOnlyList<ProposalChecklist.MissingItem> Missing, DateTime NowUtc)
{
    public bool AcceptsProposals => Rfp.AcceptsProposalsAt(NowUtc);
    public bool CanEdit => Permissions.Allows(RecordAction.EditProposal, Relations) && Proposal.IsEditable && AcceptsProposals;
    public bool IsOwner => Permissions.Allows(RecordAction.SubmitProposal, Relations);
    // Why the proposal cannot be changed by this person now, or null when it can.
    public string? ReadOnlyReason => CanEdit ? null
        : !Permissions.Allows(RecordAction.EditProposal, Relations) ? "Viewers can read the proposal but not change it."
        : !AcceptsProposals ? $"{ClosedReason} The proposal can no longer be changed."
        : "This proposal is not a draft, so it cannot be changed.";

    // Why proposals are no longer taken: the deadline passed, or staff closed the round early.
    public string ClosedReason => RfpClosing.Why(Rfp.ClosedAtUtc, Rfp.ClosesAtUtc, utc => Infrastructure.ProgramClock.InWords(utc, Rfp.TimeZoneId));

    public bool IsComplete(ProposalSection section) => Missing.All(m => m.Section != section);
}

public sealed record RfpSummary(int Id, string Title, DateTime ClosesAtUtc, string TimeZoneId, RfpStatus Status, DateTime OpensAtUtc, DateTime? ClosedAtUtc)
{
    public bool AcceptsProposalsAt(DateTime nowUtc) => RfpPhaseRule.Of(Status, OpensAtUtc, ClosesAtUtc, nowUtc) == RfpPhase.Open;
}

// Loads a proposal for a member of its organization, or null: a proposal of another organization is
// answered 404, as if it did not exist.
// The team's page of its proposal, for its members only (the permission map's WorkOnProposal).
// Who may work on it is asked on every request; the proposal itself is read once per change of content
// (ContentCache) and shared read-only: saves load their own tracked copy.
public sealed class ProposalPageHandler(AppDbContext db, RecordAccess access, ProgramClock clock, ContentCache cache)
{
    private sealed record Read(Proposal Proposal, string OrganizationName, RfpSummary Rfp, IReadOnlyList<ProposalChecklist.MissingItem> Missing);

    public async Task<ProposalPage?> Load(int proposalId)
    {
        var relations = await access.ToProposal(proposalId);
        if (!Permissions.Allows(RecordAction.WorkOnProposal, relations))
            return null;
        var read = await cache.GetAsync($"proposal/{proposalId}", () => ReadAsync(proposalId));
        return new ProposalPage(read.Proposal, read.OrganizationName, relations, read.Rfp, read.Missing, clock.UtcNow);
    }

    private async Task<Read> ReadAsync(int proposalId)
    {
        var context = await (from p in db.Proposals
                             join o in db.Organizations on p.OrganizationId equals o.Id
                             join r in db.RequestsForAction on p.RequestForActionId equals r.Id
                             where p.Id == proposalId
                             select new { o.LegalName, Rfp = new RfpSummary(r.Id, r.Title, r.ClosesAtUtc, r.TimeZoneId, r.Status, r.OpensAtUtc, r.ClosedAtUtc) })
            .AsNoTracking().SingleAsync();
        var proposal = await db.Proposals.AsNoTracking().WithEverything().SingleAsync(p => p.Id == proposalId);
        return new Read(proposal, context.LegalName, context.Rfp, ProposalChecklist.Missing(proposal));
    }
}

public static class ProposalQueries
{
    // The proposal with every section's rows, in one query per collection.
    public static IQueryable<Proposal> WithEverything(this IQueryable<Proposal> proposals) =>
        proposals.AsSplitQuery()
            .Include(p => p.Counties).Include(p => p.PopulationFigures).Include(p => p.Stakeholders)
            .Include(p => p.Partnerships).Include(p => p.MatchCommitments).Include(p => p.Attachments);
}
