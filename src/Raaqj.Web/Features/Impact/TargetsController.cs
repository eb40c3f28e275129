using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Domain.Impact;

namespace Raaqj.Web.Features.Impact;

// The program's home for staff: its public targets computed from the records, and the records behind each.
[Route("program/{id:int}/targets"), Authorize(Roles = Roles.Staff)]
public sealed class TargetsController : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int id, [FromServices] TargetsHandler handler) =>
        await handler.Handle(id) is { } model ? View("Targets", model) : NotFound();

    // The target by its name ("Raised"); anything else is not a page.
    [HttpGet("{kind:alpha}")]
    public async Task<IActionResult> Records(int id, string kind, int? page, [FromServices] TargetsHandler handler) =>
        Enum.TryParse<TargetKind>(kind, ignoreCase: true, out var target) && await handler.RecordsAsync(id, target, page) is { } model ? View("TargetRecords", model) : NotFound();
}
