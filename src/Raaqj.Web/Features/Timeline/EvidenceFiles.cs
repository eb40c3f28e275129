using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Documents;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Files;

namespace Raaqj.Web.Features.Timeline;

public sealed record EvidenceFile(int Id, string FileName, long SizeBytes, DateTime UploadedAtUtc);

public sealed record EvidenceField(IReadOnlyList<EvidenceFile> Files, IReadOnlyList<int> Removing, string? ChosenBefore);

// What a form that changes a record's evidence does with its files: the file chosen, and the files ticked to remove
// when saving.
public interface IEvidenceForm
{
    IFormFile? EvidenceFile { get; }

    List<int> RemoveFiles { get; }
}

// The files that show a record is what it claims (a milestone done, a line of local match received), for every form
// that changes them. Held is the record's files as a query (none for a record not saved yet). A file is checked and
// stored through the portal's one document store before the save; the record joins the save, and a save that
// fails takes the stored file away again.
public sealed class EvidenceFiles(DocumentStore documents, CurrentUser user, ProgramClock clock)
{
    public const string Field = nameof(IEvidenceForm.EvidenceFile);

    public static IQueryable<Document>? OfMilestone(AppDbContext db, int milestoneId) =>
        milestoneId == 0 ? null : db.MilestoneEvidence.Where(e => e.MilestoneId == milestoneId);

    public static async Task<IReadOnlyList<EvidenceFile>> OfAsync(IQueryable<Document>? held) =>
        held is null ? [] : await held.AsNoTracking().OrderBy(e => e.UploadedAtUtc).Select(e => new EvidenceFile(e.Id, e.FileName, e.SizeBytes, e.UploadedAtUtc)).ToListAsync();

    // The upload read and checked (no file chosen is fine); its problem is reported next to the file field.
    public async Task<Outcome<IncomingDocument?>> ReadAsync(IEvidenceForm form, IQueryable<Document>? held, string heldBy)
    {
        if (form.EvidenceFile is not { Length: > 0 } file)
            return Outcome<IncomingDocument?>.DoneWith(null);
        var kept = (await OfAsync(held)).Where(f => !form.RemoveFiles.Contains(f.Id)).Sum(f => f.SizeBytes);
        var read = await documents.ReadAsync(file, kept, heldBy);
        return read.Value is { } document
            ? Outcome<IncomingDocument?>.DoneWith(document)
            : Outcome<IncomingDocument?>.Of(Outcome.From(read.Problems.Select(p => p with { Field = Field }).ToList()));
    }

    // Whether files will hold the record up once the form is saved.
    public static async Task<bool> WillHoldAnyAsync(IEvidenceForm form, IncomingDocument? adding, IQueryable<Document>? held) =>
        adding is not null || (await OfAsync(held)).Any(f => !form.RemoveFiles.Contains(f.Id));

    // The file field as a form shows it: the record's files and, after a refused save, the name of the file chosen
    // (a browser never sends a file back to the page, so it must be chosen again).
    public static async Task<EvidenceField> FieldAsync(IQueryable<Document>? held, IEvidenceForm? typed) =>
        new(await OfAsync(held), typed?.RemoveFiles ?? [], typed?.EvidenceFile?.FileName);

    // Applies the form to the tracked record's files (loaded with it): the new file stored and recorded, the ticked
    // ones removed. Returns what to do once the save is known: keep or drop the stored files.
    public async Task<EvidenceChange> ApplyAsync<TDocument>(List<TDocument> files, IEvidenceForm form, IncomingDocument? adding) where TDocument : Document, new()
    {
        var removed = files.Where(f => form.RemoveFiles.Contains(f.Id)).ToList();
        files.RemoveAll(removed.Contains);
        string? stored = null;
        if (adding is not null)
        {
            stored = await documents.SaveAsync(adding);
            files.Add(new TDocument
            {
                FileName = adding.FileName, StoredName = stored, ContentType = adding.ContentType, SizeBytes = adding.Content.Length, Sha256 = adding.Sha256,
                UploadedByUserId = user.Id!, UploadedAtUtc = clock.UtcNow,
            });
        }
        return new EvidenceChange(documents, stored, removed.Select(r => r.StoredName).ToList());
    }
}

// The stored side of a change of evidence files, settled after the database save: the new file is kept only if the
// save held, removed files leave the disk only then.
public sealed record EvidenceChange(DocumentStore Documents, string? Added, IReadOnlyList<string> Removed)
{
    public void Settle(bool saved)
    {
        if (saved)
            foreach (var name in Removed)
                Documents.Delete(name);
        else if (Added is not null)
            Documents.Delete(Added);
    }
}
