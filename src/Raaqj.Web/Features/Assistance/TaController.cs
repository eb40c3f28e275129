using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Raaqj.Web.Infrastructure.Exports;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Domain.Assistance;
using Raaqj.Web.Infrastructure.Files;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Assistance;

// Technical assistance: the queue (staff, experts), each request's thread (its region, its expert, staff; anyone else
// 404) and the experts' areas (staff).
[Route("ta"), Authorize]
public sealed class TaController : Controller
{
    private const string ReplyPrefix = "Reply";
    private const string ClocksPrefix = "Form";
    private const string HolidayPrefix = "Holiday";

    [HttpGet("")]
    public async Task<IActionResult> Queue(int? area, int? region, TaStatus? status, string? expert, bool breached, bool open, int? page, [FromServices] TaQueueHandler handler) =>
        await handler.Handle(Filter(area, region, status, expert, breached, open), page) is { } model ? View(model) : NotFound();

    private static TaQueueFilter Filter(int? area, int? region, TaStatus? status, string? expert, bool breached, bool open) =>
        new(area, region, status, string.IsNullOrEmpty(expert) ? null : expert, breached, open);

    [HttpGet("export.csv")]
    public async Task<IActionResult> Csv(int? area, int? region, TaStatus? status, string? expert, bool breached, bool open, [FromServices] TaQueueHandler handler,
        [FromServices] Infrastructure.ProgramClock clock) =>
        await handler.ExportAsync(Filter(area, region, status, expert, breached, open), excel: false) is { } file
            ? File(file, TableExport.CsvType, $"raaqj-technical-assistance-{clock.UtcNow:yyyyMMdd}.csv") : NotFound();

    [HttpGet("export.xlsx")]
    public async Task<IActionResult> Excel(int? area, int? region, TaStatus? status, string? expert, bool breached, bool open, [FromServices] TaQueueHandler handler,
        [FromServices] Infrastructure.ProgramClock clock) =>
        await handler.ExportAsync(Filter(area, region, status, expert, breached, open), excel: true) is { } file
            ? File(file, TableExport.ExcelType, $"raaqj-technical-assistance-{clock.UtcNow:yyyyMMdd}.xlsx") : NotFound();

    [HttpGet("dashboard"), Authorize(Roles = Roles.Staff)]
    public async Task<IActionResult> Dashboard([FromServices] TaDashboardHandler handler) => View(await handler.Handle());

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Show(int id, [FromServices] TaThreadHandler handler) =>
        await handler.LoadAsync(id) is { } model ? View("Thread", model) : NotFound();

    [HttpPost("{id:int}/replies"), RequestSizeLimit(DocumentStore.RequestLimit), RequestFormLimits(MultipartBodyLengthLimit = DocumentStore.RequestLimit)]
    public async Task<IActionResult> Reply(int id, [Bind(Prefix = ReplyPrefix)] TaReplyForm form, [FromServices] IValidator<TaReplyForm> validator, [FromServices] TaThreadHandler handler)
    {
        async Task<IActionResult> Again()
        {
            if (await handler.LoadAsync(id) is not { } current)
                return NotFound();
            form.Version = current.Version;
            return View("Thread", await handler.LoadAsync(id, form));
        }
        if (!await validator.ValidateIntoAsync(form, ModelState, ReplyPrefix))
            return await Again();
        return await this.Answer(await handler.ReplyAsync(id, form), "Reply posted.", () => RedirectToAction(nameof(Show), null, new { id }, "thread-end"),
            Again, ReplyPrefix, nameof(TaReplyForm.Body), nameof(TaReplyForm.Hours), nameof(TaReplyForm.File));
    }

    [HttpPost("{id:int}/steps")]
    public async Task<IActionResult> Step(int id, TaStep step, Guid version, int? rating, string? comment, [FromServices] TaThreadHandler handler) =>
        this.Answer(await handler.StepAsync(id, step, version, rating, comment), TaWording.Done(step), () => RedirectToAction(nameof(Show), new { id }));

    [HttpPost("{id:int}/assign")]
    public async Task<IActionResult> Assign(int id, string expertUserId, Guid version, [FromServices] TaThreadHandler handler) =>
        this.Answer(await handler.AssignAsync(id, expertUserId, version), "Request routed. The expert has been told.", () => RedirectToAction(nameof(Show), new { id }));

    [HttpGet("clocks"), Authorize(Roles = Roles.Staff)]
    public async Task<IActionResult> Clocks([FromServices] ClockSettingsHandler handler) =>
        await handler.LoadAsync() is { } model ? View(model) : NotFound();

