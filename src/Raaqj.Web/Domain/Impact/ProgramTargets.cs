using Raaqj.Web.Domain.Assistance;
using Raaqj.Web.Domain.Funding;
using Raaqj.Web.Domain.Planning;
using Raaqj.Web.Domain.Timeline;

namespace Raaqj.Web.Domain.Impact;

public enum TargetKind
{
    Regions = 0,
    Stakeholders = 1,
    People = 2,
    Raised = 3,
    LocalMatch = 4,
}

// A target's figure on a day: the value, what is promised on top of it (money pledged), and the goal.
public sealed record TargetPoint(int Month, decimal Value, decimal Promised);

public sealed record TargetFigure(TargetKind Kind, decimal Value, decimal Promised, decimal Goal, IReadOnlyList<TargetPoint> Trend)
{
    // How far the value has come, 0 to 100; what is only promised does not count.
    public int Percent => Goal <= 0 ? 0 : (int)Math.Min(100, Math.Floor(Value / Goal * 100));

    public int PercentWithPromised => Goal <= 0 ? 0 : (int)Math.Min(100 - Percent, Math.Floor(Promised / Goal * 100));

    public bool Met => Value >= Goal;
}

// A stakeholder as the targets see it: its de-duplication keys and the steps of its engagement, to tell how many
// were engaged at any point of the program.
public sealed record StakeholderHistory(StakeholderKeys Keys, IReadOnlyList<(DateTime AtUtc, EngagementLevel To)> Changes)
{
    public bool EngagedAt(DateTime utc) =>
        Changes.Where(c => c.AtUtc <= utc).OrderBy(c => c.AtUtc).LastOrDefault() is { } last && last.To >= EngagementLevel.Involved;
}

public sealed record MatchFacts(MatchStatus Status, decimal Amount, DateOnly On);

// Everything the public targets are computed from: the records themselves, never a typed-in figure.
public sealed record TargetFacts(
    IReadOnlyList<DateTime> RegionsJoinedUtc,
    IReadOnlyList<StakeholderHistory> Stakeholders,
    IReadOnlySet<(int, int)> KeptApart,
    IReadOnlyList<Participation> Participations,
    IReadOnlyList<PledgeFacts> Pledges,
    IReadOnlyList<PaymentFacts> Payments,
    IReadOnlyList<MatchFacts> Match,
    decimal MatchPromisedInProposals);

// The program's public promises (DOMAIN.md), each computed from the records as it stands now and at the end of each
// program month so far: regions in the cohort; stakeholders engaged (involved or above), each organization once
// across regions; people equipped, each person once; money received, with what is pledged apart; the regions'
// local match received, with what is pledged apart, against what their proposals committed.
public static class ProgramTargets
{
    public const int CohortSize = 6;
    public const int StakeholdersEngaged = 640;

    // The North Star the program serves: 75 million people in quality jobs in ten years, from 38 million.
    public const int NorthStarFromMillions = 38;
    public const int NorthStarToMillions = 75;

    public static IReadOnlyList<TargetFigure> Compute(TargetFacts facts, ProgramCalendar calendar, DateTime nowUtc, int months)
    {
        var today = calendar.DateAt(nowUtc);
        var through = Math.Min(calendar.MonthOn(today), months);
        var ends = Enumerable.Range(1, Math.Max(0, through))
            .Select(m => (Month: m, Day: calendar.LastDayOf(m), Utc: m == through ? nowUtc : calendar.UtcRangeOf(m).ToUtc)).ToList();
        TargetFigure Figure(TargetKind kind, decimal goal, Func<DateTime, DateOnly, (decimal Value, decimal Promised)> at)
        {
            var now = at(nowUtc, today);
            return new TargetFigure(kind, now.Value, now.Promised, goal, ends.Select(e => Point(e.Month, at(e.Utc, e.Day))).ToList());
        }
        return
        [
            Figure(TargetKind.Regions, CohortSize, (utc, _) => (facts.RegionsJoinedUtc.Count(j => j <= utc), 0)),
            Figure(TargetKind.Stakeholders, StakeholdersEngaged, (utc, _) => (StakeholdersAt(facts, utc), 0)),
            Figure(TargetKind.People, PeopleEquipped.Target, (utc, _) => (PeopleEquipped.Count(facts.Participations.Where(p => p.AtUtc <= utc)).Total, 0)),
            Figure(TargetKind.Raised, RaiseLedger.Goal, (_, day) => Raised(facts, day)),
            Figure(TargetKind.LocalMatch, facts.MatchPromisedInProposals, (_, day) => MatchAt(facts.Match, day)),
        ];
    }

    private static TargetPoint Point(int month, (decimal Value, decimal Promised) at) => new(month, at.Value, at.Promised);

    private static (decimal, decimal) Raised(TargetFacts facts, DateOnly day)
    {
        var standing = RaiseLedger.On(day, facts.Pledges, facts.Payments);
        return (standing.Received, standing.Pledged);
    }

    public static int StakeholdersAt(TargetFacts facts, DateTime utc) =>
        StakeholderMatching.UniqueCount(facts.Stakeholders.Where(s => s.EngagedAt(utc)).Select(s => s.Keys).ToList(), facts.KeptApart);

    // The match received, and pledged, by a day; expected and withdrawn lines never count.
    public static (decimal Received, decimal Pledged) MatchAt(IReadOnlyList<MatchFacts> lines, DateOnly day) =>
        (lines.Where(l => l.Status == MatchStatus.Received && l.On <= day).Sum(l => l.Amount),
            lines.Where(l => l.Status == MatchStatus.Pledged && l.On <= day).Sum(l => l.Amount));

    public static string Name(TargetKind kind) => kind switch
    {
        TargetKind.Regions => "Regions in the cohort",
        TargetKind.Stakeholders => "Stakeholders engaged",
        TargetKind.People => "People equipped",
        TargetKind.Raised => "Raised nationally",
        _ => "Local match",
    };

    public static bool IsMoney(TargetKind kind) => kind is TargetKind.Raised or TargetKind.LocalMatch;
}
