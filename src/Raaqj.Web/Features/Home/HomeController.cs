using System.Diagnostics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Raaqj.Web.Domain.Accounts;

namespace Raaqj.Web.Features.Home;

public sealed class HomeController : Controller
{
    [HttpGet("/"), AllowAnonymous]
    public async Task<IActionResult> Index([FromServices] PublicRfpHandler handler) =>
        View(await handler.Handle());

    /// <summary>Everyone lands here after signing in and is sent on to the dashboard of their role.</summary>
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

    [Route("/error/{code:int?}"), AllowAnonymous, IgnoreAntiforgeryToken]
    public IActionResult Error(int? code)
    {
        var status = code ?? StatusCodes.Status500InternalServerError;
        if (HttpContext.Features.Get<IExceptionHandlerPathFeature>() is not null)
            status = StatusCodes.Status500InternalServerError;
        Response.StatusCode = status;
        return View(new ErrorModel(status, Activity.Current?.Id ?? HttpContext.TraceIdentifier));
    }
}

public sealed record ErrorModel(int StatusCode, string RequestId)
{
    public string Heading => StatusCode switch
    {
        403 => "You don't have access to this page",
        404 => "We couldn't find that page",
        429 => "Too many attempts",
        _ => "Something went wrong",
    };

    public string Explanation => StatusCode switch
    {
        403 => "Your account's role does not include this page. If you think it should, contact the program team.",
        404 => "The page may have moved, or the link may be mistyped or out of date.",
        429 => "Please wait a minute before trying again.",
        _ => "The problem has been logged. Please try again; if it keeps happening, contact the program team and quote the request id below.",
    };
}
