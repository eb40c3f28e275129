using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Cohort;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Auditing;
using Raaqj.Web.Infrastructure.Authorization;
using Raaqj.Web.Infrastructure.Files;

namespace Raaqj.Web.Features.Workspace;

// The region's shared library: a file is added with a title, and later versions of it replace it as the current
// one while every earlier version stays downloadable. Files go through the portal's one document store; the region's
// Owners, Editors and staff add them, Viewers read them.
public sealed class RegionLibraryHandler(AppDbContext db, RegionAccess access, DocumentStore documents, CurrentUser user, ProgramClock clock, AuditLog audit)
{
    public const string TitleField = "Title";
    public const string ConflictMessage = "Someone added a version of this file a moment ago. Check the library below, then upload yours again if it is still the newest.";

    public async Task<Outcome> AddAsync(int regionId, string? title, IFormFile? file)
    {
        if (!await access.MayAsync(RecordAction.ContributeToRegion, regionId))
            return Outcome.NotFound;
        title = (title ?? "").Trim();
        var read = await documents.ReadAsync(file, 0, "file");
        var problems = read.Problems.ToList();
        if (title.Length == 0 && file is not null)
            title = Path.GetFileNameWithoutExtension(file.FileName).Trim();
        if (title.Length > RegionFile.TitleMaxLength)
            problems.Add(new(TitleField, $"Keep the title under {RegionFile.TitleMaxLength} characters."));
        if (problems.Count > 0 || read.Value is not { } document)
            return Outcome.From(problems);
        var now = clock.UtcNow;
        var regionFile = new RegionFile { CohortRegionId = regionId, Title = title, CreatedAtUtc = now, UpdatedAtUtc = now };
        return await SaveVersionAsync(regionFile, document, isNew: true);
    }

    // Where a new version's problems show: by that file's own upload field.
    public static string VersionPrefix(int fileId) => $"Version{fileId}";

    public async Task<Outcome> AddVersionAsync(int regionId, int fileId, Guid version, IFormFile? file)
    {
        if (!await access.MayAsync(RecordAction.ContributeToRegion, regionId))
            return Outcome.NotFound;
        var regionFile = await db.RegionFiles.Include(f => f.Versions).FirstOrDefaultAsync(f => f.Id == fileId && f.CohortRegionId == regionId);
        if (regionFile is null)
            return Outcome.NotFound;
        var read = await documents.ReadAsync(file, regionFile.Versions.Sum(v => v.SizeBytes), "file, all its versions together");
        if (read.Value is not { } document)
            return read;
        if (regionFile.Version != version)
            return Outcome.Conflict(ConflictMessage);
        db.Entry(regionFile).Property(f => f.Version).OriginalValue = version;
        regionFile.Version = Guid.NewGuid();
        regionFile.UpdatedAtUtc = clock.UtcNow;
        return await SaveVersionAsync(regionFile, document, isNew: false);
    }

    private async Task<Outcome> SaveVersionAsync(RegionFile regionFile, IncomingDocument document, bool isNew)
    {
        var storedName = await documents.SaveAsync(document);
        var number = regionFile.Versions.Count == 0 ? 1 : regionFile.Versions.Max(v => v.Number) + 1;
        regionFile.Versions.Add(new RegionFileVersion
        {
            Number = number, FileName = document.FileName, StoredName = storedName, ContentType = document.ContentType, SizeBytes = document.Content.Length,
            Sha256 = document.Sha256, UploadedByUserId = user.Id!, UploadedAtUtc = clock.UtcNow,
        });
        if (isNew)
            db.RegionFiles.Add(regionFile);
        try
        {
            await db.InTransactionAsync(async () =>
            {
                await db.SaveChangesAsync();
                audit.Record(AuditActions.RegionFileUploaded, nameof(RegionFile), regionFile.Id.ToString(),
                    isNew ? $"Added \"{regionFile.Title}\" to the region's library" : $"Uploaded version {number} of \"{regionFile.Title}\"",
                    after: new { regionFile.CohortRegionId, regionFile.Title, Version = number, document.FileName });
                await db.SaveChangesAsync();
                return true;
            });
        }
        catch (Exception ex) when (ex is DbUpdateConcurrencyException || (ex is DbUpdateException update && DatabaseConflict.Is(update)))
        {
            // Another version was uploaded at the same moment: this one is not kept.
            documents.Delete(storedName);
            db.ChangeTracker.Clear();
            return Outcome.Conflict(ConflictMessage);
        }
        catch
        {
            documents.Delete(storedName);
            throw;
        }
        return Outcome.Done;
    }
}
