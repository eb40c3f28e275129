using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Raaqj.Web.Infrastructure.Files;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Timeline;

// A cohort region's pages: its team and staff only (RegionAccess); anyone else gets 404.
[Route("regions/{regionId:int}"), Authorize]
public sealed class RegionsController : Controller
{
    private const string FormPrefix = "Form";

    [HttpGet("timeline")]
    public async Task<IActionResult> Timeline(int regionId, [FromServices] RegionTimelineHandler handler) =>
        await handler.Handle(regionId) is { } model ? View("RegionTimeline", model) : NotFound();

    [HttpGet("milestones/{milestoneId:int}")]
    public async Task<IActionResult> Progress(int regionId, int milestoneId, [FromServices] RegionTimelineHandler handler) =>
        await handler.LoadAsync(regionId, milestoneId) is { } model ? View(model) : NotFound();

    [HttpPost("milestones/{milestoneId:int}"), RequestSizeLimit(DocumentStore.RequestLimit), RequestFormLimits(MultipartBodyLengthLimit = DocumentStore.RequestLimit)]
    public async Task<IActionResult> Progress(int regionId, int milestoneId, [Bind(Prefix = FormPrefix)] ProgressForm form, [FromServices] RegionTimelineHandler handler) =>
        await this.Answer(await handler.SaveAsync(regionId, milestoneId, form), "Milestone updated. Staff see it in the cohort tracker.",
            () => RedirectToAction(nameof(Timeline), new { regionId }),
            async () =>
            {
                var model = await handler.LoadAsync(regionId, milestoneId, form);
                if (model is null)
                    return NotFound();
                // After a conflict the form carries the current version: saving again keeps this person's change, knowingly.
                var current = await handler.LoadAsync(regionId, milestoneId);
                form.Version = current!.Form.Version;
                return View(model);
            }, FormPrefix, nameof(ProgressForm.CompletedOn), nameof(ProgressForm.EvidenceNote), nameof(ProgressForm.EvidenceLink), EvidenceFiles.Field);
}

// What the signed-in person owns across the program, late first.
[Route("milestones"), Authorize]
public sealed class MilestonesController : Controller
{
    [HttpGet("mine")]
    public async Task<IActionResult> Mine([FromServices] MyMilestonesHandler handler, [FromServices] Infrastructure.CurrentUser user) =>
        View(await handler.Handle(user.Id!));
}
