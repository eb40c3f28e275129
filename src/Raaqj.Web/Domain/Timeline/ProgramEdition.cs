namespace Raaqj.Web.Domain.Timeline;

// One run of the 12-month program (the inaugural cohort, the next one), tied to the request for action that selects
// its regions. Month N of the program is counted from StartsOn in the program's zone (ProgramCalendar).
public class ProgramEdition
{
    public const int NameMaxLength = 200;
    public const int DefaultMonths = 12;
    public const int DefaultReminderDays = 7;

    public int Id { get; set; }
    public string Name { get; set; } = "";
    public int? RequestForActionId { get; set; }
    public DateOnly StartsOn { get; set; }
    public string TimeZoneId { get; set; } = "";
    public int Months { get; set; } = DefaultMonths;

    // Owners hear of a milestone this many days before it is due.
    public int ReminderDaysBefore { get; set; } = DefaultReminderDays;

    // Whether anyone may read the program's public progress page (its commitment and computed targets); off by default.
    public bool PublicProgress { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
    public List<ProgramPhase> Phases { get; set; } = [];

    public ProgramCalendar Calendar => new(StartsOn, TimeZoneId);

    public static ProgramEdition Create(string name, int? requestForActionId, DateOnly startsOn, string timeZoneId, DateTime nowUtc) => new()
    {
        Name = name, RequestForActionId = requestForActionId, StartsOn = startsOn, TimeZoneId = timeZoneId, CreatedAtUtc = nowUtc, UpdatedAtUtc = nowUtc,
        Phases = ProgramPhases.Defaults.Select((p, i) => new ProgramPhase { Position = i + 1, Name = p.Name, FirstMonth = p.FirstMonth, LastMonth = p.LastMonth }).ToList(),
    };
}

public class ProgramPhase
{
    public const int NameMaxLength = 100;

    public int Id { get; set; }
    public int ProgramEditionId { get; set; }
    public int Position { get; set; }
    public string Name { get; set; } = "";
    public int FirstMonth { get; set; }
    public int LastMonth { get; set; }

    public PhaseSpan Span => new(Name, FirstMonth, LastMonth);
}
