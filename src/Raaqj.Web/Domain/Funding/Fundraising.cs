namespace Raaqj.Web.Domain.Funding;

// Where a national partner or funder stands with the program, from first named to money in (or a no).
public enum FunderStage
{
    Identified = 0,
    Cultivating = 1,
    Asked = 2,
    Pledged = 3,
    Received = 4,
    Declined = 5,
}

public enum FunderKind
{
    Foundation = 0,
    Corporation = 1,
    Government = 2,
    Individual = 3,
    Other = 4,
}

// A national partner or funder the program cultivates for its $1M raise: who they are, where they stand in the
// pipeline, the next step, and their pledges and payments.
public class Funder
{
    public const int NameMaxLength = 200;
    public const int ContactMaxLength = 200;
    public const int EmailMaxLength = 254;
    public const int NextStepMaxLength = 300;
    public const int NotesMaxLength = 4000;

    public int Id { get; set; }
    public int ProgramEditionId { get; set; }
    public string Name { get; set; } = "";
    public FunderKind Kind { get; set; }

    // A national partner lends its name and reach to the program, and may give too.
    public bool IsNationalPartner { get; set; }
    public FunderStage Stage { get; set; }
    public decimal? AskAmount { get; set; }
    public string? ContactName { get; set; }
    public string? ContactEmail { get; set; }
    public string? NextStep { get; set; }
    public DateOnly? NextStepOn { get; set; }
    public string? Notes { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
    public List<Pledge> Pledges { get; set; } = [];
    public List<Payment> Payments { get; set; } = [];
}

public enum PledgeStatus
{
    Active = 0,
    Withdrawn = 1,
}

// A funder's promise of an amount, restricted to a purpose or not, paid on a schedule of installments. A withdrawn
// pledge keeps what was paid against it and promises nothing more.
public class Pledge
{
    public const int RestrictionMaxLength = 300;
    public const int NoteMaxLength = 1000;

    public int Id { get; set; }
    public int FunderId { get; set; }
    public decimal Amount { get; set; }
    public DateOnly PledgedOn { get; set; }
    public bool IsRestricted { get; set; }
    public string? Restriction { get; set; }
    public PledgeStatus Status { get; set; }
    public DateOnly? WithdrawnOn { get; set; }
    public string? Note { get; set; }
    public string RecordedByUserId { get; set; } = "";
    public DateTime RecordedAtUtc { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    // The form's own key: a second submit of the same form (a double click, a resent request) records nothing more.
    public Guid FormKey { get; set; }
    public List<PledgeInstallment> Installments { get; set; } = [];
}

// One payment the pledge's schedule expects, on a day.
public class PledgeInstallment
{
    public int Id { get; set; }
    public int PledgeId { get; set; }
    public DateOnly DueOn { get; set; }
    public decimal Amount { get; set; }
}

// Money received: against a pledge, or a gift with no pledge before it.
public class Payment
{
    public const int ReferenceMaxLength = 100;

    public int Id { get; set; }
    public int FunderId { get; set; }
    public int? PledgeId { get; set; }
    public decimal Amount { get; set; }
    public DateOnly ReceivedOn { get; set; }
    public bool IsRestricted { get; set; }
    public string? Reference { get; set; }
    public string RecordedByUserId { get; set; } = "";
    public DateTime RecordedAtUtc { get; set; }

    // The form's own key: a second submit of the same form (a double click, a resent request) records nothing more.
    public Guid FormKey { get; set; }
}
