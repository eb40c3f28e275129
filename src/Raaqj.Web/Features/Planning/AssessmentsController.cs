using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Domain.Planning;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Planning;

// A region's readiness assessments: its team (Owners and Editors score; Viewers read) and staff (who review).
[Route("regions/{regionId:int}/assessments"), Authorize]
public sealed class AssessmentsController : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int regionId, [FromServices] AssessmentsHandler handler) =>
        await handler.ListAsync(regionId) is { } model ? View("Assessments", model) : NotFound();

    [HttpPost("")]
    public async Task<IActionResult> Start(int regionId, AssessmentKind kind, string? label, [FromServices] AssessmentsHandler handler)
    {
        var outcome = await handler.StartAsync(regionId, kind, label);
        return this.Answer(outcome, "Assessment started. Score it element by element; others in your team can score at the same time.",
            () => outcome.Value > 0 ? RedirectToAction(nameof(Show), new { regionId, id = outcome.Value }) : RedirectToAction(nameof(Index), new { regionId }));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Show(int regionId, int id, [FromServices] AssessmentsHandler handler) =>
        await handler.LoadAsync(regionId, id) is { } model ? View("Assessment", model) : NotFound();

    [HttpPost("{id:int}/elements/{elementId:int}")]
    public async Task<IActionResult> SaveElement(int regionId, int id, int elementId, ElementForm form, [FromServices] AssessmentsHandler handler) =>
        this.Answer(await handler.SaveElementAsync(regionId, id, elementId, form), "Scores saved.",
            () => RedirectToAction(nameof(Show), null, new { regionId, id }, $"element-{elementId}"));

    [HttpPost("{id:int}/submit")]
    public async Task<IActionResult> Submit(int regionId, int id, Guid version, [FromServices] AssessmentsHandler handler) =>
        this.Answer(await handler.SubmitAsync(regionId, id, version), "Assessment submitted. Its gaps are listed on your assessments page.",
            () => RedirectToAction(nameof(Index), new { regionId }));

    [HttpPost("{id:int}/review")]
    public async Task<IActionResult> Review(int regionId, int id, string? note, [FromServices] AssessmentsHandler handler) =>
        this.Answer(await handler.ReviewAsync(regionId, id, note), "Review saved.", () => RedirectToAction(nameof(Show), new { regionId, id }));
}

// Staff see every region's readiness side by side.
[Route("program/{id:int}/readiness"), Authorize(Roles = Roles.Staff)]
public sealed class ReadinessController : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Cohort(int id, [FromServices] CohortAssessmentsHandler handler) =>
        await handler.Handle(id) is { } model ? View("CohortAssessments", model) : NotFound();
}

// Staff keep the readiness instruments: each change is a new version, made current when it is ready.
[Route("program/instruments"), Authorize(Roles = Roles.Staff)]
public sealed class InstrumentsController : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromServices] InstrumentsHandler handler) => View("Instruments", await handler.ListAsync());

    [HttpPost("")]
    public async Task<IActionResult> NewVersion(AssessmentKind kind, [FromServices] InstrumentsHandler handler)
    {
        var outcome = await handler.NewVersionAsync(kind);
        return this.Answer(outcome, "New version started from the current one. Change it, then make it current.",
            () => RedirectToAction(nameof(Show), new { id = outcome.Value }));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Show(int id, [FromServices] InstrumentsHandler handler) =>
        await handler.LoadAsync(id) is { } model ? View("Instrument", model) : NotFound();

    [HttpPost("{id:int}/items/{itemId:int}")]
    public async Task<IActionResult> SaveItem(int id, int itemId, ItemForm form, [FromServices] InstrumentsHandler handler) =>
        this.Answer(await handler.SaveItemAsync(id, itemId, form), "Item saved.", () => RedirectToAction(nameof(Show), null, new { id }, $"item-{itemId}"));

    [HttpPost("{id:int}/elements/{elementId:int}/items")]
    public async Task<IActionResult> AddItem(int id, int elementId, ItemForm form, [FromServices] InstrumentsHandler handler) =>
        this.Answer(await handler.AddItemAsync(id, elementId, form), "Item added.", () => RedirectToAction(nameof(Show), null, new { id }, $"element-{elementId}"));

    [HttpPost("{id:int}/items/{itemId:int}/remove")]
    public async Task<IActionResult> RemoveItem(int id, int itemId, [FromServices] InstrumentsHandler handler) =>
        this.Answer(await handler.RemoveItemAsync(id, itemId), "Item removed.", () => RedirectToAction(nameof(Show), new { id }));

    [HttpPost("{id:int}/current")]
    public async Task<IActionResult> MakeCurrent(int id, [FromServices] InstrumentsHandler handler) =>
        this.Answer(await handler.MakeCurrentAsync(id), "This version is now current: new assessments use it, past ones keep theirs.", () => RedirectToAction(nameof(Index)));
}
