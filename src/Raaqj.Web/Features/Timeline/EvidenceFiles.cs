using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Timeline;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Files;

namespace Raaqj.Web.Features.Timeline;

public sealed record EvidenceFile(int Id, int MilestoneId, string FileName, long SizeBytes, DateTime UploadedAtUtc);

public sealed record EvidenceField(IReadOnlyList<EvidenceFile> Files, IReadOnlyList<int> Removing, string? ChosenBefore);

// What a progress form does with evidence files: the file chosen, and the files ticked to remove when saving.
public interface IEvidenceForm
{
    IFormFile? EvidenceFile { get; }

    List<int> RemoveFiles { get; }
}

// The files that show a milestone done, for both forms that change a milestone's progress (its region's team, staff).
// A file is checked and stored through the portal's one document store before the save; the record joins the
// milestone's save, and a save that fails takes the stored file away again.
public sealed class EvidenceFiles(AppDbContext db, DocumentStore documents, CurrentUser user, ProgramClock clock)
{
    public const string Field = nameof(IEvidenceForm.EvidenceFile);

    public async Task<IReadOnlyList<EvidenceFile>> OfAsync(int milestoneId) =>
        milestoneId == 0 ? [] : await db.MilestoneEvidence.AsNoTracking().Where(e => e.MilestoneId == milestoneId).OrderBy(e => e.UploadedAtUtc)
            .Select(e => new EvidenceFile(e.Id, e.MilestoneId, e.FileName, e.SizeBytes, e.UploadedAtUtc)).ToListAsync();

    // The upload read and checked (no file chosen is fine); its problem is reported next to the file field.
    public async Task<Outcome<IncomingDocument?>> ReadAsync(IEvidenceForm form, int milestoneId)
    {
        if (form.EvidenceFile is not { Length: > 0 } file)
            return Outcome<IncomingDocument?>.DoneWith(null);
        var held = (await OfAsync(milestoneId)).Where(f => !form.RemoveFiles.Contains(f.Id)).Sum(f => f.SizeBytes);
        var read = await documents.ReadAsync(file, held, "milestone");
        return read.Value is { } document
            ? Outcome<IncomingDocument?>.DoneWith(document)
            : Outcome<IncomingDocument?>.Of(Outcome.From(read.Problems.Select(p => p with { Field = Field }).ToList()));
    }

    // Whether files will show the milestone done once the form is saved.
    public async Task<bool> WillHoldAnyAsync(IEvidenceForm form, IncomingDocument? adding, int milestoneId) =>
        adding is not null || (await OfAsync(milestoneId)).Any(f => !form.RemoveFiles.Contains(f.Id));

    // The file field as a form shows it: the milestone's files and, after a refused save, the name of the file chosen
    // (a browser never sends a file back to the page, so it must be chosen again).
    public async Task<EvidenceField> FieldAsync(int milestoneId, IEvidenceForm? typed) =>
        new(await OfAsync(milestoneId), typed?.RemoveFiles ?? [], typed?.EvidenceFile?.FileName);

    // Applies the form to the tracked milestone (with its EvidenceFiles loaded): the new file stored and recorded,
    // the ticked ones removed. Returns what to do once the save is known: keep or drop the stored files.
    public async Task<EvidenceChange> ApplyAsync(Milestone milestone, IEvidenceForm form, IncomingDocument? adding)
    {
        var removed = milestone.EvidenceFiles.Where(f => form.RemoveFiles.Contains(f.Id)).ToList();
        milestone.EvidenceFiles.RemoveAll(removed.Contains);
        string? stored = null;
        if (adding is not null)
        {
            stored = await documents.SaveAsync(adding);
            milestone.EvidenceFiles.Add(new MilestoneEvidence
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
