using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Cohort;
using Raaqj.Web.Domain.Funding;
using Raaqj.Web.Domain.Notifications;
using Raaqj.Web.Domain.Selection;
using Raaqj.Web.Domain.Timeline;
using Raaqj.Web.Domain.Planning;
using Raaqj.Web.Features.Timeline;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Auditing;
using Raaqj.Web.Infrastructure.Notifications;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Selection;

// Tells every applicant at once: the drafts become the released decisions, with their emails and the cohort's records.
public sealed class ReleaseDecisionsHandler(AppDbContext db, SelectionBoardHandler boards, ProgramClock clock, AuditLog audit, Notifier notifier, PortalLinks links,
    ProgramEventHandler programEvents)
{
    // Releases every changed draft at once: applicants are emailed and see the outcome on their dashboard, and
    // each selected region gets its cohort workspace. Refused while any submitted proposal has no outcome, so
    // every applicant hears at the same time, and while the round still accepts proposals, since a region could
    // then still submit or withdraw.
    public async Task<Outcome<int>> Release()
    {
        if (await boards.Handle() is not { } board)
            return Refused("There is no round to release decisions for.");
        if (board.Round.AcceptsProposals)
            return Refused($"The round is still open for proposals until {ProgramClock.InWords(board.Round.ClosesAtUtc, board.Round.TimeZoneId)}; decisions can be released once it closes.");
        var undecided = board.Rows.Where(r => r.Decision?.Outcome is null).ToList();
        if (undecided.Count > 0)
            return Refused($"Record an outcome for every proposal first; {undecided.Count} still have none: {string.Join(", ", undecided.Select(r => r.Organization))}.");
        var rows = board.Rows.ToDictionary(r => r.ProposalId);
        // A decision drafted for a proposal since withdrawn stays behind: only submitted proposals hear.
        var toRelease = (await db.SelectionDecisions.Where(d => d.RequestForActionId == board.Round.Id).ToListAsync())
            .Where(d => rows.ContainsKey(d.ProposalId) && d.HasUnreleasedChange).ToList();
        if (toRelease.Count == 0)
            return Refused("Nothing to release: applicants already know every decision.");

        var now = clock.UtcNow;
        var inCohort = await db.CohortRegions.Where(c => c.RequestForActionId == board.Round.Id).Select(c => c.ProposalId).ToListAsync();
        var joined = new List<CohortRegion>();
        var selected = toRelease.Where(d => d.Outcome == DecisionOutcome.Selected).Select(d => d.ProposalId).ToList();
        var named = (await db.Stakeholders.AsNoTracking().Where(s => selected.Contains(s.ProposalId)).OrderBy(s => s.Position).ToListAsync()).ToLookup(s => s.ProposalId);
        var match = (await db.MatchCommitments.AsNoTracking().Where(m => selected.Contains(m.ProposalId)).OrderBy(m => m.Position).ToListAsync()).ToLookup(m => m.ProposalId);
        foreach (var decision in toRelease)
        {
            var row = rows[decision.ProposalId];
            var before = new { Outcome = decision.ReleasedOutcome?.ToString(), Feedback = decision.ReleasedFeedback };
            decision.Release(now);
            decision.Version = Guid.NewGuid();
            audit.Record(AuditActions.DecisionReleased, nameof(SelectionDecision), decision.ProposalId.ToString(),
                $"Released {decision.ReleasedOutcome} to {row.Organization} ({row.Region})", before,
                new { Outcome = decision.ReleasedOutcome?.ToString(), Feedback = decision.ReleasedFeedback });
            if (decision.ReleasedOutcome == DecisionOutcome.Selected && !inCohort.Contains(decision.ProposalId))
            {
                var region = new CohortRegion
                {
                    RequestForActionId = board.Round.Id, ProposalId = row.ProposalId, OrganizationId = row.OrganizationId, RegionName = row.Region, JoinedAtUtc = now,
                };
                region.Stakeholders.AddRange(named[row.ProposalId].Select(s => StakeholderSeeding.From(s, 0, now)));
                region.MatchEntries.AddRange(match[row.ProposalId].Select(m => LocalMatch.From(m, 0, now)));
                db.CohortRegions.Add(region);
                joined.Add(region);
                audit.Record(AuditActions.CohortRegionCreated, nameof(CohortRegion), row.ProposalId.ToString(), $"{row.Region} ({row.Organization}) joined the cohort");
            }
        }
        await programEvents.AddRegionMilestonesAsync(board.Round.Id, joined);
        await programEvents.RaiseAsync(ProgramEvents.DecisionsReleased, board.Round.Id, null,
            $"Decisions on \"{board.Round.Title}\" released to {toRelease.Count} applicant(s); {inCohort.Count + joined.Count} region(s) in the cohort.",
            links.Path("CohortSummary", "Selection"));
        await TellApplicants(toRelease, rows, board.Round.Title);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            // One transaction: nothing was released, no mail was queued.
            db.ChangeTracker.Clear();
            return Refused("A decision changed while you were releasing, so nothing was released. Check the list and release again.");
        }
        return Outcome<int>.DoneWith(toRelease.Count);
    }

    private async Task TellApplicants(IReadOnlyList<SelectionDecision> toRelease, IReadOnlyDictionary<int, SelectionRow> rows, string round)
    {
        var organizations = toRelease.Select(d => rows[d.ProposalId].OrganizationId).ToList();
        var members = (await db.OrganizationMembers.Where(m => organizations.Contains(m.OrganizationId))
            .Select(m => new { m.OrganizationId, m.UserId }).ToListAsync()).ToLookup(m => m.OrganizationId, m => m.UserId);
        var dashboard = links.Path("AnchorDashboard", "Home");
        var notices = new List<(string, NotificationMessage)>();
        foreach (var decision in toRelease)
        {
            var row = rows[decision.ProposalId];
            var feedback = string.IsNullOrWhiteSpace(decision.ReleasedFeedback) ? "" : $"\n\nFeedback from the program team:\n{decision.ReleasedFeedback}";
            var message = new NotificationMessage(NotificationTopic.Decisions, $"Decision on your proposal: {row.Region}",
                $"{DecisionWording.ForApplicant(decision.ReleasedOutcome!.Value, row.Region, round)}{feedback}\n\nSee it on your dashboard.", dashboard);
            notices.AddRange(members[row.OrganizationId].Select(id => (id, message)));
        }
        await notifier.NotifyEachAsync(notices);
    }

    private static Outcome<int> Refused(string reason) => Outcome<int>.Of(Outcome.Invalid("", reason));
}
