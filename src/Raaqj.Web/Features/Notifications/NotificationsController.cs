using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Notifications;

namespace Raaqj.Web.Features.Notifications;

// Every signed-in person's notifications and email choices; each sees only their own.
[Route("notifications"), Authorize]
public sealed class NotificationsController : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? page, bool unread, [FromServices] NotificationListHandler handler) =>
        View("NotificationList", await handler.Handle(page, unread));

    [HttpPost("{id:long}/open")]
    public async Task<IActionResult> Open(long id, [FromServices] OpenNotificationHandler handler)
    {
        var outcome = await handler.Handle(id);
        if (outcome.Kind == OutcomeKind.NotFound)
            return NotFound();
        // The link was made from the portal's routes; anything else goes back to the list.
        return Url.IsLocalUrl(outcome.Value) ? LocalRedirect(outcome.Value!) : RedirectToAction(nameof(Index));
    }

    [HttpPost("read")]
    public async Task<IActionResult> MarkAllRead([FromServices] MarkAllReadHandler handler)
    {
        var count = await handler.Handle();
        TempData["Status"] = count == 0 ? "Nothing was unread." : count == 1 ? "1 notification marked as read." : $"{count} notifications marked as read.";
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("email")]
    public async Task<IActionResult> Email([FromServices] EmailSettingsHandler handler) => View("EmailSettings", await handler.Handle(User));

    [HttpPost("email")]
    public async Task<IActionResult> Email([FromForm] NotificationTopic[] email, [FromServices] EmailSettingsHandler handler)
    {
        await handler.Save(User, email);
        TempData["Status"] = "Your email choices are saved.";
        return RedirectToAction(nameof(Email));
    }
}
