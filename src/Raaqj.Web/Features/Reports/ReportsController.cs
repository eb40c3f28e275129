using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Raaqj.Web.Infrastructure.Files;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Reports;

// A region's indicators and period reports: its team reports, staff review. Anything of another region answers 404.
[Route("regions/{regionId:int}"), Authorize]
public sealed class ReportsController : Controller
{
    private const string FormPrefix = "Form";

    [HttpGet("reports")]
    public async Task<IActionResult> Index(int regionId, [FromServices] RegionReportsHandler handler) =>
        await handler.Handle(regionId) is { } model ? View("RegionReports", model) : NotFound();

    [HttpGet("reports/{month:int}")]
    public async Task<IActionResult> Report(int regionId, int month, [FromServices] ReportPageHandler handler) =>
        await handler.PageAsync(regionId, month) is { } model ? View(model) : NotFound();

    [HttpPost("reports/{month:int}"), RequestSizeLimit(DocumentStore.RequestLimit), RequestFormLimits(MultipartBodyLengthLimit = DocumentStore.RequestLimit)]
    public async Task<IActionResult> Report(int regionId, int month, [Bind(Prefix = FormPrefix)] ReportForm form, [FromServices] IValidator<ReportForm> validator,
        [FromServices] ReportPageHandler handler)
    {
        async Task<IActionResult> Again()
        {
            if (Conflicted && await handler.PageAsync(regionId, month) is { } saved)
                form.Version = saved.Form.Version;
            return await handler.PageAsync(regionId, month, form) is { } model ? View(model) : NotFound();
        }
        if (!await validator.ValidateIntoAsync(form, ModelState, FormPrefix))
            return await Again();
        return await this.Answer(await handler.SaveAsync(regionId, month, form),
            form.Submit ? "Report submitted. The program team will accept it or ask for changes; you will hear either way." : "Draft saved.",
            () => RedirectToAction(nameof(Report), new { regionId, month }), Again, FormPrefix, form.Fields());
    }

    [HttpPost("reports/{month:int}/accept")]
    public Task<IActionResult> Accept(int regionId, int month, [Bind(Prefix = "Decision")] DecisionForm form, [FromServices] ReportPageHandler handler) =>
        Decide(regionId, month, accept: true, form, handler);

    [HttpPost("reports/{month:int}/changes")]
    public Task<IActionResult> RequestChanges(int regionId, int month, [Bind(Prefix = "Decision")] DecisionForm form, [FromServices] ReportPageHandler handler) =>
        Decide(regionId, month, accept: false, form, handler);

    [HttpGet("reports/{month:int}/versions/{number:int}")]
    public async Task<IActionResult> Version(int regionId, int month, int number, [FromServices] ReportPageHandler handler) =>
        await handler.VersionAsync(regionId, month, number) is { } model ? View("ReportVersion", model) : NotFound();

    [HttpGet("indicators/{indicatorId:int}")]
    public async Task<IActionResult> Indicator(int regionId, int indicatorId, [FromServices] RegionReportsHandler handler) =>
        await handler.ChartAsync(regionId, indicatorId) is { } model ? View("RegionIndicator", model) : NotFound();

    [HttpGet("indicators/new")]
    public async Task<IActionResult> NewIndicator(int regionId, int? measure, [FromServices] IndicatorPageHandler handler) =>
        await handler.RegionOwnerAsync(regionId) is { } owner && await handler.PageAsync(owner, null, measure) is { } model ? View("IndicatorForm", model) : NotFound();

    [HttpPost("indicators/new")]
    public Task<IActionResult> NewIndicator(int regionId, [Bind(Prefix = FormPrefix)] IndicatorForm form, [FromServices] IValidator<IndicatorForm> validator,
        [FromServices] IndicatorPageHandler handler) => SaveIndicator(regionId, null, form, validator, handler);

    [HttpGet("indicators/{indicatorId:int}/edit")]
    public async Task<IActionResult> EditIndicator(int regionId, int indicatorId, [FromServices] IndicatorPageHandler handler) =>
        await handler.RegionOwnerAsync(regionId) is { } owner && await handler.PageAsync(owner, indicatorId, null) is { } model ? View("IndicatorForm", model) : NotFound();

    [HttpPost("indicators/{indicatorId:int}/edit")]
    public Task<IActionResult> EditIndicator(int regionId, int indicatorId, [Bind(Prefix = FormPrefix)] IndicatorForm form, [FromServices] IValidator<IndicatorForm> validator,
        [FromServices] IndicatorPageHandler handler) => SaveIndicator(regionId, indicatorId, form, validator, handler);

    private async Task<IActionResult> SaveIndicator(int regionId, int? indicatorId, IndicatorForm form, IValidator<IndicatorForm> validator, IndicatorPageHandler handler) =>
        await this.SaveIndicatorAsync(await handler.RegionOwnerAsync(regionId), indicatorId, form, validator, handler, "Indicator saved.",
            () => RedirectToAction(nameof(Index), new { regionId }));

    private async Task<IActionResult> Decide(int regionId, int month, bool accept, DecisionForm form, ReportPageHandler handler)
    {
        var outcome = await handler.DecideAsync(regionId, month, accept, form);
        if (outcome.Kind == Domain.OutcomeKind.Invalid && outcome.Problems.Any(p => p.Field == nameof(DecisionForm.Note)))
        {
            ModelState.AddRuleViolations(outcome.Problems, "Decision", nameof(DecisionForm.Note));
            return await handler.PageAsync(regionId, month, decision: form) is { } model ? View(nameof(Report), model) : NotFound();
        }
        return this.Answer(outcome, accept ? "Report accepted: its values now count on the charts." : "Sent back to the region with your note.",
            () => RedirectToAction(nameof(Report), new { regionId, month }));
    }

    private bool Conflicted => ModelState.TryGetValue("", out var general) && general.Errors.Count > 0;
}
