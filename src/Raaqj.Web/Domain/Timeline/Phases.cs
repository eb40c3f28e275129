namespace Raaqj.Web.Domain.Timeline;

// A phase of the program over whole months; phases may overlap (the request for action launches in month 3, the last
// month of strategic development).
public sealed record PhaseSpan(string Name, int FirstMonth, int LastMonth)
{
    public bool Covers(int month) => month >= FirstMonth && month <= LastMonth;
}

public static class ProgramPhases
{
    // The 12-month plan of the commitment (DOMAIN.md); staff adjust the months of an edition.
    public static readonly IReadOnlyList<PhaseSpan> Defaults =
    [
        new("Strategic development", 1, 3),
        new("RFP launch and program planning", 3, 7),
        new("Cohort launch", 8, 8),
        new("Regional planning", 9, 12),
    ];

    // The phases a month falls in, in plan order: two in a month where phases overlap, none after the last.
    public static IReadOnlyList<T> On<T>(int month, IEnumerable<T> phases, Func<T, PhaseSpan> spanOf) =>
        phases.Where(p => spanOf(p).Covers(month)).ToList();

    // What is wrong with a phase's months, in words for the form.
    public static string? Problem(int firstMonth, int lastMonth, int programMonths) =>
        firstMonth < 1 ? "A phase starts in month 1 or later."
        : lastMonth < firstMonth ? "A phase ends in the month it starts or later."
        : lastMonth > programMonths ? $"The program has {programMonths} months."
        : null;
}
