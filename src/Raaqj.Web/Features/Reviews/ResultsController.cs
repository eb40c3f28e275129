using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Raaqj.Web.Domain.Accounts;

namespace Raaqj.Web.Features.Reviews;

[Route("reviews/results"), Authorize(Roles = Roles.Staff)]
public sealed class ResultsController : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromServices] ResultsHandler handler) => View("Results", await handler.Handle());
}
