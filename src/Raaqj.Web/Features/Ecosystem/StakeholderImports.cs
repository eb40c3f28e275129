using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Planning;
using Raaqj.Web.Features.Timeline;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Auditing;
using Raaqj.Web.Infrastructure.Authorization;
using Raaqj.Web.Infrastructure.Files;

namespace Raaqj.Web.Features.Ecosystem;

public sealed record ImportUploadModel(RegionHeader Region);

// A row of the preview with the stakeholders already in the map it looks like (same EIN, website, name or email).
public sealed record PreviewRow(CsvRow Row, IReadOnlyList<string> LooksLike);

public sealed record ImportPreviewModel(RegionHeader Region, int Id, string FileName, DateTime UploadedAtUtc, DateTime? ImportedAtUtc, int Imported,
    CsvReading Reading, IReadOnlyList<PreviewRow> Rows, Guid Version);

// Import from CSV in two steps: the upload is kept and shown as a preview (every row with its errors, and what it looks
// like in the map already); nothing is added until the person confirms, and only when no row has an error. Then every
// row is added in one save, and the import's version makes a second confirm add nothing more.
public sealed class StakeholderImportHandler(AppDbContext db, RegionPages regions, RegionAccess access, IValidator<StakeholderForm> validator, ProgramClock clock,
    CurrentUser user, AuditLog audit)
{
    public async Task<ImportUploadModel?> UploadPageAsync(int regionId) =>
        await regions.FindAsync(regionId) is { } region && await access.MayAsync(RecordAction.ContributeToRegion, regionId) ? new ImportUploadModel(region) : null;

    public async Task<Outcome<int>> UploadAsync(int regionId, IFormFile? file)
    {
        if (await UploadPageAsync(regionId) is null)
            return Outcome<int>.Of(Outcome.NotFound);
        var read = await CsvUpload.ReadAsync(file);
        if (read is not { Kind: OutcomeKind.Done, Value: { } content })
            return Outcome<int>.Of(read);
        var name = Path.GetFileName(file!.FileName);
        var import = new StakeholderImport
        {
            CohortRegionId = regionId, UploadedByUserId = user.Id!, FileName = name[..Math.Min(name.Length, StakeholderImport.FileNameMaxLength)], Content = content,
            UploadedAtUtc = clock.UtcNow,
        };
        db.StakeholderImports.Add(import);
        await db.SaveChangesAsync();
        return Outcome<int>.DoneWith(import.Id);
    }

    public async Task<ImportPreviewModel?> PreviewAsync(int regionId, int importId)
    {
        if (await UploadPageAsync(regionId) is not { } page)
            return null;
        var import = await db.StakeholderImports.AsNoTracking().FirstOrDefaultAsync(i => i.Id == importId && i.CohortRegionId == regionId);
        if (import is null)
            return null;
        var reading = StakeholderCsv.Read(import.Content, validator);
        return new ImportPreviewModel(page.Region, import.Id, import.FileName, import.UploadedAtUtc, import.ImportedAtUtc, import.Imported, reading,
            import.ImportedAtUtc is null ? await LooksLikeAsync(regionId, reading.Rows) : reading.Rows.Select(r => new PreviewRow(r, [])).ToList(), import.Version);
    }

    public async Task<Outcome<int>> ConfirmAsync(int regionId, int importId, Guid version)
    {
        if (await regions.FindAsync(regionId) is not { } region || !await access.MayAsync(RecordAction.ContributeToRegion, regionId))
            return Outcome<int>.Of(Outcome.NotFound);
        var import = await db.StakeholderImports.FirstOrDefaultAsync(i => i.Id == importId && i.CohortRegionId == regionId);
        if (import is null)
            return Outcome<int>.Of(Outcome.NotFound);
        if (import.ImportedAtUtc is not null || import.Version != version)
            return Outcome<int>.DoneWith(import.Imported);
        var reading = StakeholderCsv.Read(import.Content, validator);
        if (!reading.CanImport)
            return Refused("Nothing was imported: fix the rows with errors in your file and upload it again.");
        var now = clock.UtcNow;
        var added = reading.Rows.Select(r => r.Form.Create(regionId, now, user.Id, $"Imported from {import.FileName}.")).ToList();
        db.RegionStakeholders.AddRange(added);
        import.ImportedAtUtc = now;
        import.Imported = added.Count;
        import.Version = Guid.NewGuid();
        audit.Record(AuditActions.StakeholdersImported, nameof(StakeholderImport), import.Id.ToString(),
            $"{added.Count} stakeholder(s) imported into {region.Name}'s map from {import.FileName}", after: added.Select(s => s.Name).ToList());
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            // The same import confirmed twice at once: the first added them.
            db.ChangeTracker.Clear();
            return Outcome<int>.DoneWith(0);
        }
        return Outcome<int>.DoneWith(added.Count);
    }

    private async Task<IReadOnlyList<PreviewRow>> LooksLikeAsync(int regionId, IReadOnlyList<CsvRow> rows)
    {
        var names = rows.Select(r => StakeholderMatching.NameKey(r.Form.Name)).Where(k => k.Length > 0).Distinct().ToList();
        var domains = rows.Select(r => StakeholderMatching.Domain(r.Form.Website)).OfType<string>().Distinct().ToList();
        var eins = rows.Select(r => string.IsNullOrWhiteSpace(r.Form.Ein) ? null : Domain.Organizations.Ein.Normalize(r.Form.Ein)).OfType<string>().Distinct().ToList();
        var emails = rows.Select(r => StakeholderMatching.EmailKey(r.Form.ContactEmail)).OfType<string>().Distinct().ToList();
        var existing = await EcosystemFigures.Active(db).AsNoTracking().Where(s => s.CohortRegionId == regionId
                && (names.Contains(s.NameKey) || (s.Domain != null && domains.Contains(s.Domain)) || (s.Ein != null && eins.Contains(s.Ein))
                    || s.Contacts.Any(c => c.EmailKey != null && emails.Contains(c.EmailKey))))
            .Select(s => new { s.Id, s.Name, s.NameKey, s.Ein, s.Domain, Emails = s.Contacts.Where(c => c.EmailKey != null).Select(c => c.EmailKey!).ToList() }).ToListAsync();
        var keys = existing.Select(s => new StakeholderKeys(s.Id, regionId, s.NameKey, StakeholderMatching.EinKey(s.Ein), s.Domain, s.Emails)).ToList();
        return rows.Select(r =>
        {
            var row = new StakeholderKeys(0, regionId, StakeholderMatching.NameKey(r.Form.Name), StakeholderMatching.EinKey(r.Form.Ein), StakeholderMatching.Domain(r.Form.Website),
                StakeholderMatching.EmailKey(r.Form.ContactEmail) is { } email ? [email] : []);
            return new PreviewRow(r, keys.Where(k => StakeholderMatching.Reasons(row, k).Count > 0).Select(k => existing.First(s => s.Id == k.Id).Name).ToList());
        }).ToList();
    }

    private static Outcome<int> Refused(string reason) => Outcome<int>.Of(Outcome.Invalid("file", reason));
}
