using System.Globalization;
using CsvHelper;
using SpreadCheetah;
using Raaqj.Web.Infrastructure;

namespace Raaqj.Web.Features.Intake;

/// <summary>The filtered intake list as CSV (text a spreadsheet would run as a formula is escaped) or Excel, dates in the program's zone.</summary>
public sealed class IntakeExportHandler(IntakeListHandler list, ProgramClock clock)
{
    private static readonly string[] Header = ["Receipt", "Organization", "Region", "States", "Status", "Missing items", "Submitted", "Local match (USD)"];

    public async Task<byte[]> Csv(IntakeQuery query)
    {
        var rows = await list.All(query);
        using var stream = new MemoryStream();
        await using (var csv = CsvWriter.Create(stream, new CsvWriterOptions { Injection = CsvInjection.Escape, WriteByteOrderMark = true }, leaveOpen: true))
        {
            foreach (var values in rows.Select(Values).Prepend(Header))
            {
                foreach (var value in values)
                    csv.WriteField(value);
                csv.EndRecord();
            }
        }
        return stream.ToArray();
    }

    public async Task<byte[]> Excel(IntakeQuery query)
    {
        var rows = await list.All(query);
        using var stream = new MemoryStream();
        await using (var spreadsheet = await Spreadsheet.CreateNewAsync(stream))
        {
            await spreadsheet.StartWorksheetAsync("Proposals");
            await spreadsheet.AddRowAsync(Header.Select(h => new Cell(h)).ToArray());
            foreach (var row in rows)
            {
                var values = Values(row);
                await spreadsheet.AddRowAsync(
                [
                    new Cell(values[0]), new Cell(values[1]), new Cell(values[2]), new Cell(values[3]), new Cell(values[4]),
                    new Cell(row.MissingCount), new Cell(values[6]), new Cell(row.LocalMatch),
                ]);
            }
            await spreadsheet.FinishAsync();
        }
        return stream.ToArray();
    }

    private string[] Values(IntakeRow row) =>
    [
        row.ReceiptNumber ?? "", row.Organization, row.Region, string.Join(" ", row.States), row.Status.ToString(),
        row.MissingCount.ToString(CultureInfo.InvariantCulture), row.SubmittedAtUtc is { } at ? clock.Short(at) : "",
        row.LocalMatch.ToString("0.00", CultureInfo.InvariantCulture),
    ];
}
