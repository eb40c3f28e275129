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

public sealed record ErrorModel(int StatusCode, string RequestId, string? Detail = null)
{
    public string Heading => StatusCode switch
    {
        400 => "We couldn't read that request",
        403 => "You don't have access to this page",
        404 => "We couldn't find that page",
        409 => "That was done at the same moment elsewhere",
        413 => "That was too large to send",
        429 => "Too many attempts",
        503 => "The portal is busy for a moment",
        _ => "Something went wrong",
    };

    /// <summary>Whether the person may have typed something: the page then says where it is kept.</summary>
    public bool MayHaveLostText => StatusCode is 503 or 500;

    public string Explanation => Detail ?? StatusCode switch
    {
        400 => "Part of what your browser sent was damaged or incomplete. Go back and try again.",
        409 => "The same change arrived twice at once (a second click, or another tab), and only the first was kept. Go back, reload the page and check that it shows what you meant.",
        413 => "The form or file is larger than the portal accepts. Files may be at most 10 MB each.",
        403 => "Your account's role does not include this page. If you think it should, contact the program team.",
        404 => "The page may have moved, or the link may be mistyped or out of date.",
        429 => "Please wait a minute before trying again.",
        503 => "The database could not take your change just now, so nothing was saved. Please try again in a minute.",
        _ => "The problem has been logged. Please try again; if it keeps happening, contact the program team and quote the request id below.",
    };
}
