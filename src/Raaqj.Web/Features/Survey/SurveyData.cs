using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Impact;
using Raaqj.Web.Features.Timeline;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Auditing;
using Raaqj.Web.Infrastructure.Files;
using Raaqj.Web.Infrastructure.Geography;

namespace Raaqj.Web.Features.Survey;

public sealed record DatasetRow(int Id, string Name, string FileName, DateTime UploadedAtUtc, DateTime? ImportedAtUtc, int Figures);

public sealed record SurveyPreviewModel(int Id, string Name, string FileName, DateTime UploadedAtUtc, DateTime? ImportedAtUtc, IReadOnlyList<SurveyRow> Rows,
    IReadOnlyList<string> Problems, Guid Version)
{
    public bool CanImport => ImportedAtUtc is null && Problems.Count == 0 && Rows.Count > 0 && Rows.All(r => r.IsValid);
}

// Staff import published job quality figures as CSV, in two steps: the upload is kept and every row previewed with
// its errors; nothing is imported until staff confirm, and only when no row has an error. The dataset's version
// makes a second confirm import nothing more.
public sealed class SurveyDataHandler(AppDbContext db, CountyCatalog counties, CurrentUser user, ProgramClock clock, AuditLog audit)
{
    public static readonly string Template = string.Join(",", SurveyRows.Columns) + "\nUS,Workers in quality jobs,40,%,2025,Source,Citation\n";

    public async Task<IReadOnlyList<DatasetRow>> ListAsync() =>
        await db.SurveyDatasets.AsNoTracking().OrderByDescending(d => d.UploadedAtUtc)
            .Select(d => new DatasetRow(d.Id, d.Name, d.FileName, d.UploadedAtUtc, d.ImportedAtUtc, d.Figures.Count)).ToListAsync();

    public async Task<Outcome<int>> UploadAsync(string? name, IFormFile? file)
    {
        if (string.IsNullOrWhiteSpace(name))
            return Outcome<int>.Of(Outcome.Invalid("name", "Name the dataset, for example: American Job Quality Study 2025, headline figures."));
        var read = await CsvUpload.ReadAsync(file);
        if (read is not { Kind: OutcomeKind.Done, Value: { } content })
            return Outcome<int>.Of(read);
        var fileName = Path.GetFileName(file!.FileName);
        var dataset = new SurveyDataset
        {
            Name = name.Trim()[..Math.Min(name.Trim().Length, SurveyDataset.NameMaxLength)], FileName = fileName[..Math.Min(fileName.Length, SurveyDataset.FileNameMaxLength)],
            Content = content, UploadedByUserId = user.Id!, UploadedAtUtc = clock.UtcNow,
        };
        db.SurveyDatasets.Add(dataset);
        await db.SaveChangesAsync();
        return Outcome<int>.DoneWith(dataset.Id);
    }

    public async Task<SurveyPreviewModel?> PreviewAsync(int id)
    {
        if (await db.SurveyDatasets.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id) is not { } dataset)
            return null;
        var (rows, problems) = Read(dataset.Content);
        return new SurveyPreviewModel(dataset.Id, dataset.Name, dataset.FileName, dataset.UploadedAtUtc, dataset.ImportedAtUtc, rows, problems, dataset.Version);
    }

    public async Task<Outcome<int>> ConfirmAsync(int id, Guid version)
    {
        if (await db.SurveyDatasets.FirstOrDefaultAsync(d => d.Id == id) is not { } dataset)
            return Outcome<int>.Of(Outcome.NotFound);
        if (dataset.ImportedAtUtc is not null || dataset.Version != version)
            return Outcome<int>.DoneWith(0);
        var (rows, problems) = Read(dataset.Content);
        if (problems.Count > 0 || rows.Count == 0 || rows.Any(r => !r.IsValid))
            return Outcome<int>.Of(Outcome.Invalid("", "Nothing was imported: fix the rows with errors in your file and upload it again."));
        dataset.Figures.AddRange(rows.Select(r => r.Figure));
        dataset.ImportedAtUtc = clock.UtcNow;
        dataset.Version = Guid.NewGuid();
        audit.Record(AuditActions.SurveyImported, nameof(SurveyDataset), dataset.Id.ToString(), $"{rows.Count} job quality figure(s) imported from {dataset.FileName} ({dataset.Name})",
            after: new { dataset.Name, Figures = rows.Count, Sources = rows.Select(r => r.Figure.Source).Distinct().ToList() });
        var saved = await db.SaveOrConflictAsync("");
        // The same dataset confirmed twice at once: the first imported it.
        return Outcome<int>.DoneWith(saved.Kind == OutcomeKind.Done ? rows.Count : 0);
    }

    private (IReadOnlyList<SurveyRow> Rows, IReadOnlyList<string> Problems) Read(string content) =>
        CsvUpload.Rows(content, SurveyRows.Required, SurveyRows.MaxRows, "figures", (line, column) => SurveyRows.Read(line, column, counties.Find));
}

public sealed record PlaceFigures(string Place, GeographyLevel Level, IReadOnlyList<SurveyFigure> Figures);

public sealed record RegionSurveyModel(RegionHeader Region, IReadOnlyList<PlaceFigures> Places);

// The published job quality figures for a region's nation, states and counties (its proposal's counties), each with
// its source and citation, for the region to read beside its own work.
public sealed class RegionSurveyHandler(AppDbContext db, RegionPages regions, CountyCatalog counties)
{
    public async Task<RegionSurveyModel?> Handle(int regionId)
    {
        if (await regions.FindAsync(regionId) is not { } region)
            return null;
        var places = await db.ProposalCounties.AsNoTracking().Where(c => db.CohortRegions.Any(r => r.Id == regionId && r.ProposalId == c.ProposalId))
            .Select(c => new { c.Fips, c.StateCode }).ToListAsync();
        var states = places.Select(p => p.StateCode).Distinct().ToList();
        var fips = places.Select(p => p.Fips).Distinct().ToList();
        var figures = await db.SurveyFigures.AsNoTracking()
            .Where(f => db.SurveyDatasets.Any(d => d.Id == f.SurveyDatasetId && d.ImportedAtUtc != null)
                && (f.Level == GeographyLevel.Nation || (f.Level == GeographyLevel.State && states.Contains(f.Geography)) || (f.Level == GeographyLevel.County && fips.Contains(f.Geography))))
            .OrderBy(f => f.Measure).ThenBy(f => f.Id).ToListAsync();
        string Place(SurveyFigure f) => f.Level switch
        {
            GeographyLevel.Nation => "United States",
            GeographyLevel.State => Domain.Geography.UsStates.ByCode(f.Geography)?.Name ?? f.Geography,
            _ => counties.Find(f.Geography)?.Label ?? f.Geography,
        };
        return new RegionSurveyModel(region, figures.GroupBy(f => (f.Level, Place: Place(f))).OrderBy(g => g.Key.Level).ThenBy(g => g.Key.Place)
            .Select(g => new PlaceFigures(g.Key.Place, g.Key.Level, g.ToList())).ToList());
    }
}
