namespace Raaqj.Web.Domain.Outreach;

// How far the program has come with a region it wants to recruit. Staff record the first three; the last two are
// the records' own: a proposal submitted from the region's counties makes it applied, its selection selected.
public enum OutreachStage
{
    Identified = 0,
    Contacted = 1,
    Interested = 2,
    Applied = 3,
    Selected = 4,
}

// A region the program targets in its first months (strategic development): its counties (from the Census list the
// portal ships, a metro being the counties that make it up), why it was chosen, a contact, and where it stands.
public class TargetRegion
{
    public const int NameMaxLength = 200;
    public const int WhyMaxLength = 2000;
    public const int ContactMaxLength = 200;
    public const int EmailMaxLength = 254;
    public const int NotesMaxLength = 2000;

    public int Id { get; set; }
    public int ProgramEditionId { get; set; }
    public string Name { get; set; } = "";
    public string Why { get; set; } = "";
    public string? ContactName { get; set; }
    public string? ContactOrganization { get; set; }
    public string? ContactEmail { get; set; }

    // The stage staff recorded (identified, contacted or interested); applied and selected come from the records.
    public OutreachStage Stage { get; set; }
    public string? Notes { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
    public List<TargetRegionCounty> Counties { get; set; } = [];
}

public class TargetRegionCounty
{
    public int Id { get; set; }
    public int TargetRegionId { get; set; }
    public string Fips { get; set; } = "";
    public string StateCode { get; set; } = "";
}

public sealed record FunnelStep(OutreachStage Stage, int Reached);

// The outreach funnel: every target region counted at each stage it reached, so the steps read "targeted 12,
// contacted 9, interested 6, applied 4, selected 2".
public static class OutreachFunnel
{
    public static readonly IReadOnlyList<OutreachStage> RecordedStages = [OutreachStage.Identified, OutreachStage.Contacted, OutreachStage.Interested];

    // Where a target region stands: what staff recorded, or further when a proposal from its counties was submitted
    // (applied) or selected. A selected proposal has been submitted, so selected alone is enough.
    public static OutreachStage StageOf(OutreachStage recorded, bool applied, bool selected) =>
        selected ? OutreachStage.Selected : applied ? OutreachStage.Applied : recorded > OutreachStage.Interested ? OutreachStage.Interested : recorded;

    public static IReadOnlyList<FunnelStep> Steps(IEnumerable<OutreachStage> stages)
    {
        var all = stages.ToList();
        return Enum.GetValues<OutreachStage>().Select(stage => new FunnelStep(stage, all.Count(s => s >= stage))).ToList();
    }

    public static string Label(OutreachStage stage) => stage == OutreachStage.Identified ? "Targeted" : stage.ToString();
}
