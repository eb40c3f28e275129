using System.Globalization;
using Raaqj.Web.Domain.Geography;

namespace Raaqj.Web.Domain.Impact;

public enum GeographyLevel
{
    Nation = 0,
    State = 1,
    County = 2,
}

// A dataset of published job quality figures staff imported (a national survey's headline shares, a state's
// figures): kept as uploaded until staff confirm it, then its figures are what regions see beside their work.
public class SurveyDataset
{
    public const int NameMaxLength = 200;
    public const int FileNameMaxLength = 200;
    public const int MaxBytes = 1024 * 1024;

    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string FileName { get; set; } = "";
    public string Content { get; set; } = "";
    public string UploadedByUserId { get; set; } = "";
    public DateTime UploadedAtUtc { get; set; }
    public DateTime? ImportedAtUtc { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
    public List<SurveyFigure> Figures { get; set; } = [];
}

// One published figure: where (the nation, a state by its two letters, a county by its FIPS code), what, how much,
// for when, and who published it, always shown with it.
public class SurveyFigure
{
    public const int MeasureMaxLength = 300;
    public const int UnitMaxLength = 20;
    public const int PeriodMaxLength = 40;
    public const int SourceMaxLength = 300;
    public const int CitationMaxLength = 1000;

    public int Id { get; set; }
    public int SurveyDatasetId { get; set; }
    public GeographyLevel Level { get; set; }
    public string Geography { get; set; } = "";
    public string Measure { get; set; } = "";
    public decimal Value { get; set; }
    public string Unit { get; set; } = "";
    public string Period { get; set; } = "";
    public string Source { get; set; } = "";
    public string Citation { get; set; } = "";
}

public sealed record SurveyRow(int Line, SurveyFigure Figure, IReadOnlyList<string> Errors)
{
    public bool IsValid => Errors.Count == 0;
}

// Reads one row of a survey dataset: geography "US" (or "nation"), a state's two letters, or a county's five-digit
// FIPS code from the Census list; a measure; a number; its unit; the period; the source and the citation.
public static class SurveyRows
{
    public const int MaxRows = 5000;
    public static readonly IReadOnlyList<string> Columns = ["geography", "measure", "value", "unit", "period", "source", "citation"];
    public static readonly IReadOnlyList<string> Required = ["geography", "measure", "value", "period", "source", "citation"];

    public static SurveyRow Read(long line, Func<string, string> column, Func<string, County?> county)
    {
        var errors = new List<string>();
        var geography = column("geography").Trim();
        GeographyLevel? level = null;
        if (geography.Equals("US", StringComparison.OrdinalIgnoreCase) || geography.Equals("nation", StringComparison.OrdinalIgnoreCase))
            (level, geography) = (GeographyLevel.Nation, "US");
        else if (UsStates.ByCode(geography.ToUpperInvariant()) is not null)
            (level, geography) = (GeographyLevel.State, geography.ToUpperInvariant());
        else if (geography.Length == County.FipsLength && county(geography) is not null)
            level = GeographyLevel.County;
        else
            errors.Add($"Geography “{geography}” is not US, a state's two letters or a county's FIPS code.");
        var valueText = column("value");
        if (!decimal.TryParse(valueText.Replace(",", "").TrimEnd('%'), NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
            errors.Add($"Value “{valueText}” is not a number.");
        var figure = new SurveyFigure
        {
            Level = level ?? GeographyLevel.Nation, Geography = geography, Measure = column("measure"), Value = value, Unit = column("unit"), Period = column("period"),
            Source = column("source"), Citation = column("citation"),
        };
        Need(figure.Measure, SurveyFigure.MeasureMaxLength, "measure", errors);
        Need(figure.Period, SurveyFigure.PeriodMaxLength, "period", errors);
        Need(figure.Source, SurveyFigure.SourceMaxLength, "source", errors);
        Need(figure.Citation, SurveyFigure.CitationMaxLength, "citation", errors);
        if (figure.Unit.Length > SurveyFigure.UnitMaxLength)
            errors.Add($"The unit is longer than {SurveyFigure.UnitMaxLength} characters.");
        return new SurveyRow((int)line, figure, errors);
    }

    private static void Need(string text, int max, string name, List<string> errors)
    {
        if (text.Length == 0)
            errors.Add($"Give the {name}: every figure is shown with it.");
        else if (text.Length > max)
            errors.Add($"The {name} is longer than {max} characters.");
    }
}
