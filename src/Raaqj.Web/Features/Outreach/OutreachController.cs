using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Outreach;

// Staff's outreach to the regions the program wants to recruit: the funnel, the map and each target region.
[Route("program/{id:int}/outreach"), Authorize(Roles = Roles.Staff)]
public sealed class OutreachController : Controller
{
    private const string FormPrefix = "Form";

    [HttpGet("")]
    public async Task<IActionResult> Outreach(int id, [FromServices] OutreachHandler handler) =>
        await handler.ListAsync(id) is { } model ? View(model) : NotFound();

    [HttpGet("new")]
    public async Task<IActionResult> NewTarget(int id, [FromServices] OutreachHandler handler) =>
        await handler.PageAsync(id, null) is { } model ? View("Target", model) : NotFound();

    [HttpPost("new")]
    public Task<IActionResult> NewTarget(int id, [Bind(Prefix = FormPrefix)] TargetRegionForm form, [FromServices] IValidator<TargetRegionForm> validator,
        [FromServices] OutreachHandler handler) => Save(id, null, form, validator, handler);

    [HttpGet("{targetId:int}")]
    public async Task<IActionResult> Target(int id, int targetId, [FromServices] OutreachHandler handler) =>
        await handler.PageAsync(id, targetId) is { } model ? View(model) : NotFound();

    [HttpPost("{targetId:int}")]
    public Task<IActionResult> Target(int id, int targetId, [Bind(Prefix = FormPrefix)] TargetRegionForm form, [FromServices] IValidator<TargetRegionForm> validator,
        [FromServices] OutreachHandler handler) => Save(id, targetId, form, validator, handler);

    private async Task<IActionResult> Save(int id, int? targetId, TargetRegionForm form, IValidator<TargetRegionForm> validator, OutreachHandler handler)
    {
        async Task<IActionResult> Again(int _)
        {
            if (targetId is not null && ModelState.TryGetValue("", out var general) && general.Errors.Count > 0 && await handler.PageAsync(id, targetId) is { } saved)
                form.Version = saved.Form.Version;
            return await handler.PageAsync(id, targetId, form) is { } model ? View("Target", model) : NotFound();
        }
        // Finding counties shows the form again with what was typed; nothing is saved or checked yet.
        if (form.Intent == TargetRegionForm.Search)
            return await Again(0);
        if (!await validator.ValidateIntoAsync(form, ModelState, FormPrefix))
            return await Again(0);
        return await this.Answer(await handler.SaveAsync(id, targetId, form), targetId is null ? "Target region added." : "Target region saved.",
            _ => RedirectToAction(nameof(Outreach), new { id }), Again, FormPrefix, nameof(TargetRegionForm.Counties));
    }
}
