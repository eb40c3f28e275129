namespace Raaqj.Web.Domain.Proposals;

// A region's proposal to one request for action, prepared by its anchor organization's team. Each section
// carries its own version, so co-authors editing different sections never block each other, while two
// saves of the same section are detected.
public class Proposal
{
    public const int RegionNameMaxLength = 200;
    public const int EvidenceMaxLength = 3000;
    public const int ReceiptNumberMaxLength = 20;

    public int Id { get; set; }
    public int RequestForActionId { get; set; }
    public int OrganizationId { get; set; }
    public ProposalStatus Status { get; private set; } = ProposalStatus.Draft;
    public string? ReceiptNumber { get; private set; }
    public DateTime? SubmittedAtUtc { get; private set; }
    public string? SubmittedByUserId { get; private set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }

    // 1. Region and lead applicant
    public string RegionName { get; set; } = "";
    public bool IsPermanent { get; set; }
    public string PermanentEvidence { get; set; } = "";
    public bool IsPlaceBased { get; set; }
    public string PlaceBasedEvidence { get; set; } = "";
    public bool HasConvened { get; set; }
    public string ConvenedEvidence { get; set; } = "";
    public List<ProposalCounty> Counties { get; set; } = [];

    // 2. Strategy
    public string Strategy { get; set; } = "";

    // 3. Priority populations and labor market data
    public List<PopulationFigure> PopulationFigures { get; set; } = [];

    // 4. Stakeholders
    public List<Stakeholder> Stakeholders { get; set; } = [];

    // 5. Past partnerships
    public List<PastPartnership> Partnerships { get; set; } = [];

    // 6. Job quality focus
    public JobQualityDimension JobQualityDimensions { get; set; }
    public string JobQualityRationale { get; set; } = "";

    // 7. Fundraising plan and local match
    public decimal? AmountRequested { get; set; }
    public decimal? TotalBudget { get; set; }
    public string FundraisingNarrative { get; set; } = "";
    public List<MatchCommitment> MatchCommitments { get; set; } = [];

    // 8. Attachments
    public List<ProposalAttachment> Attachments { get; set; } = [];

    public Guid RegionVersion { get; set; } = Guid.NewGuid();
    public Guid StrategyVersion { get; set; } = Guid.NewGuid();
    public Guid PopulationsVersion { get; set; } = Guid.NewGuid();
    public Guid StakeholdersVersion { get; set; } = Guid.NewGuid();
    public Guid PartnershipsVersion { get; set; } = Guid.NewGuid();
    public Guid JobQualityVersion { get; set; } = Guid.NewGuid();
    public Guid FundraisingVersion { get; set; } = Guid.NewGuid();

    // Kept with the proposal so lists can filter and sort on it without loading every section.
    public int MissingCount { get; private set; }

    // Total local match in cents, kept for the same reason (SQLite cannot sort decimals).
    public long LocalMatchCents { get; private set; }

    // Size of all attachments: a concurrency token, so parallel uploads cannot together pass the proposal's limit.
    public long AttachmentBytes { get; private set; }

    // Recomputes the kept figures; call after any change of content.
    public void RefreshSummary()
    {
        MissingCount = ProposalChecklist.Missing(this).Count;
        LocalMatchCents = (long)Math.Round(TotalMatch * 100m);
        AttachmentBytes = Attachments.Sum(a => a.SizeBytes);
    }

    public bool IsEditable => Status == ProposalStatus.Draft;

    public decimal CommittedMatch => MatchCommitments.Where(m => m.IsCommitted).Sum(m => m.Amount);
    public decimal PendingMatch => MatchCommitments.Where(m => !m.IsCommitted).Sum(m => m.Amount);
    public decimal TotalMatch => CommittedMatch + PendingMatch;

    // Local match per dollar requested (0.5 = 50 cents); null while no amount is requested.
    public decimal? MatchRatio => AmountRequested is > 0 ? Math.Round(TotalMatch / AmountRequested.Value, 2) : null;

    public IReadOnlyList<RuleViolation> Submit(DateTime nowUtc, bool acceptsProposals, string userId, bool certified)
    {
        if (!ProposalWorkflow.Allows(Status, ProposalStatus.Submitted))
            return [new("", "Only a draft can be submitted.")];
        if (!acceptsProposals)
            return [new("", "The request for action is closed: proposals can no longer be submitted.")];
        if (!certified)
            return [new("Certified", "Tick the certification to submit.")];
        var missing = ProposalChecklist.Missing(this);
        if (missing.Count > 0)
            return [new("", $"{missing.Count} item(s) are still missing; see the checklist.")];
        Status = ProposalStatus.Submitted;
        SubmittedAtUtc = nowUtc;
        SubmittedByUserId = userId;
        ReceiptNumber ??= ReceiptNumbers.For(Id, nowUtc);
        return [];
    }

    public IReadOnlyList<RuleViolation> Reopen(bool acceptsProposals) =>
        Move(ProposalStatus.Draft, acceptsProposals, "taken back to draft");

    public IReadOnlyList<RuleViolation> Withdraw(bool acceptsProposals) =>
        Move(ProposalStatus.Withdrawn, acceptsProposals, "withdrawn");

    private IReadOnlyList<RuleViolation> Move(ProposalStatus to, bool acceptsProposals, string verb)
    {
        if (!ProposalWorkflow.Allows(Status, to))
            return [new("", $"A {Status.ToString().ToLowerInvariant()} proposal cannot be {verb}.")];
        if (!acceptsProposals)
            return [new("", $"The round no longer takes proposals: the proposal can no longer be {verb}.")];
        Status = to;
        return [];
    }
}

public enum ProposalStatus
{
    Draft = 0,
    Submitted = 1,
    Withdrawn = 2,
}

// Every status change of a proposal, and the command that makes it; all only before the deadline.
public static class ProposalWorkflow
{
    public sealed record Transition(ProposalStatus From, ProposalStatus To, string Command);

    public static readonly IReadOnlyList<Transition> Transitions =
    [
        new(ProposalStatus.Draft, ProposalStatus.Submitted, "Submit"),
        new(ProposalStatus.Submitted, ProposalStatus.Draft, "Reopen"),
        new(ProposalStatus.Draft, ProposalStatus.Withdrawn, "Withdraw"),
        new(ProposalStatus.Submitted, ProposalStatus.Withdrawn, "Withdraw"),
        new(ProposalStatus.Withdrawn, ProposalStatus.Draft, "Reopen"),
    ];

    public static bool Allows(ProposalStatus from, ProposalStatus to) => Transitions.Any(t => t.From == from && t.To == to);
}

public static class ReceiptNumbers
{
    // "RAAQJ-2026-0007": the year of submission and the proposal's number, stable across resubmissions.
    public static string For(int proposalId, DateTime submittedAtUtc) => $"RAAQJ-{submittedAtUtc.Year}-{proposalId:0000}";
}
