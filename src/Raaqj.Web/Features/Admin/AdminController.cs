using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Domain.Mail;
using Raaqj.Web.Infrastructure.Mail;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Admin;

[Route("admin"), Authorize(Roles = Roles.Admin)]
public sealed class AdminController : Controller
{
    [HttpGet("")]
    public IActionResult Index() => RedirectToAction("AdminDashboard", "Home");

    [HttpGet("users")]
    public async Task<IActionResult> Users([FromQuery] UsersQuery query, [FromServices] UsersHandler handler) =>
        View(await handler.Handle(query));

    [HttpGet("users/invite")]
    public IActionResult Invite() => View(new InviteForm());

    [HttpPost("users/invite")]
    public async Task<IActionResult> Invite(InviteForm form, [FromServices] IValidator<InviteForm> validator, [FromServices] InviteHandler handler)
    {
        if (!await validator.ValidateIntoAsync(form, ModelState))
            return View(form);
        var user = await handler.Handle(form);
        TempData["Status"] = $"Invitation sent to {user.Email}. It stays valid for 7 days.";
        return RedirectToAction(nameof(UserDetails), new { id = user.Id });
    }

    [HttpGet("users/{id}")]
    public async Task<IActionResult> UserDetails(string id, [FromServices] UserDetailsHandler handler) =>
        await handler.Handle(id) is { } model ? View(model) : NotFound();

    [HttpPost("users/{id}/roles")]
    public async Task<IActionResult> ChangeRoles(string id, [FromForm] string[] roles, [FromServices] UserDetailsHandler details, [FromServices] ChangeRolesHandler handler)
    {
        return await AfterChange(id, await handler.Handle(id, roles), "Roles saved.", details);
    }

    [HttpPost("users/{id}/disable")]
    public async Task<IActionResult> Disable(string id, [FromServices] UserDetailsHandler details, [FromServices] DisableAccountHandler handler) =>
        await AfterChange(id, await handler.Handle(id, true), "Account disabled. The person has been signed out everywhere.", details);

    [HttpPost("users/{id}/enable")]
    public async Task<IActionResult> Enable(string id, [FromServices] UserDetailsHandler details, [FromServices] DisableAccountHandler handler) =>
        await AfterChange(id, await handler.Handle(id, false), "Account enabled again.", details);

    [HttpPost("users/{id}/resend-invitation")]
    public async Task<IActionResult> ResendInvitation(string id, [FromServices] Microsoft.AspNetCore.Identity.UserManager<AppUser> userManager, [FromServices] InviteHandler handler)
    {
        var user = await userManager.FindByIdAsync(id);
        if (user is null || !user.InvitationPending)
            return NotFound();
        var role = (await userManager.GetRolesAsync(user)).FirstOrDefault() ?? Roles.Reviewer;
        await handler.SendInvitationAsync(user, role);
        TempData["Status"] = $"A new invitation was sent to {user.Email}.";
        return RedirectToAction(nameof(UserDetails), new { id });
    }

    [HttpGet("audit")]
    public async Task<IActionResult> Audit([FromQuery] AuditQuery query, [FromServices] AuditLogHandler handler) =>
        View("AuditLog", await handler.Handle(query));

    [HttpGet("mail")]
    public async Task<IActionResult> Mail(OutboxStatus? status, int? page, [FromServices] SentMailHandler handler, [FromServices] IOptions<MailOptions> mail) =>
        View("SentMail", await handler.Handle(status, page, mail.Value.UsesSmtp));

    [HttpGet("mail/{id:long}")]
    public async Task<IActionResult> MailMessage(long id, [FromServices] SentMailMessageHandler handler) =>
        await handler.Handle(id) is { } mail ? View("SentMailMessage", mail) : NotFound();

    [HttpPost("mail/{id:long}/retry")]
    public async Task<IActionResult> RetryMail(long id, [FromServices] RetryMailHandler retry) =>
        this.Answer(await retry.Handle(id), "The message is queued again and leaves within a minute.", () => RedirectToAction(nameof(MailMessage), new { id }));

    private Task<IActionResult> AfterChange(string id, Domain.Outcome outcome, string success, UserDetailsHandler details) =>
        this.Answer(outcome, success, () => RedirectToAction(nameof(UserDetails), new { id }),
            async () => await details.Handle(id) is { } model ? View(nameof(UserDetails), model) : NotFound());
}
