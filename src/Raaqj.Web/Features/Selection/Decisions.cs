using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Cohort;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Proposals;
using Raaqj.Web.Domain.Selection;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Auditing;
using Raaqj.Web.Infrastructure.Mail;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Selection;

public sealed class DecisionForm
{
    public DecisionOutcome? Outcome { get; set; }
    public string Rationale { get; set; } = "";
    public string Feedback { get; set; } = "";
    public Guid? Version { get; set; }
}

public sealed class DecisionFormValidator : AbstractValidator<DecisionForm>
{
    public DecisionFormValidator()
    {
        RuleFor(f => f.Outcome).NotNull().WithMessage("Choose an outcome.").IsInEnum().WithMessage("Choose an outcome.");
        RuleFor(f => f.Rationale).NotEmpty().WithMessage("Record why: the rationale stays with the decision.")
            .MaximumLength(SelectionDecision.RationaleMaxLength).WithMessage($"Keep the rationale under {SelectionDecision.RationaleMaxLength} characters.");
        RuleFor(f => f.Feedback).MaximumLength(SelectionDecision.FeedbackMaxLength).WithMessage($"Keep the feedback under {SelectionDecision.FeedbackMaxLength} characters.");
    }
}

public sealed record DecisionsModel(SelectionBoard Board, Page<SelectionRow> Rows, IReadOnlyList<SelectionRow> Undecided, int ToRelease, IReadOnlyList<CohortRegion> Cohort)
{
    public const int PageSize = 50;
}

public sealed record DecisionEditModel(SelectionRow Row, string RoundTitle, DecisionForm Form, IReadOnlyList<HistoryLine> History, DecisionForm? TheirVersion = null);

/// <summary>What staff tell each applicant, and when: draft outcomes, then one release for all of them.</summary>
public sealed class DecisionsHandler(AppDbContext db, SelectionBoardHandler boards, ProgramClock clock, CurrentUser user, AuditLog audit, Outbox outbox, PortalLinks links)
{
    public const string ConflictMessage = "Someone else recorded a decision for this proposal while you were editing. Their version is shown below; yours is still in the form.";

    public async Task<DecisionsModel?> Handle(int? page = null)
    {
        if (await boards.Handle() is not { } board)
            return null;
        var cohort = await db.CohortRegions.AsNoTracking().Where(c => c.RequestForActionId == board.Round.Id).OrderBy(c => c.RegionName).ToListAsync();
        return new DecisionsModel(board, Page<SelectionRow>.Of(board.Rows, page, DecisionsModel.PageSize), board.Rows.Where(r => r.Decision?.Outcome is null).ToList(),
            board.Rows.Count(r => r.Decision?.HasUnreleasedChange == true), cohort);
    }

    public async Task<DecisionEditModel?> Load(int proposalId, DecisionForm? posted = null, DecisionForm? theirs = null)
    {
        if (await boards.Handle() is not { } board || board.Rows.FirstOrDefault(r => r.ProposalId == proposalId) is not { } row)
            return null;
        var history = await db.AuditEntries.Where(a => a.EntityType == nameof(SelectionDecision) && a.EntityId == proposalId.ToString()).NewestHistoryAsync(20);
        return new DecisionEditModel(row, board.Round.Title, posted ?? FormOf(row.Decision), history, theirs);
    }

    private static DecisionForm FormOf(SelectionDecision? decision) => new()
    {
        Outcome = decision?.Outcome, Rationale = decision?.Rationale ?? "", Feedback = decision?.Feedback ?? "", Version = decision?.Version,
    };

