using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Infrastructure;

namespace Raaqj.Web.Features.Timeline;

// A person's calendar subscription, and each milestone as an .ics download.
[Route("calendar"), Authorize]
public sealed class CalendarController : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromServices] CalendarHandler handler, [FromServices] CurrentUser user) => View("Calendar", await handler.PageAsync(user.Id!));

    [HttpPost("renew")]
    public async Task<IActionResult> Renew([FromServices] CalendarHandler handler, [FromServices] CurrentUser user)
    {
        await handler.RenewAsync(user.Id!);
        TempData["Status"] = "Your calendar link is ready. Any earlier link no longer works.";
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("revoke")]
    public async Task<IActionResult> Revoke([FromServices] CalendarHandler handler, [FromServices] CurrentUser user)
    {
        await handler.RevokeAsync(user.Id!);
        TempData["Status"] = "Your calendar link is revoked: calendars subscribed to it get nothing more.";
        return RedirectToAction(nameof(Index));
    }

    // The secret address itself is the credential: calendar programs cannot sign in.
    [HttpGet("feed/{token}.ics"), AllowAnonymous]
    public async Task<IActionResult> Feed(string token, [FromServices] CalendarHandler handler) =>
        await handler.FeedAsync(token) is { } ics ? File(Encoding.UTF8.GetBytes(ics), CalendarWriter.ContentType) : NotFound();

    [HttpGet("milestones/{id:int}.ics")]
    public async Task<IActionResult> Milestone(int id, [FromServices] CalendarHandler handler, [FromServices] CurrentUser user) =>
        await handler.OneAsync(id, user.Id!, User.IsInRole(Roles.Staff)) is { } file
            ? File(Encoding.UTF8.GetBytes(file.Ics), CalendarWriter.ContentType, $"milestone-{id}.ics")
            : NotFound();
}
