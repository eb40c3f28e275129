namespace Raaqj.Web.Domain.Assistance;

// An expert as routing sees them: the areas they answer, whether they take requests now, and how many open
// requests they carry.
public sealed record ExpertLoad(string UserId, string Name, IReadOnlySet<int> Areas, bool Available, int OpenRequests);

// A new request goes to the available expert of its area who carries the fewest open requests (ties by name, so
// the choice is the same on every server); to nobody when no available expert has the area: staff route it by hand.
public static class ExpertRouting
{
    public static ExpertLoad? Propose(int areaId, IEnumerable<ExpertLoad> experts) =>
        experts.Where(e => e.Available && e.Areas.Contains(areaId))
            .OrderBy(e => e.OpenRequests).ThenBy(e => e.Name, StringComparer.OrdinalIgnoreCase).ThenBy(e => e.UserId, StringComparer.Ordinal)
            .FirstOrDefault();
}
