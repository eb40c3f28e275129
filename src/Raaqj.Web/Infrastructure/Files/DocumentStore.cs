using System.Security.Cryptography;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Documents;

namespace Raaqj.Web.Infrastructure.Files;

// An upload read and checked, not yet stored.
public sealed record IncomingDocument(string FileName, string ContentType, byte[] Content, string Sha256);

// Every uploaded file, whatever record it belongs to (proposal attachments now; region documents, evidence and
// reports later), is read, checked against UploadRules and stored here. The record keeps the stored name, and
// Features/Documents gives the file back only through that record's permissions.
public sealed class DocumentStore(IFileStore files)
{
    public const string FileField = "File";

    // For an action that takes an upload: generous, so that an oversized file gets the handler's clear message, not a bare 413.
    public const long RequestLimit = 64L * 1024 * 1024;

    // The file read (at most one byte past the limit, so a huge upload is never held whole) and checked.
    public async Task<Outcome<IncomingDocument>> ReadAsync(IFormFile? file, long storedSoFar, string heldBy, CancellationToken cancellationToken = default)
    {
        if (file is null)
            return Outcome<IncomingDocument>.Of(Outcome.Invalid(FileField, "Choose a file to attach."));
        using var buffer = new MemoryStream();
        await using (var upload = file.OpenReadStream())
        {
            var chunk = new byte[81920];
            int read;
            while (buffer.Length <= UploadRules.MaxFileBytes && (read = await upload.ReadAsync(chunk, cancellationToken)) > 0)
                buffer.Write(chunk, 0, (int)Math.Min(read, UploadRules.MaxFileBytes + 1 - buffer.Length));
        }
        var content = buffer.ToArray();
        var (type, problem) = UploadRules.Check(file.FileName, content, storedSoFar, heldBy);
        return type is null
            ? Outcome<IncomingDocument>.Of(Outcome.Invalid(FileField, problem!))
            : Outcome<IncomingDocument>.DoneWith(new IncomingDocument(file.FileName.Trim(), type.ContentType, content, Convert.ToHexString(SHA256.HashData(content))));
    }

    // Stores the file under a new generated name, which the record keeps.
    public async Task<string> SaveAsync(IncomingDocument document, CancellationToken cancellationToken = default)
    {
        var storedName = Guid.NewGuid().ToString("N");
        await files.SaveAsync(storedName, new MemoryStream(document.Content), cancellationToken);
        return storedName;
    }

    // Removes a stored file: its record is gone, or never came to hold it.
    public void Delete(string storedName) => files.Delete(storedName);
}
