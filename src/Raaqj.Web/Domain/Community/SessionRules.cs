namespace Raaqj.Web.Domain.Community;

// The rules of a session's seats, link and feedback, and of the launch convening that convenes the cohort.
public static class SessionRules
{
    public const int LowestRating = 1;
    public const int HighestRating = 5;

    // Registering is for a session still to end, while a seat is free; registering twice is not an error.
    public static IReadOnlyList<RuleViolation> CanRegister(LearningSession session, DateTime nowUtc, int registered)
    {
        if (nowUtc >= session.EndsAtUtc)
            return [new("", "This session has ended: registration is closed.")];
        if (session.Capacity is { } seats && registered >= seats)
            return [new("", $"This session is full: all {seats} seats are taken.")];
        return [];
    }

    public static int? SeatsLeft(int? capacity, int registered) => capacity is { } seats ? Math.Max(0, seats - registered) : null;

    // The virtual link is for the people registered (and the staff who run it); in-person sessions have none.
    public static bool ShowsLink(SessionFormat format, bool registered, bool isStaff) => format != SessionFormat.InPerson && (registered || isStaff);

    public static bool HasPlace(SessionFormat format) => format != SessionFormat.Virtual;

    // Feedback comes from people who were there, once the session has begun.
    public static IReadOnlyList<RuleViolation> CanGiveFeedback(LearningSession session, DateTime nowUtc, bool attended, int rating)
    {
        if (!attended)
            return [new("", "Only people recorded as attending can give feedback on this session.")];
        if (nowUtc < session.StartsAtUtc)
            return [new("", "Feedback opens when the session begins.")];
        if (rating is < LowestRating or > HighestRating)
            return [new("Rating", $"Choose a rating from {LowestRating} to {HighestRating}.")];
        return [];
    }

    // Attendance is taken once a session has begun.
    public static IReadOnlyList<RuleViolation> CanTakeAttendance(LearningSession session, DateTime nowUtc) =>
        nowUtc < session.StartsAtUtc ? [new("", "Attendance can be taken once the session has begun.")] : [];

    // The cohort is convened when the launch convening's attendance has someone from every region of the cohort.
    public static bool Convened(SessionKind kind, IEnumerable<int> regionsPresent, IReadOnlyCollection<int> cohort) =>
        kind == SessionKind.LaunchConvening && cohort.Count > 0 && cohort.All(regionsPresent.ToHashSet().Contains);
}
