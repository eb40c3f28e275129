namespace Raaqj.Web.Domain.Selection;

// How much each part of the evidence counts in the combined rank: the calibrated review score and the three
// priorities the program names (local match, concentration of priority populations, past partnerships).
// Saved with the request for action; they total 100.
public sealed record PriorityWeights(int ReviewScore, int LocalMatch, int PopulationConcentration, int PastPartnership)
{
    public const int RequiredTotal = 100;

    public static readonly PriorityWeights Default = new(70, 10, 10, 10);

    public int Total => ReviewScore + LocalMatch + PopulationConcentration + PastPartnership;

    public IReadOnlyList<RuleViolation> Problems()
    {
        var problems = new List<RuleViolation>();
        foreach (var (field, value) in Named())
            if (value is < 0 or > RequiredTotal)
                problems.Add(new(field, $"Enter a weight from 0 to {RequiredTotal}."));
        if (problems.Count == 0 && Total != RequiredTotal)
            problems.Add(new("", $"The weights total {Total}; they must total {RequiredTotal}."));
        return problems;
    }

    public IEnumerable<(string Name, int Weight)> Named() =>
    [
        (nameof(ReviewScore), ReviewScore), (nameof(LocalMatch), LocalMatch),
        (nameof(PopulationConcentration), PopulationConcentration), (nameof(PastPartnership), PastPartnership),
    ];

    public static string Label(string name) => name switch
    {
        nameof(ReviewScore) => "Review score",
        nameof(LocalMatch) => "Local match",
        nameof(PopulationConcentration) => "Priority populations",
        nameof(PastPartnership) => "Past partnerships",
        _ => name,
    };

    // The same weights with one of them moved (never below zero); used by the sensitivity check.
    public PriorityWeights With(string name, int delta) => name switch
    {
        nameof(ReviewScore) => this with { ReviewScore = Math.Max(0, ReviewScore + delta) },
        nameof(LocalMatch) => this with { LocalMatch = Math.Max(0, LocalMatch + delta) },
        nameof(PopulationConcentration) => this with { PopulationConcentration = Math.Max(0, PopulationConcentration + delta) },
        nameof(PastPartnership) => this with { PastPartnership = Math.Max(0, PastPartnership + delta) },
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown weight."),
    };
}
