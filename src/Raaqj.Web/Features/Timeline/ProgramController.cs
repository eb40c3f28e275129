using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Infrastructure.Files;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Timeline;

// Staff run the program's calendar here: its settings and phases, the timeline, baselines, the cohort tracker,
// the region milestone template, the milestones themselves and the reminder log.
[Route("program"), Authorize(Roles = Roles.Staff)]
public sealed class ProgramController : Controller
{
    private const string FormPrefix = "Form";

    [HttpGet("")]
    public async Task<IActionResult> Index([FromServices] CurrentProgram programs) =>
        await programs.TodayAsync() is { } current ? RedirectToAction("Index", "Targets", new { id = current.Program.Id }) : RedirectToAction(nameof(Create));

    [HttpGet("new")]
    public async Task<IActionResult> Create([FromServices] ProgramSettingsHandler handler) => View("Settings", await handler.NewAsync());

    [HttpPost("new")]
    public Task<IActionResult> Create([Bind(Prefix = FormPrefix)] ProgramForm form, [FromServices] IValidator<ProgramForm> validator, [FromServices] ProgramSettingsHandler handler)
    {
        form.Id = 0;
        return SaveSettings(form, validator, handler, "Program created with the commitment's plan: its phases, program milestones and the milestones every region gets.");
    }

    [HttpGet("{id:int}/settings")]
    public async Task<IActionResult> Settings(int id, [FromServices] ProgramSettingsHandler handler) =>
        await handler.LoadAsync(id) is { } model ? View(model) : NotFound();

