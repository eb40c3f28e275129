using Raaqj.Web.Domain.Selection;

namespace Raaqj.Web.Domain.Rfp;

public class RequestForAction
{
    public const int TitleMaxLength = 200;
    public const int SummaryMaxLength = 1000;
    public const int EligibilityMaxLength = 4000;
    public const int ProgramDescriptionMaxLength = 8000;
    public const int TimeZoneIdMaxLength = 64;
    public const int RequiredWeightTotal = 100;
    public const int DefaultCohortSize = 6;

    public int Id { get; set; }
    public string Title { get; set; } = "";
    public string Summary { get; set; } = "";
    public string Eligibility { get; set; } = "";
    public string ProgramDescription { get; set; } = "";
    public string TimeZoneId { get; set; } = "America/New_York";
    public DateTime OpensAtUtc { get; set; }
    public DateTime ClosesAtUtc { get; set; }
    public DateOnly ReviewStartsOn { get; set; }
    public DateOnly ReviewEndsOn { get; set; }
    public int CohortSize { get; set; } = DefaultCohortSize;

    // How many reviewers read each proposal (set by staff when assigning).
    public int ReviewersPerProposal { get; set; } = 3;
    public RfpStatus Status { get; private set; } = RfpStatus.Draft;
    public DateTime? PublishedAtUtc { get; private set; }
    public DateTime? ClosedAtUtc { get; private set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }

    // Changes on every save, so two staff editing at once cannot overwrite each other silently.
    public Guid Version { get; set; } = Guid.NewGuid();

    public List<SelectionCriterion> Criteria { get; set; } = [];

    // Selection: how the combined rank weighs the evidence, and the rules the cohort keeps.
    public int ReviewScoreWeight { get; private set; } = PriorityWeights.Default.ReviewScore;
    public int LocalMatchWeight { get; private set; } = PriorityWeights.Default.LocalMatch;
    public int PopulationWeight { get; private set; } = PriorityWeights.Default.PopulationConcentration;
    public int PartnershipWeight { get; private set; } = PriorityWeights.Default.PastPartnership;

    // The money available for the cohort's regions; null when staff set no limit.
    public decimal? CohortBudget { get; set; }

    // When set, the cohort has at most one region in any state.
    public bool OneRegionPerState { get; set; }

    public PriorityWeights PriorityWeights => new(ReviewScoreWeight, LocalMatchWeight, PopulationWeight, PartnershipWeight);

    // When on, no two regions of the cohort may share a county (the suggestion avoids it; the portfolio warns).
    public bool NoSharedCounties { get; set; }

    public PortfolioRules PortfolioRules => new(CohortSize, CohortBudget, OneRegionPerState, NoSharedCounties);

    public IReadOnlyList<RuleViolation> SetPriorityWeights(PriorityWeights weights)
    {
        var problems = weights.Problems();
        if (problems.Count > 0)
            return problems;
        (ReviewScoreWeight, LocalMatchWeight, PopulationWeight, PartnershipWeight) =
            (weights.ReviewScore, weights.LocalMatch, weights.PopulationConcentration, weights.PastPartnership);
        return [];
    }

    public int WeightTotal => Criteria.Sum(c => c.Weight);

    public RfpPhase PhaseAt(DateTime nowUtc) => RfpPhaseRule.Of(Status, OpensAtUtc, ClosesAtUtc, nowUtc);

    public bool AcceptsProposalsAt(DateTime nowUtc) => PhaseAt(nowUtc) == RfpPhase.Open;

    // Closed by staff before its deadline: applicants are told so, never that the deadline has passed.
    public bool ClosedEarly => RfpClosing.Early(ClosedAtUtc, ClosesAtUtc);