    [HttpPost("clocks"), Authorize(Roles = Roles.Staff)]
    public async Task<IActionResult> Clocks([Bind(Prefix = ClocksPrefix)] ClockForm form, [FromServices] IValidator<ClockForm> validator, [FromServices] ClockSettingsHandler handler)
    {
        async Task<IActionResult> Again(bool theirs)
        {
            var model = theirs ? await handler.LoadAsync() : await handler.LoadAsync(form);
            return model is null ? NotFound() : View(nameof(Clocks), model);
        }
        if (!await validator.ValidateIntoAsync(form, ModelState, ClocksPrefix))
            return await Again(theirs: false);
        return await this.Answer(await handler.SaveAsync(form), "Clocks saved. They apply to requests made from now on.", () => RedirectToAction(nameof(Clocks)),
            () => Again(theirs: true), ClocksPrefix);
    }

    [HttpPost("clocks/holidays"), Authorize(Roles = Roles.Staff)]
    public async Task<IActionResult> AddHoliday([Bind(Prefix = HolidayPrefix)] HolidayForm form, [FromServices] IValidator<HolidayForm> validator, [FromServices] ClockSettingsHandler handler)
    {
        async Task<IActionResult> Again() => await handler.LoadAsync(typedHoliday: form) is { } model ? View(nameof(Clocks), model) : NotFound();
        if (!await validator.ValidateIntoAsync(form, ModelState, HolidayPrefix))
            return await Again();
        return await this.Answer(await handler.AddHolidayAsync(form), "Holiday added. Response clocks skip it.", () => RedirectToAction(nameof(Clocks)), Again,
            HolidayPrefix, nameof(HolidayForm.Date));
    }

    [HttpPost("clocks/holidays/{holidayId:int}/remove"), Authorize(Roles = Roles.Staff)]
    public async Task<IActionResult> RemoveHoliday(int holidayId, [FromServices] ClockSettingsHandler handler) =>
        this.Answer(await handler.RemoveHolidayAsync(holidayId), "Holiday removed.", () => RedirectToAction(nameof(Clocks)));

    [HttpGet("experts"), Authorize(Roles = Roles.Staff)]
    public async Task<IActionResult> Experts([FromServices] ExpertsHandler handler) => View(await handler.Handle());

    [HttpPost("experts/{userId}"), Authorize(Roles = Roles.Staff)]
    public async Task<IActionResult> SaveExpert(string userId, List<int> areas, bool available, [FromServices] ExpertsHandler handler)
    {
        if (!await handler.SaveAsync(userId, areas, available))
            return NotFound();
        TempData["Status"] = "Expert areas saved.";
        return RedirectToAction(nameof(Experts));
    }
}

// A region's own TA requests and the form to ask for help: its team (Owners and Editors ask; Viewers read).
[Route("regions/{regionId:int}/ta"), Authorize]
public sealed class RegionTaController : Controller
{
    private const string FormPrefix = "Form";

    [HttpGet("")]
    public async Task<IActionResult> Index(int regionId, [FromServices] RequestTaHandler handler) =>
        await handler.ListAsync(regionId) is { } model ? View("RegionTa", model) : NotFound();

    // A capacity gap's "ask for help with this" opens the form filled in: its area, a title and the question.
    [HttpGet("new")]
    public async Task<IActionResult> New(int regionId, int? area, string? title, string? question, [FromServices] RequestTaHandler handler) =>
        await handler.NewAsync(regionId, new TaRequestForm
        {
            AreaId = area, Title = (title ?? "")[..Math.Min((title ?? "").Length, Domain.Assistance.TaRequest.TitleMaxLength)], Question = question ?? "",
        }) is { } model ? View("NewTa", model) : NotFound();

    [HttpPost("new"), RequestSizeLimit(DocumentStore.RequestLimit), RequestFormLimits(MultipartBodyLengthLimit = DocumentStore.RequestLimit)]
    public async Task<IActionResult> New(int regionId, [Bind(Prefix = FormPrefix)] TaRequestForm form, [FromServices] IValidator<TaRequestForm> validator,
        [FromServices] RequestTaHandler handler)
    {
        async Task<IActionResult> Again() => await handler.NewAsync(regionId, form) is { } model ? View("NewTa", model) : NotFound();
        if (!await validator.ValidateIntoAsync(form, ModelState, FormPrefix))
            return await Again();
        return await this.Answer(await handler.CreateAsync(regionId, form), "Request sent. You will hear from an expert by email and in the portal.",
            id => RedirectToAction(nameof(TaController.Show), "Ta", new { id }), _ => Again(), FormPrefix,
            nameof(TaRequestForm.AreaId), nameof(TaRequestForm.File));
    }
}
