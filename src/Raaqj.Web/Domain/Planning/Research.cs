using Raaqj.Web.Domain.Proposals;

namespace Raaqj.Web.Domain.Planning;

public enum ResearchMethod
{
    Interviews = 1,
    FocusGroup = 2,
    Survey = 3,
    ListeningSession = 4,
    Other = 5,
}

// A piece of worker-informed research: how the region heard from workers, how many, which priority populations they
// belong to, which employers took part, and what it learned. Its files are the region library's, referenced here.
public class ResearchActivity
{
    public const int TitleMaxLength = 200;
    public const int FindingsMaxLength = 4000;

    public int Id { get; set; }
    public int CohortRegionId { get; set; }
    public string Title { get; set; } = "";
    public ResearchMethod Method { get; set; }
    public DateOnly HeldOn { get; set; }
    public int WorkersEngaged { get; set; }
    public int EmployersInvolved { get; set; }
    public string Findings { get; set; } = "";
    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
    public List<ResearchPopulation> Populations { get; set; } = [];
    public List<ResearchFile> Files { get; set; } = [];
}

// How many of the workers engaged belong to a priority population (a worker can belong to several).
public class ResearchPopulation
{
    public int Id { get; set; }
    public int ResearchActivityId { get; set; }
    public PriorityPopulation Population { get; set; }
    public int Workers { get; set; }
}

public class ResearchFile
{
    public int Id { get; set; }
    public int ResearchActivityId { get; set; }
    public int RegionFileId { get; set; }
}

public enum PilotStatus
{
    Planned = 1,
    Running = 2,
    Paused = 3,
    Completed = 4,
    Stopped = 5,
}

// A pilot or prototype the region tests: its hypothesis, the job quality dimensions it works on, its partners, when it
// runs and how it stands, learned through plan-do-study-act cycles.
public class Pilot
{
    public const int TitleMaxLength = 200;
    public const int TextMaxLength = 2000;

    public int Id { get; set; }
    public int CohortRegionId { get; set; }
    public string Title { get; set; } = "";
    public string Hypothesis { get; set; } = "";
    public string Partners { get; set; } = "";
    public DateOnly? StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    public PilotStatus Status { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
    public List<PilotDimension> Dimensions { get; set; } = [];
    public List<PdsaCycle> Cycles { get; set; } = [];
}

public class PilotDimension
{
    public int Id { get; set; }
    public int PilotId { get; set; }
    public int PlanDimensionId { get; set; }
}

// One plan-do-study-act cycle (after the IHI Breakthrough Series): what was planned, done, seen, and what comes next.
public class PdsaCycle
{
    public const int TextMaxLength = 2000;

    public int Id { get; set; }
    public int PilotId { get; set; }
    public int Number { get; set; }
    public DateOnly StartedOn { get; set; }
    public string Plan { get; set; } = "";
    public string Do { get; set; } = "";
    public string Study { get; set; } = "";
    public string Act { get; set; } = "";
    public DateTime RecordedAtUtc { get; set; }
}

public static class ResearchTerms
{
    public static string Label(ResearchMethod method) => method switch
    {
        ResearchMethod.Interviews => "Interviews",
        ResearchMethod.FocusGroup => "Focus group",
        ResearchMethod.Survey => "Survey",
        ResearchMethod.ListeningSession => "Listening session",
        _ => "Other",
    };

    public static string Label(PilotStatus status) => status.ToString();

    // The workers each priority population counts across activities; a population no activity reached shows zero.
    public static IReadOnlyList<(PriorityPopulation Population, int Workers)> ByPopulation(IEnumerable<ResearchPopulation> counts)
    {
        var sums = counts.GroupBy(c => c.Population).ToDictionary(g => g.Key, g => g.Sum(c => c.Workers));
        return Enum.GetValues<PriorityPopulation>().Select(p => (p, sums.GetValueOrDefault(p))).ToList();
    }
}
