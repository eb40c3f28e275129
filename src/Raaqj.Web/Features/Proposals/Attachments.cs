using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Proposals;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Files;

namespace Raaqj.Web.Features.Proposals;

public sealed class AttachmentsHandler(AppDbContext db, IFileStore files, ProgramClock clock, CurrentUser user)
{
    public const string FileField = "File";

    public async Task<Outcome> Upload(ProposalPage page, IFormFile? file, string? description)
    {
        if (!page.CanEdit)
            return Outcome.Invalid("", page.ReadOnlyReason!);
        if (file is null)
            return Outcome.Invalid(FileField, "Choose a file to attach.");
        if ((description ?? "").Length > ProposalAttachment.DescriptionMaxLength)
            return Outcome.Invalid("Description", $"Keep the description under {ProposalAttachment.DescriptionMaxLength} characters.");

        using var buffer = new MemoryStream();
        // Read at most one byte past the limit: enough to refuse a file that is too large without holding it all.
        await file.OpenReadStream().CopyToAsync(new LimitedStream(buffer, UploadRules.MaxFileBytes + 1));
        var bytes = buffer.ToArray();
        var proposal = await db.Proposals.WithEverything().SingleAsync(p => p.Id == page.Proposal.Id);
        var (type, problem) = UploadRules.Check(file.FileName, bytes.Length, bytes.AsSpan(0, Math.Min(bytes.Length, 16)), proposal.AttachmentBytes);
        if (type is null)
            return Outcome.Invalid(FileField, problem!);
        if (type.ZipEntry is not null && !HasZipEntry(bytes, type.ZipEntry))
            return Outcome.Invalid(FileField, $"The file's content is not a real {type.Extension.TrimStart('.').ToUpperInvariant()} file.");

        var sha256 = Convert.ToHexString(SHA256.HashData(bytes));
        if (proposal.Attachments.FirstOrDefault(a => a.Sha256 == sha256) is { } same)
            return Outcome.Invalid(FileField, $"This file is already attached, as {same.FileName}.");

        var storedName = Guid.NewGuid().ToString("N");
        await files.SaveAsync(storedName, new MemoryStream(bytes));
        proposal.Attachments.Add(new ProposalAttachment
        {
            ProposalId = page.Proposal.Id, FileName = file.FileName.Trim(), StoredName = storedName, ContentType = type.ContentType,
            SizeBytes = bytes.Length, Sha256 = sha256, Description = (description ?? "").Trim(),
            UploadedByUserId = user.Id!, UploadedAtUtc = clock.UtcNow,
        });
        proposal.RefreshSummary();
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another upload (or a second click) changed the proposal's attachments first.
            files.Delete(storedName);
            db.ChangeTracker.Clear();
            return Outcome.Invalid(FileField, "Another file was attached to this proposal at the same moment. Check the list below, then attach this one again if it is still needed.");
        }
        catch
        {
            files.Delete(storedName);
            throw;
        }
        return Outcome.Done;
    }

    public async Task<bool> Delete(ProposalPage page, int attachmentId)
    {
        var proposal = await db.Proposals.WithEverything().SingleAsync(p => p.Id == page.Proposal.Id);
        var attachment = proposal.Attachments.FirstOrDefault(a => a.Id == attachmentId);
        if (attachment is null || !page.CanEdit)
            return false;
        proposal.Attachments.Remove(attachment);
        proposal.RefreshSummary();
        await db.SaveChangesAsync();
        files.Delete(attachment.StoredName);
        return true;
    }

    private static bool HasZipEntry(byte[] bytes, string entry)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            return zip.GetEntry(entry) is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    /// <summary>Writes through to <paramref name="inner"/> until <paramref name="limit"/> bytes, then drops the rest.</summary>
    private sealed class LimitedStream(Stream inner, long limit) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => inner.Length;
        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count)
        {
            var room = (int)Math.Max(0, Math.Min(count, limit - inner.Length));
            inner.Write(buffer, offset, room);
        }
    }
}
