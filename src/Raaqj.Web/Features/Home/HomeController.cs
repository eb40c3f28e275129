using System.Diagnostics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Home;

public sealed class HomeController : Controller
{
    [HttpGet("/"), AllowAnonymous]
    public async Task<IActionResult> PublicRfp([FromServices] PublicRfpHandler handler) =>
        View(await handler.Handle());

    // Everyone lands here after signing in and is sent on to the dashboard of their role.
    [HttpGet("/dashboard")]
    public IActionResult Dashboard()
    {
        foreach (var (role, action) in new[] { (Roles.Admin, nameof(AdminDashboard)), (Roles.Staff, nameof(StaffDashboard)), (Roles.Reviewer, nameof(ReviewerDashboard)), (Roles.Anchor, nameof(AnchorDashboard)) })
            if (User.IsInRole(role))
                return RedirectToAction(action);
        return Forbid();
    }

    [HttpGet("/dashboard/admin"), Authorize(Roles = Roles.Admin)]
    public async Task<IActionResult> AdminDashboard([FromServices] AdminDashboardHandler handler) => View(await handler.Handle());

    [HttpGet("/dashboard/staff"), Authorize(Roles = Roles.Staff)]
    public async Task<IActionResult> StaffDashboard([FromServices] StaffDashboardHandler handler) => View(await handler.Handle());

    [HttpGet("/dashboard/reviewer"), Authorize(Roles = Roles.Reviewer)]
    public IActionResult ReviewerDashboard() => View();

    [HttpGet("/dashboard/anchor"), Authorize(Roles = Roles.Anchor)]
    public async Task<IActionResult> AnchorDashboard([FromServices] AnchorDashboardHandler handler) => View(await handler.Handle());

    // The pipeline re-executes failed requests on this path (WebSetup), so the route and the middleware share it.
    internal const string ErrorRoute = "/error";

    [Route(ErrorRoute + "/{code:int?}"), AllowAnonymous, IgnoreAntiforgeryToken]
    public IActionResult Error()
    {
        // No action parameters: binding them would read the form, which may be the very thing that could not be read.
        int? code = int.TryParse(RouteData.Values["code"]?.ToString(), out var routed) ? routed : null;
        // After an exception the handler has already chosen the status (500, or 4xx for a request it could not read).
        var status = HttpContext.Features.Get<IExceptionHandlerPathFeature>() is not null ? Response.StatusCode : code ?? StatusCodes.Status500InternalServerError;
        Response.StatusCode = status;
        if (status == StatusCodes.Status503ServiceUnavailable)
            Response.Headers.RetryAfter = "30";
        return View(new ErrorModel(status, Activity.Current?.Id ?? HttpContext.TraceIdentifier, ErrorExplanation.Get(HttpContext)));
    }
}
