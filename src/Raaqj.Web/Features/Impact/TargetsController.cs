using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Domain.Impact;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Exports;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Impact;

// The program's home for staff: its public targets computed from the records, the records behind each, the program
// report for the board with its tables and introduction, and the public progress page staff may switch on.
[Route("program/{id:int}/targets"), Authorize(Roles = Roles.Staff)]
public sealed class TargetsController : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int id, [FromServices] TargetsHandler handler) =>
        await handler.Handle(id) is { } model ? View("Targets", model) : NotFound();

    [HttpPost("public")]
    public async Task<IActionResult> Publish(int id, bool on, [FromServices] PublicProgressHandler handler) =>
        this.Answer(await handler.SetAsync(id, on), on ? "The public progress page is on: anyone with its address sees the targets, and nothing else." : "The public progress page is off.",
            () => RedirectToAction(nameof(Index), new { id }));

    // The target by its name ("Raised"); anything else is not a page.
    [HttpGet("{kind:alpha}")]
    public async Task<IActionResult> Records(int id, string kind, int? page, [FromServices] TargetsHandler handler) =>
        Enum.TryParse<TargetKind>(kind, ignoreCase: true, out var target) && await handler.RecordsAsync(id, target, page) is { } model ? View("TargetRecords", model) : NotFound();

    private const string IntroductionPrefix = "Form";

    [HttpGet("/program/{id:int}/board-report")]
    public async Task<IActionResult> Report(int id, [FromServices] BoardIntroductionHandler handler) =>
        await handler.PageAsync(id) is { } model ? View("BoardReport", model) : NotFound();

    [HttpPost("/program/{id:int}/board-report/introduction")]
    public async Task<IActionResult> Introduce(int id, [Bind(Prefix = IntroductionPrefix)] IntroductionForm form, [FromServices] IValidator<IntroductionForm> validator,
        [FromServices] BoardIntroductionHandler handler)
    {
        // Refused, the form again with what was typed; after a conflict, against the version now saved, so saving again replaces it.
        async Task<IActionResult> Again()
        {
            if (await handler.PageAsync(id, form) is not { } model)
                return NotFound();
            if (ModelState.TryGetValue("", out var general) && general.Errors.Count > 0)
                form.Version = model.Introduction?.Version;
            return View("BoardReport", model);
        }
        if (!await validator.ValidateIntoAsync(form, ModelState, IntroductionPrefix))
            return await Again();
        return await this.Answer(await handler.SaveAsync(id, form), "Introduction saved: it opens the report, above the figures.",
            () => RedirectToAction(nameof(Report), new { id }), Again, IntroductionPrefix, nameof(IntroductionForm.Text));
    }

    // One table of the report ("indicators.csv"), or every table in one workbook ("all.xlsx").
    [HttpGet("/program/{id:int}/board-report/{table:alpha}.{format:regex(^(csv|xlsx)$)}")]
    public async Task<IActionResult> ReportTable(int id, string table, string format, [FromServices] BoardReportHandler handler, [FromServices] ProgramClock clock)
    {
        if ((table == BoardReportTables.Workbook ? format != "xlsx" : !BoardReportTables.Keys.Contains(table)) || await handler.Handle(id) is not { } model)
            return NotFound();
        var sheets = BoardReportTables.Sheets(model, table);
        var file = format == "xlsx" ? await TableExport.Workbook(sheets) : TableExport.Csv(sheets[0].Header, sheets[0].Rows);
        return File(file, TableExport.TypeOf(format), $"raaqj-program-report-{table}-{clock.UtcNow:yyyyMMdd}.{format}");
    }

    // Anyone may read the program's public progress page while staff keep it on.
    [HttpGet("/progress/{programId:int}"), AllowAnonymous]
    public async Task<IActionResult> Public(int programId, [FromServices] PublicProgressHandler handler) =>
        await handler.PageAsync(programId) is { } model ? View("PublicProgress", model) : NotFound();
}
