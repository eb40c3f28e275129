using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Exports;
using Raaqj.Web.Infrastructure.Files;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Match;

// A region's local match ledger: its team and staff record the lines with their evidence, staff verify them.
// Anything of another region answers 404.
[Route("regions/{regionId:int}/match"), Authorize]
public sealed class MatchController : Controller
{
    private const string FormPrefix = "Form";
    private const string VerifyPrefix = "Verify";

    [HttpGet("")]
    public async Task<IActionResult> Index(int regionId, [FromServices] LedgerHandler handler) =>
        await handler.Handle(regionId) is { } model ? View("Ledger", model) : NotFound();

    [HttpGet("export.{format:regex(^(csv|xlsx)$)}")]
    public async Task<IActionResult> Export(int regionId, string format, [FromServices] LedgerHandler handler, [FromServices] ProgramClock clock) =>
        await handler.ExportAsync(regionId, format == "xlsx") is { } file
            ? File(file, TableExport.TypeOf(format), $"raaqj-local-match-{regionId}-{clock.UtcNow:yyyyMMdd}.{format}") : NotFound();

    [HttpPost("from-proposal")]
    public async Task<IActionResult> BringIn(int regionId, [FromServices] LedgerHandler handler)
    {
        var outcome = await handler.BringInAsync(regionId);
        return this.Answer(outcome, outcome.Value == 0 ? "The proposal's match was already in the ledger." : $"{outcome.Value} line(s) brought in from the proposal.",
            () => RedirectToAction(nameof(Index), new { regionId }));
    }

    [HttpGet("new")]
    public async Task<IActionResult> New(int regionId, [FromServices] MatchLineHandler handler) =>
        await handler.PageAsync(regionId, null) is { } model ? View("Line", model) : NotFound();

    [HttpPost("new"), RequestSizeLimit(DocumentStore.RequestLimit), RequestFormLimits(MultipartBodyLengthLimit = DocumentStore.RequestLimit)]
    public Task<IActionResult> New(int regionId, [Bind(Prefix = FormPrefix)] MatchLineForm form, [FromServices] IValidator<MatchLineForm> validator,
        [FromServices] MatchLineHandler handler) => Save(regionId, null, form, validator, handler);

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Line(int regionId, int id, [FromServices] MatchLineHandler handler) =>
        await handler.PageAsync(regionId, id) is { } model ? View(model) : NotFound();

    [HttpPost("{id:int}"), RequestSizeLimit(DocumentStore.RequestLimit), RequestFormLimits(MultipartBodyLengthLimit = DocumentStore.RequestLimit)]
    public Task<IActionResult> Line(int regionId, int id, [Bind(Prefix = FormPrefix)] MatchLineForm form, [FromServices] IValidator<MatchLineForm> validator,
        [FromServices] MatchLineHandler handler) => Save(regionId, id, form, validator, handler);

    private async Task<IActionResult> Save(int regionId, int? id, MatchLineForm form, IValidator<MatchLineForm> validator, MatchLineHandler handler)
    {
        async Task<IActionResult> Again(int _)
        {
            if (id is not null && Conflicted && await handler.PageAsync(regionId, id) is { } saved)
                form.Version = saved.Form.Version;
            return await handler.PageAsync(regionId, id, form) is { MayRecord: true } model ? View("Line", model) : NotFound();
        }
        if (!await validator.ValidateIntoAsync(form, ModelState, FormPrefix))
            return await Again(0);
        return await this.Answer(await handler.SaveAsync(regionId, id, form), "Saved to the ledger.", _ => RedirectToAction(nameof(Index), new { regionId }), Again,
            FormPrefix, Timeline.EvidenceFiles.Field);
    }

    [HttpPost("{id:int}/verify")]
    public async Task<IActionResult> Verify(int regionId, int id, [Bind(Prefix = VerifyPrefix)] VerifyForm form, [FromServices] MatchLineHandler handler) =>
        this.Answer(await handler.VerifyAsync(regionId, id, form, verified: true), "Verified against its evidence.", () => RedirectToAction(nameof(Line), new { regionId, id }));

    [HttpPost("{id:int}/unverify")]
    public async Task<IActionResult> Unverify(int regionId, int id, [Bind(Prefix = VerifyPrefix)] VerifyForm form, [FromServices] MatchLineHandler handler) =>
        this.Answer(await handler.VerifyAsync(regionId, id, form, verified: false), "Verification taken back.", () => RedirectToAction(nameof(Line), new { regionId, id }));

    private bool Conflicted => ModelState.TryGetValue("", out var general) && general.Errors.Count > 0;
}
