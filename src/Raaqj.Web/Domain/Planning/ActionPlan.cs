using Raaqj.Web.Domain.Proposals;

namespace Raaqj.Web.Domain.Planning;

// A job quality dimension plans are organized by: a list staff keep (default the seed's six), never an enum, so a
// program can move to another framework (the American Job Quality Study's five) without a release.
public class PlanDimension
{
    public const int NameMaxLength = 100;
    public const int DescriptionMaxLength = 500;

    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string Description { get; set; } = "";
    public int Position { get; set; }

    // A retired dimension keeps the goals already written under it but takes no new ones.
    public bool IsRetired { get; set; }

    public static IReadOnlyList<PlanDimension> Seed() =>
    [
        new() { Id = 1, Position = 1, Name = "Living wage", Description = "Pay that covers a family's basic needs where they live." },
        new() { Id = 2, Position = 2, Name = "Benefits", Description = "Health coverage, paid leave and retirement savings." },
        new() { Id = 3, Position = 3, Name = "Stability", Description = "Predictable hours, schedules and income." },
        new() { Id = 4, Position = 4, Name = "Flexibility", Description = "Some control over when and where work happens." },
        new() { Id = 5, Position = 5, Name = "Autonomy", Description = "A voice in how the work is done, and respect on the job." },
        new() { Id = 6, Position = 6, Name = "Economic advancement", Description = "Training and paths to better jobs." },
    ];
}

public enum PlanStatus
{
    Draft = 0,
    Submitted = 1,
    ChangesRequested = 2,
    Approved = 3,
}

// A region's job quality action plan: its team co-edits the draft item by item (each goal, strategy, action and
// measure saves on its own, checked against its own version), then submits it; the submitted version is frozen as a
// snapshot. Staff comment on its items and approve it or request changes; the team revises and resubmits.
public class ActionPlan
{
    public int Id { get; set; }
    public int CohortRegionId { get; set; }
    public PlanStatus Status { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }

    // Changes with each submission and decision, so a submit or a decision made on a stale page is refused.
    public Guid Version { get; set; } = Guid.NewGuid();
    public List<PlanGoal> Goals { get; set; } = [];
    public List<PlanVersion> Versions { get; set; } = [];
}

public class PlanGoal
{
    public const int TitleMaxLength = 300;
    public const int DescriptionMaxLength = 2000;

    public int Id { get; set; }
    public int ActionPlanId { get; set; }
    public int PlanDimensionId { get; set; }
    public string Title { get; set; } = "";
    public string Description { get; set; } = "";
    public int Position { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
    public List<PlanStrategy> Strategies { get; set; } = [];
}

public class PlanStrategy
{
    public const int TitleMaxLength = 300;
    public const int DescriptionMaxLength = 2000;

    public int Id { get; set; }
    public int PlanGoalId { get; set; }
    public string Title { get; set; } = "";
    public string Description { get; set; } = "";
    public int Position { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
    public List<PlanAction> Actions { get; set; } = [];
}

public class PlanAction
{
    public const int DescriptionMaxLength = 2000;
    public const int FundingSourceMaxLength = 300;
    public const int FirstMonth = 1;

    // Plans reach past the program's twelve months: a regional agenda runs for years.
    public const int LastMonth = 60;

    public int Id { get; set; }
    public int PlanStrategyId { get; set; }
    public string Description { get; set; } = "";

    // Who leads it, from the region's ecosystem map.
    public int? LeadStakeholderId { get; set; }
    public int? StartMonth { get; set; }
    public int? EndMonth { get; set; }
    public decimal? Budget { get; set; }
    public string FundingSource { get; set; } = "";

    // The priority populations it serves, one bit each (1 << PriorityPopulation).
    public int Populations { get; set; }
    public int Position { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
    public List<PlanMeasure> Measures { get; set; } = [];

    // The research and pilots of the region that informed it.
    public List<PlanCitation> Citations { get; set; } = [];

    public static int Mask(IEnumerable<PriorityPopulation> populations) => populations.Aggregate(0, (mask, p) => mask | (1 << (int)p));

    public static IReadOnlyList<PriorityPopulation> Unmask(int mask) => Enum.GetValues<PriorityPopulation>().Where(p => (mask & (1 << (int)p)) != 0).ToList();
}

// How an action's progress will be known: an indicator, where it starts, where it should get to, and by when.
public class PlanMeasure
{
    public const int IndicatorMaxLength = 300;
    public const int ValueMaxLength = 100;

    public int Id { get; set; }
    public int PlanActionId { get; set; }
    public string Indicator { get; set; } = "";
    public string Baseline { get; set; } = "";
    public string Target { get; set; } = "";
    public int? ByMonth { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}

// An action's reference to what informed it: one of the region's research activities, or one of its pilots.
public class PlanCitation
{
    public int Id { get; set; }
    public int PlanActionId { get; set; }
    public int? ResearchActivityId { get; set; }
    public int? PilotId { get; set; }
}

// A submitted version of a plan, frozen: the whole plan as it was (PlanSnapshot, as JSON) and what staff decided.
public class PlanVersion
{
    public const int NoteMaxLength = 4000;

    public int Id { get; set; }
    public int ActionPlanId { get; set; }
    public int Number { get; set; }
    public string Snapshot { get; set; } = "";
    public DateTime SubmittedAtUtc { get; set; }
    public string SubmittedByUserId { get; set; } = "";

    // Submitted until staff decide: then ChangesRequested or Approved.
    public PlanStatus Outcome { get; set; } = PlanStatus.Submitted;
    public DateTime? DecidedAtUtc { get; set; }
    public string? DecidedByUserId { get; set; }
    public string DecisionNote { get; set; } = "";
}

// A comment from staff on one item of a submitted version ("goal:12"), or on the whole plan ("plan").
public class PlanComment
{
    public const int BodyMaxLength = 2000;
    public const int ItemKeyMaxLength = 40;

    public int Id { get; set; }
    public int PlanVersionId { get; set; }
    public string ItemKey { get; set; } = "";
    public string Body { get; set; } = "";
    public string AuthorUserId { get; set; } = "";
    public DateTime AtUtc { get; set; }
}
