using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Exports;

namespace Raaqj.Web.Features.Intake;

// The filtered intake list as CSV or Excel, dates in the program's zone.
public sealed class IntakeExportHandler(IntakeListHandler list, ProgramClock clock)
{
    private static readonly string[] Header = ["Receipt", "Organization", "Region", "States", "Status", "Missing items", "Submitted", "Local match (USD)"];

    public async Task<byte[]> Csv(IntakeQuery query) => TableExport.Csv(Header, await Rows(query));

    public async Task<byte[]> Excel(IntakeQuery query) => await TableExport.Excel("Proposals", Header, await Rows(query));

    private async Task<IEnumerable<IReadOnlyList<object?>>> Rows(IntakeQuery query) =>
        (await list.All(query)).Select(row => (IReadOnlyList<object?>)
        [
            row.ReceiptNumber, row.Organization, row.Region, string.Join(" ", row.States), row.Status.ToString(),
            row.MissingCount, row.SubmittedAtUtc is { } at ? clock.Short(at) : "", row.LocalMatch,
        ]);
}
