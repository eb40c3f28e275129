using CsvHelper;
using SpreadCheetah;

namespace Raaqj.Web.Infrastructure.Exports;

public sealed record ExportSheet(string Name, IReadOnlyList<string> Header, IEnumerable<IReadOnlyList<object?>> Rows);

// A table written as CSV (text a spreadsheet would run as a formula is escaped) or as an Excel sheet, numbers
// kept as numbers. Every export of the portal goes through here.
public static class TableExport
{
    public const string CsvType = "text/csv; charset=utf-8";
    public const string ExcelType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Csv(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        using var stream = new MemoryStream();
        using (var csv = CsvWriter.Create(stream, new CsvWriterOptions { Injection = CsvInjection.Escape, WriteByteOrderMark = true }, leaveOpen: true))
        {
            foreach (var row in rows.Prepend(header.Cast<object?>().ToList()))
            {
                foreach (var value in row)
                    csv.WriteField(Text(value));
                csv.EndRecord();
            }
        }
        return stream.ToArray();
    }

    public static Task<byte[]> Excel(string sheet, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows) =>
        Workbook([new ExportSheet(sheet, header, rows)]);

    // Several tables in one file, a sheet each (an Excel sheet's name is at most 31 characters).
    public static async Task<byte[]> Workbook(IEnumerable<ExportSheet> sheets)
    {
        using var stream = new MemoryStream();
        await using (var spreadsheet = await Spreadsheet.CreateNewAsync(stream))
        {
            foreach (var sheet in sheets)
            {
                await spreadsheet.StartWorksheetAsync(sheet.Name);
                await spreadsheet.AddRowAsync(sheet.Header.Select(h => new Cell(h)).ToArray());
                foreach (var row in sheet.Rows)
                    await spreadsheet.AddRowAsync(row.Select(ToCell).ToArray());
            }
            await spreadsheet.FinishAsync();
        }
        return stream.ToArray();
    }

    // The content type of an export in that format ("csv" or "xlsx").
    public static string TypeOf(string format) => format == "xlsx" ? ExcelType : CsvType;

    private static Cell ToCell(object? value) => value switch
    {
        null => new Cell(""),
        int i => new Cell(i),
        long l => new Cell(l),
        decimal d => new Cell(d),
        double d => new Cell(d),
        _ => new Cell(Text(value)),
    };

    private static string Text(object? value) => value switch
    {
        null => "",
        // A figure as a spreadsheet reads it: 90000, not the 90000.0 a decimal's stored scale would print.
        decimal d => d.ToString("0.############################", System.Globalization.CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
