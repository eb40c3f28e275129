namespace Raaqj.Web.Domain.Reviews;

// The technical-assistance areas of the program, used as reviewers' expertise.
[Flags]
public enum ExpertiseArea
{
    None = 0,
    WorkforceAndEconomicDevelopment = 1,
    Apprenticeship = 2,
    EmployerMobilization = 4,
    CareerRelatedEducation = 8,
    ResearchAndEvaluation = 16,
    FocusPopulations = 32,
}

// What staff know about a reviewer: expertise, how much they can take, and what could make them conflicted.
public class ReviewerProfile
{
    public const int EmployerMaxLength = 200;
    public const int DefaultMaxProposals = 10;

    public int Id { get; set; }
    public string UserId { get; set; } = "";
    public bool IsExternal { get; set; }
    public ExpertiseArea Expertise { get; set; }
    public int MaxProposals { get; set; } = DefaultMaxProposals;
    public string Employer { get; set; } = "";
    public string HomeStateCode { get; set; } = "";
    public DateTime UpdatedAtUtc { get; set; }
}

public static class ExpertiseAreas
{
    public static readonly IReadOnlyList<ExpertiseArea> All = Enum.GetValues<ExpertiseArea>().Where(a => a != ExpertiseArea.None).ToList();

    public static string Label(ExpertiseArea area) => area switch
    {
        ExpertiseArea.WorkforceAndEconomicDevelopment => "Workforce and economic development",
        ExpertiseArea.Apprenticeship => "Apprenticeship",
        ExpertiseArea.EmployerMobilization => "Employer mobilization",
        ExpertiseArea.CareerRelatedEducation => "Career-related education",
        ExpertiseArea.ResearchAndEvaluation => "Research and evaluation",
        ExpertiseArea.FocusPopulations => "Interventions for focus populations",
        _ => "None",
    };

    public static string Describe(ExpertiseArea areas) =>
        areas == ExpertiseArea.None ? "none given" : string.Join(", ", All.Where(a => areas.HasFlag(a)).Select(Label));
}

// Possible conflicts staff should look at before assigning: the reviewer's employer is an applicant, or
// the reviewer lives in a state the applicant's region covers. Flags, not verdicts: the reviewer's own
// declaration decides.
public static class ConflictFlags
{
    public sealed record Applicant(int ProposalId, string OrganizationName, IReadOnlyCollection<string> StateCodes);

    public sealed record Flag(int ProposalId, string Reason);

    public static IReadOnlyList<Flag> For(ReviewerProfile reviewer, IEnumerable<Applicant> applicants)
    {
        var flags = new List<Flag>();
        foreach (var applicant in applicants)
        {
            if (!string.IsNullOrWhiteSpace(reviewer.Employer) && SameOrganization(reviewer.Employer, applicant.OrganizationName))
                flags.Add(new Flag(applicant.ProposalId, $"works for {applicant.OrganizationName}"));
            else if (!string.IsNullOrEmpty(reviewer.HomeStateCode) && applicant.StateCodes.Contains(reviewer.HomeStateCode))
                flags.Add(new Flag(applicant.ProposalId, $"lives in {reviewer.HomeStateCode}, part of the region of {applicant.OrganizationName}"));
        }
        return flags;
    }

    private static bool SameOrganization(string employer, string organization)
    {
        // Whole words only: "The ... Board, Inc." and "... Board" are one organization, "Southern" keeps its "the".
        static string Normalize(string name) => string.Concat(
            name.ToLowerInvariant().Split([' ', ',', '.', '-', '&'], StringSplitOptions.RemoveEmptyEntries)
                .Where(word => word is not ("the" or "inc" or "llc" or "of" or "and")));
        var (a, b) = (Normalize(employer), Normalize(organization));
        return a.Length > 3 && b.Length > 3 && (a.Contains(b) || b.Contains(a));
    }
}
