namespace Raaqj.Web.Domain.Reporting;

// Whether more is better (workers earning a living wage) or less is (turnover).
public enum IndicatorDirection
{
    Increase = 0,
    Decrease = 1,
}

// How often an indicator is reported; the value is the number of program months a period spans.
public enum ReportFrequency
{
    Monthly = 1,
    Quarterly = 3,
}

// Something the program measures, with where it starts, where it should be by when, and how often it is reported.
// A program-wide indicator (no region) is reported by every region against the same baseline and target, so the
// cohort can be compared; a region's own indicator is reported by that region only, often one of the measures it
// wrote into its action plan.
public class Indicator
{
    public const int NameMaxLength = 200;
    public const int UnitMaxLength = 50;
    public const int DefinitionMaxLength = 1000;
    public const int SourceMaxLength = 300;

    public int Id { get; set; }
    public int ProgramEditionId { get; set; }
    public int? CohortRegionId { get; set; }
    public int? PlanMeasureId { get; set; }
    public string Name { get; set; } = "";
    public string Unit { get; set; } = "";
    public IndicatorDirection Direction { get; set; }
    public decimal Baseline { get; set; }

    // The program month whose end the baseline describes; the target path starts there.
    public int BaselineMonth { get; set; }
    public decimal Target { get; set; }

    // The program month by whose end the target should be reached.
    public int TargetMonth { get; set; }
    public ReportFrequency Frequency { get; set; }
    public string Definition { get; set; } = "";
    public string Source { get; set; } = "";

    // Retired indicators are no longer asked for; what was reported stays.
    public bool IsRetired { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }

    public TargetPath Path => new(Direction, Baseline, BaselineMonth, Target, TargetMonth);
}

// The straight line from an indicator's baseline to its target: what the value should be at the end of each month.
// A value misses the path when it is short of it in the indicator's direction (below for more-is-better, above for
// less-is-better); meeting it exactly is on track.
public sealed record TargetPath(IndicatorDirection Direction, decimal Baseline, int BaselineMonth, decimal Target, int TargetMonth)
{
    public decimal ExpectedAt(int month)
    {
        if (month <= BaselineMonth)
            return Baseline;
        if (month >= TargetMonth)
            return Target;
        return Math.Round(Baseline + (Target - Baseline) * (month - BaselineMonth) / (TargetMonth - BaselineMonth), 2);
    }

    public bool Misses(decimal value, int month) => Direction == IndicatorDirection.Increase ? value < ExpectedAt(month) : value > ExpectedAt(month);
}