    // Rules that must hold before the request is shown to the public (and while it stays published).
    public IReadOnlyList<RuleViolation> PublicationProblems()
    {
        var problems = new List<RuleViolation>();
        if (Criteria.Count == 0)
            problems.Add(new("Criteria", "Add at least one selection criterion."));
        else if (WeightTotal != RequiredWeightTotal)
            problems.Add(new("Criteria", $"The criteria weights total {WeightTotal}; they must total {RequiredWeightTotal}."));
        if (ClosesAtUtc <= OpensAtUtc)
            problems.Add(new(nameof(ClosesAtUtc), "The closing date must be after the opening date."));
        if (ReviewStartsOn > ReviewEndsOn)
            problems.Add(new(nameof(ReviewEndsOn), "The review window must end on or after the day it starts."));
        if (string.IsNullOrWhiteSpace(Summary) || string.IsNullOrWhiteSpace(Eligibility) || string.IsNullOrWhiteSpace(ProgramDescription))
            problems.Add(new("", "Fill in the summary, eligibility and program description before publishing."));
        return problems;
    }

    // Another published round whose submission window overlaps this one would confuse applicants.
    public bool OverlapsWith(RequestForAction other) =>
        other.Id != Id && other.Status == RfpStatus.Published
        && other.OpensAtUtc < ClosesAtUtc && OpensAtUtc < other.ClosesAtUtc;

    public RuleViolation? OverlapProblem(IEnumerable<RequestForAction> otherRounds) =>
        otherRounds.FirstOrDefault(OverlapsWith) is { } overlapping
            ? new("", $"\"{overlapping.Title}\" is already published for an overlapping period. Close it or change the dates first.")
            : null;

    public IReadOnlyList<RuleViolation> Publish(DateTime nowUtc, IEnumerable<RequestForAction> otherRounds)
    {
        if (!RfpWorkflow.Allows(Status, RfpStatus.Published))
            return [new("", $"A {Status.ToString().ToLowerInvariant()} request cannot be published.")];
        var problems = PublicationProblems().ToList();
        if (ClosesAtUtc <= nowUtc)
            problems.Add(new(nameof(ClosesAtUtc), "The closing date has already passed."));
        if (OverlapProblem(otherRounds) is { } overlap)
            problems.Add(overlap);
        if (problems.Count > 0)
            return problems;
        Status = RfpStatus.Published;
        PublishedAtUtc = nowUtc;
        return [];
    }

    public IReadOnlyList<RuleViolation> Close(DateTime nowUtc)
    {
        if (!RfpWorkflow.Allows(Status, RfpStatus.Closed))
            return [new("", $"A {Status.ToString().ToLowerInvariant()} request cannot be closed.")];
        Status = RfpStatus.Closed;
        ClosedAtUtc = nowUtc;
        return [];
    }

    public bool IsEditable => Status != RfpStatus.Closed;

    // Once published, reviews will score against the criteria, so their set, weights and scales are frozen;
    // only their wording may still be improved.
    public IReadOnlyList<RuleViolation> ReplaceCriteria(IReadOnlyList<SelectionCriterion> edited)
    {
        if (Status == RfpStatus.Published)
        {
            var frozen = Criteria.OrderBy(c => c.Position).ToList();
            var sameShape = edited.Count == frozen.Count && edited.Zip(frozen).All(pair =>
                pair.First.Id == pair.Second.Id && pair.First.Weight == pair.Second.Weight
                && pair.First.ScaleMin == pair.Second.ScaleMin && pair.First.ScaleMax == pair.Second.ScaleMax);
            if (!sameShape)
                return [new("Criteria", "This request is published: its criteria cannot be removed or added, and their weights and scales cannot change. You may still reword them.")];
            foreach (var (criterion, change) in frozen.Zip(edited))
            {
                criterion.Title = change.Title;
                criterion.Guidance = change.Guidance;
            }
            return [];
        }

        var kept = edited.Where(e => e.Id != 0).Select(e => e.Id).ToHashSet();
        Criteria.RemoveAll(c => !kept.Contains(c.Id));
        for (var i = 0; i < edited.Count; i++)
        {
            var change = edited[i];
            var criterion = Criteria.FirstOrDefault(c => c.Id == change.Id && change.Id != 0);
            if (criterion is null)
            {
                criterion = new SelectionCriterion();
                Criteria.Add(criterion);
            }
            criterion.Position = i + 1;
            criterion.Title = change.Title;
            criterion.Guidance = change.Guidance;
            criterion.Weight = change.Weight;
            criterion.ScaleMin = change.ScaleMin;
            criterion.ScaleMax = change.ScaleMax;
        }
        return [];
    }
}
