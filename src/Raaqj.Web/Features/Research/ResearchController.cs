using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Raaqj.Web.Infrastructure.Exports;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Research;

// A region's worker-informed research and pilots: its team records them (Owners and Editors; Viewers read), staff read.
// Anything of another region answers 404.
[Route("regions/{regionId:int}/research"), Authorize]
public sealed class ResearchController : Controller
{
    private const string FormPrefix = "Form";

    [HttpGet("")]
    public async Task<IActionResult> Index(int regionId, [FromServices] ResearchHandler handler) =>
        await handler.ListAsync(regionId) is { } model ? View("Research", model) : NotFound();

    [HttpGet("activities/new")]
    public async Task<IActionResult> NewActivity(int regionId, [FromServices] ResearchHandler handler) =>
        await handler.ActivityPageAsync(regionId, null) is { } model ? View("Activity", model) : NotFound();

    [HttpGet("activities/{id:int}")]
    public async Task<IActionResult> Activity(int regionId, int id, [FromServices] ResearchHandler handler) =>
        await handler.ActivityPageAsync(regionId, id) is { } model ? View("Activity", model) : NotFound();

    [HttpPost("activities/new")]
    public Task<IActionResult> NewActivity(int regionId, [Bind(Prefix = FormPrefix)] ActivityForm form, [FromServices] IValidator<ActivityForm> validator,
        [FromServices] ResearchHandler handler) => SaveActivity(regionId, null, form, validator, handler);

    [HttpPost("activities/{id:int}")]
    public Task<IActionResult> Activity(int regionId, int id, [Bind(Prefix = FormPrefix)] ActivityForm form, [FromServices] IValidator<ActivityForm> validator,
        [FromServices] ResearchHandler handler) => SaveActivity(regionId, id, form, validator, handler);

    private async Task<IActionResult> SaveActivity(int regionId, int? id, ActivityForm form, IValidator<ActivityForm> validator, ResearchHandler handler)
    {
        async Task<IActionResult> Again(int _)
        {
            if (id is not null && Conflicted && await handler.ActivityPageAsync(regionId, id) is { } saved)
                form.Version = saved.Form.Version;
            return await handler.ActivityPageAsync(regionId, id, form) is { MayEdit: true } model ? View("Activity", model) : NotFound();
        }
        if (!await validator.ValidateIntoAsync(form, ModelState, FormPrefix))
            return await Again(0);
        return await this.Answer(await handler.SaveActivityAsync(regionId, id, form), "Research saved.", _ => RedirectToAction(nameof(Index), new { regionId }), Again);
    }

    [HttpGet("pilots/new")]
    public async Task<IActionResult> NewPilot(int regionId, [FromServices] ResearchHandler handler) =>
        await handler.PilotPageAsync(regionId, null) is { } model ? View("Pilot", model) : NotFound();

    [HttpGet("pilots/{id:int}")]
    public async Task<IActionResult> Pilot(int regionId, int id, [FromServices] ResearchHandler handler) =>
        await handler.PilotPageAsync(regionId, id) is { } model ? View("Pilot", model) : NotFound();

    [HttpPost("pilots/new")]
    public Task<IActionResult> NewPilot(int regionId, [Bind(Prefix = FormPrefix)] PilotForm form, [FromServices] IValidator<PilotForm> validator,
        [FromServices] ResearchHandler handler) => SavePilot(regionId, null, form, validator, handler);

    [HttpPost("pilots/{id:int}")]
    public Task<IActionResult> Pilot(int regionId, int id, [Bind(Prefix = FormPrefix)] PilotForm form, [FromServices] IValidator<PilotForm> validator,
        [FromServices] ResearchHandler handler) => SavePilot(regionId, id, form, validator, handler);

    private async Task<IActionResult> SavePilot(int regionId, int? id, PilotForm form, IValidator<PilotForm> validator, ResearchHandler handler)
    {
        async Task<IActionResult> Again(int _)
        {
            if (id is not null && Conflicted && await handler.PilotPageAsync(regionId, id) is { } saved)
                form.Version = saved.Form.Version;
            return await handler.PilotPageAsync(regionId, id, form) is { MayEdit: true } model ? View("Pilot", model) : NotFound();
        }
        if (!await validator.ValidateIntoAsync(form, ModelState, FormPrefix))
            return await Again(0);
        return await this.Answer(await handler.SavePilotAsync(regionId, id, form), "Pilot saved.", pilot => RedirectToAction(nameof(Pilot), new { regionId, id = pilot }), Again);
    }

    [HttpPost("pilots/{id:int}/cycles")]
    public async Task<IActionResult> Cycle(int regionId, int id, [Bind(Prefix = "Cycle")] CycleForm form, [FromServices] IValidator<CycleForm> validator,
        [FromServices] ResearchHandler handler)
    {
        async Task<IActionResult> Again(int _) => await handler.PilotPageAsync(regionId, id, cycle: form) is { MayEdit: true } model ? View("Pilot", model) : NotFound();
        if (!await validator.ValidateIntoAsync(form, ModelState, "Cycle"))
            return await Again(0);
        return await this.Answer(await handler.AddCycleAsync(regionId, id, form), "Cycle recorded.",
            number => RedirectToAction(nameof(Pilot), null, new { regionId, id }, $"cycle-{number}"), Again);
    }

    [HttpGet("export.csv")]
    public async Task<IActionResult> ExportCsv(int regionId, bool pilots, [FromServices] ResearchHandler handler, [FromServices] ProgramClock clock) =>
        await handler.ExportAsync(regionId, pilots, excel: false) is { } file
            ? File(file, TableExport.CsvType, $"raaqj-{(pilots ? "pilots" : "research")}-{regionId}-{clock.UtcNow:yyyyMMdd}.csv") : NotFound();

    [HttpGet("export.xlsx")]
    public async Task<IActionResult> ExportExcel(int regionId, bool pilots, [FromServices] ResearchHandler handler, [FromServices] ProgramClock clock) =>
        await handler.ExportAsync(regionId, pilots, excel: true) is { } file
            ? File(file, TableExport.ExcelType, $"raaqj-{(pilots ? "pilots" : "research")}-{regionId}-{clock.UtcNow:yyyyMMdd}.xlsx")
            : NotFound();

    private bool Conflicted => ModelState.TryGetValue("", out var general) && general.Errors.Count > 0;
}
