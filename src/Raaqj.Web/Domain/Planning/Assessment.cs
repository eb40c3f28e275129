namespace Raaqj.Web.Domain.Planning;

public enum AssessmentKind
{
    OrganizationalReadiness = 0,
    CommunityReadiness = 1,
}

// A readiness instrument kept as data (after the McKinsey capacity grid): elements of items, each scored 1 to 4 with a
// descriptor per level and mapped to the TA expert area that helps with it. Instruments are versioned: a change is a
// new version, so an assessment always keeps the items it answered.
public class AssessmentInstrument
{
    public const int NameMaxLength = 200;

    public int Id { get; set; }
    public AssessmentKind Kind { get; set; }
    public string Name { get; set; } = "";
    public int Version { get; set; }

    // The version regions start new assessments on; earlier ones stay for the assessments that used them.
    public bool IsCurrent { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public List<AssessmentElement> Elements { get; set; } = [];
}

public class AssessmentElement
{
    public const int NameMaxLength = 200;
    public const int KeyMaxLength = 60;

    public int Id { get; set; }
    public int AssessmentInstrumentId { get; set; }

    // The same element across versions of an instrument ("leadership"), so a change can be read element by element.
    public string Key { get; set; } = "";
    public string Name { get; set; } = "";
    public int Position { get; set; }
    public List<AssessmentItem> Items { get; set; } = [];
}

public class AssessmentItem
{
    public const int TextMaxLength = 500;
    public const int DescriptorMaxLength = 500;

    public int Id { get; set; }
    public int AssessmentElementId { get; set; }
    public int Position { get; set; }
    public string Text { get; set; } = "";
    public string Level1 { get; set; } = "";
    public string Level2 { get; set; } = "";
    public string Level3 { get; set; } = "";
    public string Level4 { get; set; } = "";

    // The expert area a region asks for help in when it scores this item low.
    public int? ExpertAreaId { get; set; }

    public string Descriptor(int level) => level switch
    {
        1 => Level1,
        2 => Level2,
        3 => Level3,
        4 => Level4,
        _ => "",
    };
}

public enum AssessmentStatus
{
    Draft = 0,
    Submitted = 1,
    Reviewed = 2,
}

// A region's assessment on one version of an instrument: a draft its team scores element by element (several people
// at once), then submits; staff review it. Baseline in month 9, again at month 12.
public class RegionAssessment
{
    public const int LabelMaxLength = 100;
    public const int NoteMaxLength = 2000;

    public int Id { get; set; }
    public int CohortRegionId { get; set; }
    public int AssessmentInstrumentId { get; set; }
    public string Label { get; set; } = "";
    public AssessmentStatus Status { get; set; }
    public string StartedByUserId { get; set; } = "";
    public DateTime StartedAtUtc { get; set; }
    public string? SubmittedByUserId { get; set; }
    public DateTime? SubmittedAtUtc { get; set; }
    public string? ReviewedByUserId { get; set; }
    public DateTime? ReviewedAtUtc { get; set; }
    public string ReviewNote { get; set; } = "";
    public DateTime UpdatedAtUtc { get; set; }

    // Changed by a submit and a review: a save racing a submit is refused.
    public Guid Version { get; set; } = Guid.NewGuid();
    public List<AssessmentAnswer> Answers { get; set; } = [];
}

// One item's score, with a note; each answer is its own row, so two people scoring different elements both keep theirs.
public class AssessmentAnswer
{
    public const int NoteMaxLength = 1000;

    public int Id { get; set; }
    public int RegionAssessmentId { get; set; }
    public int AssessmentItemId { get; set; }
    public int Score { get; set; }
    public string Note { get; set; } = "";
    public string AnsweredByUserId { get; set; } = "";
    public DateTime AnsweredAtUtc { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}
