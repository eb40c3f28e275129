using Raaqj.Web.Domain.Cohort;

namespace Raaqj.Web.Domain.Timeline;

// A dated promise of the program (CohortRegionId null) or of one cohort region. Due either on a date or by the end
// of a month of the program, which moves with the program's start. Late and due soon are derived (MilestoneRules).
public class Milestone
{
    public const int TitleMaxLength = 200;
    public const int DescriptionMaxLength = 2000;
    public const int EvidenceNoteMaxLength = 2000;
    public const int EvidenceLinkMaxLength = 500;

    public int Id { get; set; }
    public int ProgramEditionId { get; set; }
    public ProgramEdition? Edition { get; set; }
    public int? CohortRegionId { get; set; }
    public CohortRegion? Region { get; set; }

    // The region milestone template it was made from: the cohort tracker's column.
    public int? TemplateId { get; set; }
    public string Title { get; set; } = "";
    public string Description { get; set; } = "";
    public int? PhaseId { get; set; }
    public ProgramPhase? Phase { get; set; }
    public DateOnly? DueOn { get; set; }
    public int? DueByEndOfMonth { get; set; }
    public string? OwnerUserId { get; set; }
    public MilestoneStatus Status { get; set; }
    public DateOnly? CompletedOn { get; set; }
    public string EvidenceNote { get; set; } = "";
    public string? EvidenceLink { get; set; }

    // The program event that completes it (ProgramEvents), if any.
    public string? CompletesOn { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
    public List<MilestoneDependency> Predecessors { get; set; } = [];
    public List<MilestoneEvidence> EvidenceFiles { get; set; } = [];

    public MilestoneDue Due => new(DueOn, DueByEndOfMonth);

    // Marks it done on a date with what proves it.
    public void Complete(DateOnly on, string evidence, string? link) => Progress(MilestoneStatus.Done, on, evidence, link);

    // Where the work stands; only a done milestone keeps a completion date.
    public void Progress(MilestoneStatus status, DateOnly? completedOn, string evidence, string? link)
    {
        Status = status;
        CompletedOn = status == MilestoneStatus.Done ? completedOn : null;
        EvidenceNote = evidence.Length <= EvidenceNoteMaxLength ? evidence : evidence[..EvidenceNoteMaxLength];
        EvidenceLink = link.TrimmedOrNull();
    }

    // Problems with a change of progress, by field, in words for the form.
    // hasFiles: Whether evidence files stay attached (or one is being attached) after the change.
    public static IEnumerable<RuleViolation> ProgressProblems(MilestoneStatus status, DateOnly? completedOn, string? evidence, string? link, bool hasFiles, DateOnly today)
    {
        if (status == MilestoneStatus.Done && completedOn is null)
            yield return new(nameof(CompletedOn), "Enter the date it was done.");
        if (completedOn > today)
            yield return new(nameof(CompletedOn), "The date it was done cannot be in the future.");
        if (status == MilestoneStatus.Done && string.IsNullOrWhiteSpace(evidence) && string.IsNullOrWhiteSpace(link) && !hasFiles)
            yield return new(nameof(EvidenceNote), "Say what shows it is done: a note, a link or a file.");
        if (!string.IsNullOrWhiteSpace(link) && !IsSafeLink(link.Trim()))
            yield return new(nameof(EvidenceLink), "Enter a web address starting with https://.");
    }

    // A web address, or a page of the portal (the evidence a program event leaves).
    private static bool IsSafeLink(string link) =>
        (Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http")
        || (link[0] == '/' && (link.Length == 1 || link[1] != '/') && !link.Contains('\\'));
}

// A file that shows a milestone done (minutes, a signed plan, a photo of the convening).
public class MilestoneEvidence : Documents.Document
{
    public int MilestoneId { get; set; }
}

// "Milestone depends on Predecessor": it cannot sensibly be due before the predecessor is.
public class MilestoneDependency
{
    public int MilestoneId { get; set; }
    public int PredecessorId { get; set; }
    public Milestone? Predecessor { get; set; }
}

// A region milestone as staff plan it for every region: when the cohort is created, each region gets one of each.
public class MilestoneTemplate
{
    public int Id { get; set; }
    public int ProgramEditionId { get; set; }
    public ProgramEdition? Edition { get; set; }
    public int Position { get; set; }
    public string Title { get; set; } = "";
    public string Description { get; set; } = "";
    public int? PhaseId { get; set; }
    public ProgramPhase? Phase { get; set; }
    public int DueByEndOfMonth { get; set; }
    public string? CompletesOn { get; set; }
}

// The plan as it stood when staff saved it ("as approved in month 1"): each milestone's due date then.
public class Baseline
{
    public const int NameMaxLength = 100;

    public int Id { get; set; }
    public int ProgramEditionId { get; set; }
    public string Name { get; set; } = "";
    public DateTime SavedAtUtc { get; set; }
    public string? SavedByUserId { get; set; }
    public List<BaselineEntry> Entries { get; set; } = [];
}

public class BaselineEntry
{
    public int BaselineId { get; set; }
    public int MilestoneId { get; set; }
    public DateOnly DueOn { get; set; }
}

public enum ReminderKind
{
    DueSoon = 0,
    Late = 1,
}

// A reminder sent: the unique (milestone, kind, due date) row is what keeps it from going twice, across restarts
// and instances; staff read these as the reminder log.
public class MilestoneReminder
{
    public int Id { get; set; }
    public int MilestoneId { get; set; }
    public ReminderKind Kind { get; set; }
    public DateOnly DueOn { get; set; }
    public string? OwnerUserId { get; set; }
    public DateTime SentAtUtc { get; set; }
}

// A person's secret calendar address: found by the hash of its token; the token itself is kept encrypted, so the
// person can read their address again. Revoking deletes it, renewing replaces it.
public class CalendarToken
{
    public const int ProtectedMaxLength = 500;

    public int Id { get; set; }
    public string UserId { get; set; } = "";
    public string TokenHash { get; set; } = "";
    public string ProtectedToken { get; set; } = "";
    public DateTime CreatedAtUtc { get; set; }
}
