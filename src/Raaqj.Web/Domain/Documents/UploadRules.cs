using System.IO.Compression;
using System.Text.RegularExpressions;

namespace Raaqj.Web.Domain.Documents;

// What any uploaded file must be, whatever record holds it: an allowed type whose content matches its extension,
// within the size limits, with a plain name.
public static partial class UploadRules
{
    public const int FileNameMaxLength = 255;
    public const long MaxFileBytes = 10L * 1024 * 1024;
    public const long MaxRecordBytes = 50L * 1024 * 1024;

    // ZipEntry: For Office files (zip archives): the part a real document of that kind contains.
    public sealed record FileType(string Extension, string ContentType, byte[] Signature, string? ZipEntry = null);

    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];

    public static readonly IReadOnlyList<FileType> Allowed =
    [
        new(".pdf", "application/pdf", "%PDF-"u8.ToArray()),
        new(".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Zip, "word/document.xml"),
        new(".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Zip, "xl/workbook.xml"),
        new(".png", "image/png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        new(".jpg", "image/jpeg", [0xFF, 0xD8, 0xFF]),
        new(".jpeg", "image/jpeg", [0xFF, 0xD8, 0xFF]),
    ];

    public static string AllowedList => "PDF, DOCX, XLSX, PNG or JPEG";

    // The file's type, or the reason it is refused.
    // storedSoFar: What the record holding the file already holds, in bytes.
    // heldBy: The record in words, for the message ("proposal").
    public static (FileType? Type, string? Problem) Check(string fileName, ReadOnlySpan<byte> content, long storedSoFar, string heldBy)
    {
        var name = fileName.Trim();
        var length = content.Length;
        if (name.Length == 0 || name.Length > FileNameMaxLength)
            return (null, "Give the file a name of at most 255 characters.");
        if (name.Contains('/') || name.Contains('\\') || name.Contains("..") || name.Any(char.IsControl))
            return (null, "The file name may not contain folders, \"..\" or control characters.");
        var dot = name.LastIndexOf('.');
        var type = dot < 0 ? null : Allowed.FirstOrDefault(t => t.Extension.Equals(name[dot..], StringComparison.OrdinalIgnoreCase));
        if (type is null)
            return (null, $"Only {AllowedList} files can be attached.");
        // "report.exe .pdf" and "report.pdf." hide an extension behind spaces or dots that some systems drop.
        if (SecondExtension().IsMatch(name[..dot]) || name[..dot].Length == 0 || name[dot - 1] is ' ' or '.' || name.Any(c => char.IsWhiteSpace(c) && c != ' '))
            return (null, "The file name has two extensions, or spaces or dots before its extension (like report.exe.pdf or report.exe .pdf). Rename it with a single extension.");
        if (length == 0)
            return (null, "The file is empty.");
        if (length > MaxFileBytes)
            return (null, "The file is larger than 10 MB.");
        if (storedSoFar + length > MaxRecordBytes)
            return (null, $"Files may total at most 50 MB per {heldBy}. Remove one first.");
        // Office files are zip archives: the start says zip, the part inside says which kind.
        if (!content.StartsWith(type.Signature) || (type.ZipEntry is not null && !HasPart(content.ToArray(), type.ZipEntry)))
            return (null, $"The file's content is not a real {type.Extension.TrimStart('.').ToUpperInvariant()} file.");
        return (type, null);
    }

    private static bool HasPart(byte[] archive, string entry)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(archive), ZipArchiveMode.Read);
            return zip.GetEntry(entry) is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"\.[A-Za-z][A-Za-z0-9]{1,4}[\s.]*$")]
    private static partial Regex SecondExtension();
}
