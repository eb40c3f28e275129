using System.Globalization;
using FluentValidation;
using Raaqj.Web.Domain.Planning;
using Raaqj.Web.Infrastructure.Files;

namespace Raaqj.Web.Features.Ecosystem;

// One row of an uploaded CSV: what it would add, or why it cannot.
public sealed record CsvRow(int Line, StakeholderForm Form, IReadOnlyList<string> Errors)
{
    public bool IsValid => Errors.Count == 0;
}

public sealed record CsvReading(IReadOnlyList<CsvRow> Rows, IReadOnlyList<string> Problems)
{
    public bool CanImport => Problems.Count == 0 && Rows.Count > 0 && Rows.All(r => r.IsValid);
}

// Reads stakeholders from a CSV with the columns the map's export writes (name and sector required; the others
// optional, in any order, any case; unknown columns ignored), checking each row as the form would.
public static class StakeholderCsv
{
    public const int MaxRows = 2000;
    private static readonly string[] Required = ["name", "sector"];

    public static CsvReading Read(string content, IValidator<StakeholderForm> validator)
    {
        var (rows, problems) = CsvUpload.Rows(content, Required, MaxRows, "stakeholders", (line, field) => Row(line, field, validator));
        return new CsvReading(rows, problems);
    }

    private static CsvRow Row(long line, Func<string, string> field, IValidator<StakeholderForm> validator)
    {
        var errors = new List<string>();
        var sectorText = field("sector");
        var sector = EcosystemTerms.ParseSector(sectorText);
        if (sector is null && sectorText.Length > 0)
            errors.Add($"Sector “{sectorText}” is not one of: {string.Join(", ", EcosystemTerms.Sectors.Select(EcosystemTerms.Label))}.");
        var levelText = field("engagement");
        var level = levelText.Length == 0 ? EngagementLevel.Informed : EcosystemTerms.ParseEngagement(levelText);
        if (level is null)
            errors.Add($"Engagement “{levelText}” is not one of: {string.Join(", ", EcosystemTerms.Levels)}.");
        int? Rating(string name)
        {
            var text = field(name);
            if (text.Length == 0)
                return null;
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
                return value;
            errors.Add($"{CultureInfo.InvariantCulture.TextInfo.ToTitleCase(name)} “{text}” is not a number from 1 to 4.");
            return null;
        }
        var form = new StakeholderForm
        {
            Name = field("name"), Sector = sector, Engagement = level ?? EngagementLevel.Informed, Ein = field("ein"), Website = field("website"), Role = field("role"),
            Influence = Rating("influence"), Interest = Rating("interest"), Notes = field("notes"), ContactName = field("contact_name"), ContactTitle = field("contact_title"),
            ContactEmail = field("contact_email"), ContactPhone = field("contact_phone"),
        };
        var result = validator.Validate(form);
        // A sector typed wrong is said once, in its own words, not again as "choose a sector".
        errors.AddRange(result.Errors.Where(e => !(sectorText.Length > 0 && e.PropertyName == nameof(StakeholderForm.Sector))).Select(e => e.ErrorMessage));
        return new CsvRow((int)line, form, errors);
    }
}
