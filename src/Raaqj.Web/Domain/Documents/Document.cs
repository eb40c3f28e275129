namespace Raaqj.Web.Domain.Documents;

// An uploaded file's record: one table for every file the portal keeps, whatever it belongs to. Each kind names the
// record that owns it, and the file is given back only through that record's permissions (Features/Documents).
public abstract class Document
{
    public const int FileNameMaxLength = UploadRules.FileNameMaxLength;
    public const int DescriptionMaxLength = 300;

    public int Id { get; set; }
    public string FileName { get; set; } = "";
    public string StoredName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long SizeBytes { get; set; }
    public string Sha256 { get; set; } = "";
    public string Description { get; set; } = "";
    public string UploadedByUserId { get; set; } = "";
    public DateTime UploadedAtUtc { get; set; }

    // A file's size as lists show it: "840 KB", "2.4 MB", never "0 KB".
    public static string SizeInWords(long bytes) =>
        bytes < 1024 ? "under 1 KB" : bytes < 1024 * 1024 ? $"{bytes / 1024.0:N0} KB" : $"{bytes / 1024.0 / 1024.0:N1} MB";
}
