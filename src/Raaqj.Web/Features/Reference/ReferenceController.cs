using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Raaqj.Web.Features.Reference;

// The page benchmark's yardstick (bench/, docs/performance.md): a Fortunes-shaped page inside this app, with its
// pipeline, database and layout, against which the real pages are measured. Off unless Bench:ReferencePage is set.
[Route("bench/reference"), AllowAnonymous]
public sealed class ReferenceController(IConfiguration configuration) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Fortunes([FromServices] ReferenceHandler handler) =>
        configuration.GetValue<bool>("Bench:ReferencePage") ? View("Reference", await handler.Handle()) : NotFound();
}