    [HttpPost("{id:int}/settings")]
    public Task<IActionResult> Settings(int id, [Bind(Prefix = FormPrefix)] ProgramForm form, [FromServices] IValidator<ProgramForm> validator, [FromServices] ProgramSettingsHandler handler)
    {
        form.Id = id;
        return SaveSettings(form, validator, handler, "Settings saved. Milestones due by the end of a month moved with the start date.");
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Timeline(int id, int? baseline, [FromServices] TimelineHandler handler) =>
        await handler.Handle(id, baseline) is { } model ? View(model) : NotFound();

    [HttpPost("{id:int}/baselines")]
    public async Task<IActionResult> SaveBaseline(int id, string? name, [FromServices] SaveBaselineHandler handler) =>
        this.Answer(await handler.Handle(id, name), $"Baseline \"{name?.Trim()}\" saved. The timeline now shows the plan against it.", () => RedirectToAction(nameof(Timeline), new { id }));

    [HttpGet("{id:int}/tracker")]
    public async Task<IActionResult> Tracker(int id, [FromServices] CohortTrackerHandler handler) =>
        await handler.Handle(id) is { } model ? View(model) : NotFound();

    [HttpGet("{id:int}/region-milestones")]
    public async Task<IActionResult> Template(int id, [FromServices] RegionTemplateHandler handler) =>
        await handler.Handle(id) is { } model ? View(model) : NotFound();

    [HttpPost("{id:int}/region-milestones")]
    public async Task<IActionResult> AddToTemplate(int id, [Bind(Prefix = FormPrefix)] TemplateForm form, [FromServices] IValidator<TemplateForm> validator, [FromServices] RegionTemplateHandler handler)
    {
        if (!await validator.ValidateIntoAsync(form, ModelState, FormPrefix))
            return await handler.Handle(id, form) is { } model ? View("Template", model) : NotFound();
        return await this.Answer(await handler.AddAsync(id, form), "Added. Regions released from now on get it; add it to the regions already in the cohort with the button below.",
            () => RedirectToAction(nameof(Template), new { id }),
            async () => await handler.Handle(id, form) is { } model ? View("Template", model) : NotFound(), FormPrefix, nameof(TemplateForm.PhaseId));
    }

    [HttpPost("{id:int}/region-milestones/{templateId:int}/remove")]
    public async Task<IActionResult> RemoveFromTemplate(int id, int templateId, [FromServices] RegionTemplateHandler handler) =>
        this.Answer(await handler.RemoveAsync(id, templateId), "Removed from the template. The regions keep the milestones already made from it.",
            () => RedirectToAction(nameof(Template), new { id }));

    [HttpPost("{id:int}/region-milestones/apply")]
    public async Task<IActionResult> ApplyTemplate(int id, [FromServices] RegionTemplateHandler handler)
    {
        var outcome = await handler.ApplyAsync(id);
        return this.Answer(outcome, outcome.Value == 0 ? "Every region already has every milestone of the template." : $"Added {outcome.Value} milestones to the cohort's regions.",
            () => RedirectToAction(nameof(Template), new { id }));
    }

    [HttpGet("{id:int}/milestones/new")]
    public async Task<IActionResult> AddMilestone(int id, int? region, [FromServices] EditMilestoneHandler handler) =>
        await handler.NewAsync(id, region) is { } model ? View("EditMilestone", model) : NotFound();

    [HttpPost("{id:int}/milestones/new"), RequestSizeLimit(DocumentStore.RequestLimit), RequestFormLimits(MultipartBodyLengthLimit = DocumentStore.RequestLimit)]
    public Task<IActionResult> AddMilestone(int id, [Bind(Prefix = FormPrefix)] MilestoneForm form, [FromServices] IValidator<MilestoneForm> validator, [FromServices] EditMilestoneHandler handler,
        [FromServices] CurrentProgram programs)
    {
        form.Id = 0;
        return SaveMilestone(id, form, validator, handler, programs);
    }

    [HttpGet("{id:int}/milestones/{milestoneId:int}")]
    public async Task<IActionResult> EditMilestone(int id, int milestoneId, [FromServices] EditMilestoneHandler handler) =>
        await handler.LoadAsync(milestoneId) is { } model && model.Program.Id == id ? View(model) : NotFound();

    [HttpPost("{id:int}/milestones/{milestoneId:int}"), RequestSizeLimit(DocumentStore.RequestLimit), RequestFormLimits(MultipartBodyLengthLimit = DocumentStore.RequestLimit)]
    public Task<IActionResult> EditMilestone(int id, int milestoneId, [Bind(Prefix = FormPrefix)] MilestoneForm form, [FromServices] IValidator<MilestoneForm> validator,
        [FromServices] EditMilestoneHandler handler, [FromServices] CurrentProgram programs)
    {
        form.Id = milestoneId;
        return SaveMilestone(id, form, validator, handler, programs);
    }

    [HttpGet("{id:int}/reminders")]
    public async Task<IActionResult> Reminders(int id, int? page, [FromServices] ReminderLogHandler handler) =>
        await handler.Handle(id, page) is { } model ? View(model) : NotFound();

    private async Task<IActionResult> SaveSettings(ProgramForm form, IValidator<ProgramForm> validator, ProgramSettingsHandler handler, string confirmation)
    {
        if (!await validator.ValidateIntoAsync(form, ModelState, FormPrefix))
            return View("Settings", await handler.WithOptions(form));
        return await this.Answer(await handler.SaveAsync(form), confirmation,
            saved => RedirectToAction(nameof(Timeline), new { id = saved }),
            async _ => form.Id != 0 && ModelState.ContainsKey("") && await handler.LoadAsync(form.Id) is { } current ? View("Settings", current) : View("Settings", await handler.WithOptions(form)),
            FormPrefix, nameof(ProgramForm.RequestForActionId));
    }

    private async Task<IActionResult> SaveMilestone(int id, MilestoneForm form, IValidator<MilestoneForm> validator, EditMilestoneHandler handler, CurrentProgram programs)
    {
        async Task<IActionResult> Again()
        {
            var program = await programs.FindAsync(id);
            if (program is null)
                return NotFound();
            // After a conflict, saving again keeps this person's version over the other, knowingly.
            if (form.Id != 0 && await handler.LoadAsync(form.Id) is { } current)
                form.Version = current.Form.Version;
            return View("EditMilestone", await handler.WithOptions(program, form));
        }
        if (!await validator.ValidateIntoAsync(form, ModelState, FormPrefix))
            return await Again();
        var outcome = await handler.SaveAsync(id, form);
        if (outcome.Kind == Domain.OutcomeKind.Done && outcome.Value.Warning is { } warning)
            TempData["Warning"] = warning;
        return await this.Answer(outcome, form.Id == 0 ? "Milestone added." : "Milestone saved.",
            saved => saved.Id == 0 ? NotFound() : RedirectToAction(nameof(Timeline), new { id }),
            _ => Again(), FormPrefix,
            nameof(MilestoneForm.CompletedOn), nameof(MilestoneForm.EvidenceNote), nameof(MilestoneForm.EvidenceLink), nameof(MilestoneForm.OwnerUserId),
            nameof(MilestoneForm.PhaseId), nameof(MilestoneForm.After), EvidenceFiles.Field);
    }
}
