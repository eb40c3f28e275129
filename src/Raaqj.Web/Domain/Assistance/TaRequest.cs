namespace Raaqj.Web.Domain.Assistance;

// An area of expertise the program offers regions (DOMAIN.md), kept as data staff can extend.
public class ExpertArea
{
    public const int NameMaxLength = 100;

    public int Id { get; set; }
    public string Name { get; set; } = "";
    public int Position { get; set; }

    public static readonly IReadOnlyList<string> Defaults =
    [
        "Workforce and economic development", "Apprenticeship", "Employer mobilization", "Career-related education", "Research and evaluation",
        "Interventions for focus populations",
    ];
}

// A person who answers TA requests in some areas (staff tag themselves, or are tagged); unavailable experts get no new requests.
public class ExpertProfile
{
    public string UserId { get; set; } = "";
    public bool Available { get; set; } = true;
    public List<ExpertAreaTag> Areas { get; set; } = [];
}

public class ExpertAreaTag
{
    public string UserId { get; set; } = "";
    public int AreaId { get; set; }
}

public enum TaUrgency
{
    Low = 0,
    Normal = 1,
    High = 2,
}

// The program's response clocks: business days to a first answer, and to a resolution by urgency; and its holidays.
public class TaClockSettings
{
    public const int DefaultFirstAnswerDays = 2;

    public int ProgramEditionId { get; set; }
    public int FirstAnswerDays { get; set; } = DefaultFirstAnswerDays;
    public int ResolveLowDays { get; set; } = 15;
    public int ResolveNormalDays { get; set; } = 10;
    public int ResolveHighDays { get; set; } = 5;
    public Guid Version { get; set; } = Guid.NewGuid();

    public int ResolveDays(TaUrgency urgency) => urgency switch
    {
        TaUrgency.High => ResolveHighDays,
        TaUrgency.Low => ResolveLowDays,
        _ => ResolveNormalDays,
    };
}

public class ProgramHoliday
{
    public const int NameMaxLength = 100;

    public int Id { get; set; }
    public int ProgramEditionId { get; set; }
    public DateOnly Date { get; set; }
    public string Name { get; set; } = "";
}

// A region's request for technical assistance, routed to an expert of its area, answered in a thread with hours
// logged, and timed against the program's response clocks (BusinessClock, deadlines fixed when it is made).
public class TaRequest
{
    public const int TitleMaxLength = 200;
    public const int TextMaxLength = 4000;
    public const int PreferredTimesMaxLength = 500;

    public int Id { get; set; }
    public int ProgramEditionId { get; set; }
    public int CohortRegionId { get; set; }
    public int AreaId { get; set; }
    public string Title { get; set; } = "";
    public string Question { get; set; } = "";
    public string Tried { get; set; } = "";
    public TaUrgency Urgency { get; set; } = TaUrgency.Normal;
    public string PreferredTimes { get; set; } = "";
    public TaStatus Status { get; set; }
    public string? ExpertUserId { get; set; }
    public string RequestedByUserId { get; set; } = "";
    public DateTime RequestedAtUtc { get; set; }
    public DateTime FirstAnswerDueUtc { get; set; }
    public DateTime ResolutionDueUtc { get; set; }
    public DateTime? FirstAnsweredAtUtc { get; set; }
    public DateTime? ResolvedAtUtc { get; set; }
    public DateTime? ClosedAtUtc { get; set; }
    public int? Rating { get; set; }
    public string RatingComment { get; set; } = "";
    public DateTime UpdatedAtUtc { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
    public List<TaMessage> Messages { get; set; } = [];

    public bool FirstAnswerBreachedAt(DateTime nowUtc) => (FirstAnsweredAtUtc ?? nowUtc) > FirstAnswerDueUtc;

    public bool ResolutionBreachedAt(DateTime nowUtc) => (ResolvedAtUtc ?? ClosedAtUtc ?? nowUtc) > ResolutionDueUtc;

    public bool BreachedAt(DateTime nowUtc) => FirstAnswerBreachedAt(nowUtc) || ResolutionBreachedAt(nowUtc);

    // Takes a step of the status table, or refuses it; the clocks and dates follow the step.
    public bool Take(TaStep step, TaActor by, DateTime nowUtc)
    {
        if (TaTransitions.Next(Status, step, by) is not { } next)
            return false;
        Status = next;
        if (next == TaStatus.Resolved)
            ResolvedAtUtc = nowUtc;
        else if (step == TaStep.Reopen)
            ResolvedAtUtc = null;
        ClosedAtUtc = next == TaStatus.Closed ? nowUtc : null;
        UpdatedAtUtc = nowUtc;
        return true;
    }
}

// One message of a request's thread; the expert side logs the hours it took.
public class TaMessage
{
    public const int BodyMaxLength = 8000;

    public int Id { get; set; }
    public int TaRequestId { get; set; }
    public string AuthorUserId { get; set; } = "";
    public bool FromExpertSide { get; set; }
    public string Body { get; set; } = "";
    public decimal Hours { get; set; }
    public DateTime PostedAtUtc { get; set; }
    public List<TaMessageFile> Files { get; set; } = [];
}

public class TaMessageFile : Documents.Document
{
    public int TaMessageId { get; set; }
}

public enum TaClockKind
{
    FirstAnswerSoon = 0,
    ResolutionSoon = 1,
}

// A warning sent that a request's clock is about to run out: one row per request, clock and deadline, saved with the
// warning's notifications and mail, so it goes once however often and wherever the job runs.
public class TaClockWarning
{
    public int Id { get; set; }
    public int TaRequestId { get; set; }
    public TaClockKind Kind { get; set; }
    public DateTime DueUtc { get; set; }
    public DateTime SentAtUtc { get; set; }
}
