using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Raaqj.Web.Domain.Accounts;

namespace Raaqj.Web.Features.Reports;

// Staff's reporting pages for the whole cohort: reports due, late and awaiting review; the indicators every region
// reports and each region's own; each indicator across the cohort.
[Route("program/{id:int}"), Authorize(Roles = Roles.Staff)]
public sealed class ProgramReportsController : Controller
{
    [HttpGet("reports")]
    public async Task<IActionResult> Reports(int id, bool all, int? page, [FromServices] ProgramReportsHandler handler) =>
        await handler.DueAsync(id, all, page) is { } model ? View("ReportsDue", model) : NotFound();

    [HttpGet("indicators")]
    public async Task<IActionResult> Indicators(int id, [FromServices] ProgramReportsHandler handler) =>
        await handler.IndicatorsAsync(id) is { } model ? View("Indicators", model) : NotFound();

    [HttpGet("indicators/{indicatorId:int}")]
    public async Task<IActionResult> Indicator(int id, int indicatorId, [FromServices] ProgramReportsHandler handler) =>
        await handler.ChartAsync(id, indicatorId) is { } model ? View("CohortIndicator", model) : NotFound();

    [HttpGet("indicators/new")]
    public async Task<IActionResult> NewIndicator(int id, [FromServices] IndicatorPageHandler handler) =>
        await handler.ProgramOwnerAsync(id) is { } owner && await handler.PageAsync(owner, null, null) is { } model ? View("IndicatorForm", model) : NotFound();

    [HttpPost("indicators/new")]
    public Task<IActionResult> NewIndicator(int id, [Bind(Prefix = IndicatorSaving.FormPrefix)] IndicatorForm form, [FromServices] IValidator<IndicatorForm> validator,
        [FromServices] IndicatorPageHandler handler) => Save(id, null, form, validator, handler);

    [HttpGet("indicators/{indicatorId:int}/edit")]
    public async Task<IActionResult> EditIndicator(int id, int indicatorId, [FromServices] IndicatorPageHandler handler) =>
        await handler.ProgramOwnerAsync(id) is { } owner && await handler.PageAsync(owner, indicatorId, null) is { } model ? View("IndicatorForm", model) : NotFound();

    [HttpPost("indicators/{indicatorId:int}/edit")]
    public Task<IActionResult> EditIndicator(int id, int indicatorId, [Bind(Prefix = IndicatorSaving.FormPrefix)] IndicatorForm form, [FromServices] IValidator<IndicatorForm> validator,
        [FromServices] IndicatorPageHandler handler) => Save(id, indicatorId, form, validator, handler);

    // A program-wide indicator is never one region's plan measure.
    private async Task<IActionResult> Save(int id, int? indicatorId, IndicatorForm form, IValidator<IndicatorForm> validator, IndicatorPageHandler handler)
    {
        form.PlanMeasureId = null;
        return await this.SaveIndicatorAsync(await handler.ProgramOwnerAsync(id), indicatorId, form, validator, handler, "Indicator saved: every region reports it.",
            () => RedirectToAction(nameof(Indicators), new { id }));
    }
}
