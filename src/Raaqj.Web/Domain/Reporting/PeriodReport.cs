namespace Raaqj.Web.Domain.Reporting;

public enum ReportStatus
{
    Draft = 0,
    Submitted = 1,
    ChangesRequested = 2,
    Accepted = 3,
}

// A region's report for one period (named by the program month it ends with): a value for each indicator due then,
// an explanation where a value misses its target path, a narrative and evidence files. Submitting freezes a version;
// staff accept it or ask for changes, and the region edits the same draft again. Only accepted values count.
public class PeriodReport
{
    public const int NarrativeMaxLength = 6000;

    public int Id { get; set; }
    public int CohortRegionId { get; set; }
    public int EndMonth { get; set; }
    public ReportStatus Status { get; set; }
    public string Narrative { get; set; } = "";
    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
    public DateTime? FirstSubmittedAtUtc { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
    public List<ReportValue> Values { get; set; } = [];
    public List<ReportEvidence> Evidence { get; set; } = [];
    public List<ReportVersion> Versions { get; set; } = [];
}

public class ReportValue
{
    public const int ExplanationMaxLength = 2000;

    public int Id { get; set; }
    public int PeriodReportId { get; set; }
    public int IndicatorId { get; set; }
    public decimal? Value { get; set; }
    public string Explanation { get; set; } = "";
}

public class ReportEvidence : Documents.Document
{
    public int PeriodReportId { get; set; }
}

// A submitted report as it was: kept whatever happens to the draft afterwards.
public class ReportVersion
{
    public const int NoteMaxLength = 4000;

    public int Id { get; set; }
    public int PeriodReportId { get; set; }
    public int Number { get; set; }
    public string Snapshot { get; set; } = "";
    public DateTime SubmittedAtUtc { get; set; }
    public string SubmittedByUserId { get; set; } = "";
    public ReportStatus Outcome { get; set; } = ReportStatus.Submitted;
    public DateTime? DecidedAtUtc { get; set; }
    public string? DecidedByUserId { get; set; }
    public string DecisionNote { get; set; } = "";
}

// Reminders sent for a region's report, one row per (region, period, kind): saved with the notification, so a second
// run finds it and sends nothing.
public class ReportReminder
{
    public int Id { get; set; }
    public int CohortRegionId { get; set; }
    public int EndMonth { get; set; }
    public Timeline.ReminderKind Kind { get; set; }
    public DateTime SentAtUtc { get; set; }
}
