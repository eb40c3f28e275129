namespace Raaqj.Web.Domain.Timeline;

// Something that happened in the portal and proves a milestone: raised by the use case that makes it true, for the
// program or for one region. Milestones name the event that completes them (Milestone.CompletesOn).
public sealed record ProgramEvent(string Key, string Name, bool OfRegion);

public static class ProgramEvents
{
    public const int KeyMaxLength = 50;

    public static readonly ProgramEvent RfpPublished = new("rfp-published", "The program's request for action is published", OfRegion: false);
    public static readonly ProgramEvent DecisionsReleased = new("decisions-released", "Selection decisions are released", OfRegion: false);

    public static readonly IReadOnlyList<ProgramEvent> All = [RfpPublished, DecisionsReleased];

    public static ProgramEvent? Find(string? key) => All.FirstOrDefault(e => e.Key == key);
}
