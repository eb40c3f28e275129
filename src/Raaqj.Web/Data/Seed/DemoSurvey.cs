using Raaqj.Web.Domain.Impact;

namespace Raaqj.Web.Data.Seed;

// One small real dataset: headline national figures of the American Job Quality Study's first report, as its
// partners published them, with the citation. Imported by staff in month 9, so every region sees it.
public static class DemoSurvey
{
    private const string Source = "American Job Quality Study (Jobs for the Future, Gallup, Families & Workers Fund, W.E. Upjohn Institute)";
    private const string Citation = "First report, October 16, 2025: survey of 18,429 U.S. workers aged 18 to 75, fielded January 13 to February 25, 2025. "
        + "https://www.upjohn.org/research-highlights/landmark-study-shows-less-half-us-workers-have-quality-job";

    public static readonly (string Measure, decimal Value)[] Headlines =
    [
        ("Workers in quality jobs", 40m),
        ("Employees without a stable, predictable schedule they have some control over", 62m),
        ("Employees with limited input on workplace decisions that affect them", 55m),
        ("Employees free to decide how they perform their tasks", 71m),
        ("Men in quality jobs", 45m),
        ("Women in quality jobs", 34m),
        ("Employees with a high school education or less in quality jobs", 28m),
        ("Employees with a graduate degree in quality jobs", 54m),
        ("Employees struggling financially (just getting by, or finding it difficult)", 29m),
        ("Employees treated unfairly or discriminated against because of their identity", 24m),
    ];

    public static string Csv => "geography,measure,value,unit,period,source,citation\n"
        + string.Concat(Headlines.Select(h => $"US,\"{h.Measure}\",{h.Value},%,2025,\"{Source}\",\"{Citation}\"\n"));

    public static SurveyDataset Dataset(string staffId, DateTime uploadedAtUtc) => new()
    {
        Name = "American Job Quality Study 2025, headline figures", FileName = "ajqs-2025-headlines.csv", Content = Csv, UploadedByUserId = staffId,
        UploadedAtUtc = uploadedAtUtc, ImportedAtUtc = uploadedAtUtc.AddMinutes(5),
        Figures = Headlines.Select(h => new SurveyFigure
        {
            Level = GeographyLevel.Nation, Geography = "US", Measure = h.Measure, Value = h.Value, Unit = "%", Period = "2025", Source = Source, Citation = Citation,
        }).ToList(),
    };
}
