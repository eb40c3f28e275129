using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Workspace;

// Staff see the cohort side by side, name each region's liaison and post announcements.
[Route("program/{id:int}/cohort"), Authorize(Roles = Roles.Staff)]
public sealed class CohortController : Controller
{
    private const string FormPrefix = "Form";

    [HttpGet("")]
    public async Task<IActionResult> Overview(int id, [FromServices] CohortOverviewHandler handler) =>
        await handler.Handle(id) is { } model ? View(model) : NotFound();

    [HttpPost("announcements")]
    public async Task<IActionResult> Announce(int id, [Bind(Prefix = FormPrefix)] AnnouncementForm form, [FromServices] IValidator<AnnouncementForm> validator,
        [FromServices] CohortOverviewHandler handler)
    {
        async Task<IActionResult> Again() => await handler.Handle(id, form) is { } model ? View(nameof(Overview), model) : NotFound();
        if (!await validator.ValidateIntoAsync(form, ModelState, FormPrefix))
            return await Again();
        var outcome = await handler.PostAsync(id, form);
        return await this.Answer(outcome, $"Announcement posted and emailed to {outcome.Value} {(outcome.Value == 1 ? "person" : "people")}.",
            _ => RedirectToAction(nameof(Overview), new { id }), _ => Again(), FormPrefix, nameof(AnnouncementForm.RegionId));
    }

    [HttpPost("{regionId:int}/liaison")]
    public async Task<IActionResult> Liaison(int id, int regionId, string? liaisonUserId, [FromServices] CohortOverviewHandler handler) =>
        this.Answer(await handler.SetLiaisonAsync(id, regionId, liaisonUserId), "Liaison saved.", () => RedirectToAction(nameof(Overview), new { id }));
}
