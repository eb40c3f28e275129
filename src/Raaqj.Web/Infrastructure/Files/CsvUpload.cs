using System.Text;
using CsvHelper;
using Raaqj.Web.Domain;

namespace Raaqj.Web.Infrastructure.Files;

// A spreadsheet someone uploads to import (stakeholders, survey figures): read as UTF-8 text, at most a megabyte,
// refused in words next to the file field when it is not one.
public static class CsvUpload
{
    public const int MaxBytes = 1024 * 1024;
    public const string Field = "file";
    private static readonly string[] Extensions = [".csv", ".txt"];

    public static async Task<Outcome<string>> ReadAsync(IFormFile? file)
    {
        if (file is null || file.Length == 0)
            return Refused("Choose a CSV file.");
        if (file.Length > MaxBytes)
            return Refused("The file is larger than 1 MB: split it in two.");
        if (!Extensions.Contains(Path.GetExtension(file.FileName).ToLowerInvariant()))
            return Refused("Upload a .csv file (in your spreadsheet: Save as, CSV UTF-8).");
        string content;
        try
        {
            using var reader = new StreamReader(file.OpenReadStream(), new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
            content = await reader.ReadToEndAsync();
        }
        catch (DecoderFallbackException)
        {
            return Refused("The file is not text in UTF-8. In your spreadsheet, save it as CSV UTF-8 and upload it again.");
        }
        return content.Contains('\0') ? Refused("The file is not a CSV: it holds binary content.") : Outcome<string>.DoneWith(content);
    }

    // The rows of a CSV whose first line names its columns (any order, any case, "_" and spaces ignored; unknown
    // columns ignored), each read by the caller through a function that gives a column's text ("" when absent).
    public static (IReadOnlyList<TRow> Rows, IReadOnlyList<string> Problems) Rows<TRow>(string content, IReadOnlyList<string> required, int maxRows, string items,
        Func<long, Func<string, string>, TRow> read)
    {
        using var csv = CsvReader.Create(new StringReader(content), new CsvReaderOptions
        {
            TrackLineNumbers = true, TrimWhitespace = true, SkipEmptyLines = true, NormalizeHeaderName = n => n.Replace("_", "").Replace(" ", ""),
        });
        IReadOnlyList<string> headers;
        try
        {
            headers = csv.Headers.Select(h => h.Replace("_", "").Replace(" ", "").Trim().ToLowerInvariant()).ToList();
        }
        catch (CsvFormatException)
        {
            return ([], ["The file is not a CSV this page can read. Save it from your spreadsheet as CSV (comma separated, UTF-8)."]);
        }
        var missing = required.Where(r => !headers.Contains(r.Replace("_", ""))).ToList();
        if (missing.Count > 0)
            return ([], [$"The first line must name the columns; {string.Join(" and ", missing)} {(missing.Count == 1 ? "is" : "are")} missing. Download the template to see them."]);
        string Column(string name) => headers.Contains(name.Replace("_", "")) ? csv.GetString(name) : "";
        var rows = new List<TRow>();
        try
        {
            while (csv.Read())
            {
                if (rows.Count == maxRows)
                    return (rows, [$"A file can hold at most {maxRows} {items}: split it in two."]);
                rows.Add(read(csv.LineNumber, Column));
            }
        }
        catch (CsvFormatException ex)
        {
            return (rows, [$"The file stops making sense as CSV after {rows.Count} row(s): {ex.Message}"]);
        }
        return (rows, rows.Count == 0 ? [$"The file has no {items} under its first line."] : []);
    }

    private static Outcome<string> Refused(string reason) => Outcome<string>.Of(Outcome.Invalid(Field, reason));
}
