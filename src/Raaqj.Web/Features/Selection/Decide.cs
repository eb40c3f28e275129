using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Proposals;
using Raaqj.Web.Domain.Selection;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Auditing;

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

public sealed record DecisionEditModel(SelectionRow Row, string RoundTitle, DecisionForm Form, IReadOnlyList<HistoryLine> History, DecisionForm? TheirVersion = null);

// One proposal's draft outcome, rationale and feedback: read with its history, and recorded with a concurrency check.
public sealed class DecideHandler(AppDbContext db, SelectionBoardHandler boards, ProgramClock clock, CurrentUser user, AuditLog audit, Rfp.CurrentRound currentRound)
{
    public const string ConflictMessage = "Someone else recorded a decision for this proposal while you were editing. Their version is shown below; yours is still in the form.";

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

    // Records a draft outcome; not found when the proposal is not one of the current round's submitted proposals.
    public async Task<Outcome<DecisionForm>> Decide(int proposalId, DecisionForm form)
    {
        var roundId = await currentRound.IdAsync();
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
}