    /// <summary>Records a draft outcome; not found when the proposal is not one of the current round's submitted proposals.</summary>
    public async Task<Outcome<DecisionForm>> Decide(int proposalId, DecisionForm form)
    {
        var roundId = await Rfp.CurrentRound.IdAsync(db, clock.UtcNow);
        var proposal = await db.Proposals.Where(p => p.Id == proposalId && p.Status == ProposalStatus.Submitted && p.RequestForActionId == roundId)
            .Select(p => new { p.Id, p.RequestForActionId, p.RegionName }).FirstOrDefaultAsync();
        if (proposal is null)
            return Outcome<DecisionForm>.Of(Outcome.NotFound);
        var decision = await db.SelectionDecisions.FirstOrDefaultAsync(d => d.ProposalId == proposalId);
        if (decision is null)
        {
            decision = new SelectionDecision { ProposalId = proposalId, RequestForActionId = proposal.RequestForActionId };
            db.SelectionDecisions.Add(decision);
        }
        else if (form.Version != decision.Version)
            return Outcome<DecisionForm>.Conflict(ConflictMessage, FormOf(decision));

        var before = new { Outcome = decision.Outcome?.ToString(), decision.Rationale, decision.Feedback };
        var problems = decision.Decide(form.Outcome!.Value, form.Rationale, form.Feedback, user.Id!, clock.UtcNow);
        if (problems.Count > 0)
            return Outcome<DecisionForm>.Of(Outcome.From(problems));
        decision.Version = Guid.NewGuid();
        var released = decision.IsReleased ? $" (released as {decision.ReleasedOutcome}; the change reaches the applicant at the next release)" : "";
        audit.Record(AuditActions.DecisionRecorded, nameof(SelectionDecision), proposalId.ToString(),
            $"Recorded {decision.Outcome} for {proposal.RegionName}{released}", before, new { Outcome = decision.Outcome?.ToString(), decision.Rationale, decision.Feedback });
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // Another member of staff created (unique proposal) or changed (version) this decision at the same moment.
            db.ChangeTracker.Clear();
            return Outcome<DecisionForm>.Conflict(ConflictMessage, FormOf(await db.SelectionDecisions.AsNoTracking().FirstAsync(d => d.ProposalId == proposalId)));
        }
        return Outcome<DecisionForm>.Of(Outcome.Done);
    }

    /// <summary>
    /// Releases every changed draft at once: applicants are emailed and see the outcome on their dashboard, and
    /// each selected region gets its cohort workspace. Refused while any submitted proposal has no outcome, so
    /// every applicant hears at the same time, and while the round still accepts proposals, since a region could
    /// then still submit or withdraw.
    /// </summary>
    public async Task<(IReadOnlyList<RuleViolation> Problems, int Released)> Release()
    {
        if (await boards.Handle() is not { } board)
            return ([new("", "There is no round to release decisions for.")], 0);
        if (board.Round.AcceptsProposals)
            return ([new("", $"The round is still open for proposals until {ProgramClock.InWords(board.Round.ClosesAtUtc, board.Round.TimeZoneId)}; decisions can be released once it closes.")], 0);
        var undecided = board.Rows.Where(r => r.Decision?.Outcome is null).ToList();
        if (undecided.Count > 0)
            return ([new("", $"Record an outcome for every proposal first; {undecided.Count} still have none: {string.Join(", ", undecided.Select(r => r.Organization))}.")], 0);
        var rows = board.Rows.ToDictionary(r => r.ProposalId);
        // A decision drafted for a proposal since withdrawn stays behind: only submitted proposals hear.
        var toRelease = (await db.SelectionDecisions.Where(d => d.RequestForActionId == board.Round.Id).ToListAsync())
            .Where(d => rows.ContainsKey(d.ProposalId) && d.HasUnreleasedChange).ToList();
        if (toRelease.Count == 0)
            return ([new("", "Nothing to release: applicants already know every decision.")], 0);

        var now = clock.UtcNow;
        var inCohort = await db.CohortRegions.Where(c => c.RequestForActionId == board.Round.Id).Select(c => c.ProposalId).ToListAsync();
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
                db.CohortRegions.Add(new CohortRegion
                {
                    RequestForActionId = board.Round.Id, ProposalId = row.ProposalId, OrganizationId = row.OrganizationId, RegionName = row.Region, JoinedAtUtc = now,
                });
                audit.Record(AuditActions.CohortRegionCreated, nameof(CohortRegion), row.ProposalId.ToString(), $"{row.Region} ({row.Organization}) joined the cohort");
            }
        }
        await TellApplicants(toRelease, rows, board.Round.Title);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            // One transaction: nothing was released, no mail was queued.
            db.ChangeTracker.Clear();
            return ([new("", "A decision changed while you were releasing, so nothing was released. Check the list and release again.")], 0);
        }
        return ([], toRelease.Count);
    }

    private async Task TellApplicants(IReadOnlyList<SelectionDecision> toRelease, IReadOnlyDictionary<int, SelectionRow> rows, string round)
    {
        var organizations = toRelease.Select(d => rows[d.ProposalId].OrganizationId).ToList();
        var members = (await db.OrganizationMembers.Where(m => organizations.Contains(m.OrganizationId))
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { m.OrganizationId, u.Email }).ToListAsync()).ToLookup(m => m.OrganizationId, m => m.Email!);
        var dashboard = links.Action("AnchorDashboard", "Home");
        foreach (var decision in toRelease)
        {
            var row = rows[decision.ProposalId];
            var feedback = string.IsNullOrWhiteSpace(decision.ReleasedFeedback) ? "" : $"\n\nFeedback from the program team:\n{decision.ReleasedFeedback}";
            foreach (var email in members[row.OrganizationId])
                outbox.Enqueue(new OutgoingMail(email, $"Decision on your proposal: {row.Region}",
                    $"{DecisionWording.ForApplicant(decision.ReleasedOutcome!.Value, row.Region, round)}{feedback}\n\nSee it on your dashboard: {dashboard}"));
        }
    }
}

/// <summary>How an outcome is put to the applicant, in the email and on their dashboard alike.</summary>
public static class DecisionWording
{
    public static string ForApplicant(DecisionOutcome outcome, string region, string round) => outcome switch
    {
        DecisionOutcome.Selected => $"Congratulations: {region} is selected for the cohort of \"{round}\". The program team will be in touch about the launch.",
        DecisionOutcome.Waitlisted => $"{region} is on the waitlist for \"{round}\". If a place opens in the cohort, we will tell you at once.",
        DecisionOutcome.Declined => $"{region} was not selected for \"{round}\". Thank you for the work your partners put into the proposal.",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome)),
    };

    public static string Badge(DecisionOutcome? outcome) => outcome switch
    {
        DecisionOutcome.Selected => "text-bg-success",
        DecisionOutcome.Waitlisted => "text-bg-warning",
        DecisionOutcome.Declined => "text-bg-secondary",
        _ => "text-bg-light border",
    };
}
