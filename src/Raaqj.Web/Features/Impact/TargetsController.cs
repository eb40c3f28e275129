using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Domain.Impact;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Impact;

// The program's home for staff: its public targets computed from the records, the records behind each, and the public
// progress page staff may switch on.
[Route("program/{id:int}/targets"), Authorize(Roles = Roles.Staff)]
public sealed class TargetsController : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int id, [FromServices] TargetsHandler handler) =>
        await handler.Handle(id) is { } model ? View("Targets", model) : NotFound();

    [HttpPost("public")]
    public async Task<IActionResult> Publish(int id, bool on, [FromServices] PublicProgressHandler handler) =>
        this.Answer(await handler.SetAsync(id, on), on ? "The public progress page is on: anyone with its address sees the targets, and nothing else." : "The public progress page is off.",
            () => RedirectToAction(nameof(Index), new { id }));

    // The target by its name ("Raised"); anything else is not a page.
    [HttpGet("{kind:alpha}")]
    public async Task<IActionResult> Records(int id, string kind, int? page, [FromServices] TargetsHandler handler) =>
        Enum.TryParse<TargetKind>(kind, ignoreCase: true, out var target) && await handler.RecordsAsync(id, target, page) is { } model ? View("TargetRecords", model) : NotFound();

    // Anyone may read the program's public progress page while staff keep it on.
    [HttpGet("/progress/{programId:int}"), AllowAnonymous]
    public async Task<IActionResult> Public(int programId, [FromServices] PublicProgressHandler handler) =>
        await handler.PageAsync(programId) is { } model ? View("PublicProgress", model) : NotFound();
}
