using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Raaqj.Web.Domain;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Account;

// The signed-in person's own password (the rest of Account is for people not yet signed in).
[Route("account/password")]
public sealed class PasswordController : Controller
{
    [HttpGet("")]
    public IActionResult ChangePassword() => View(new ChangePasswordForm());

    [HttpPost("")]
    public async Task<IActionResult> ChangePassword(ChangePasswordForm form, [FromServices] IValidator<ChangePasswordForm> validator, [FromServices] ChangePasswordHandler handler)
    {
        var outcome = await validator.ValidateIntoAsync(form, ModelState) ? await handler.Handle(form) : Outcome.Refused;
        return await this.Answer(outcome, "Your password has been changed. Other browsers signed in to your account have been signed out.",
            () => RedirectToAction("Dashboard", "Home"),
            () =>
            {
                // Passwords are never sent back to the browser.
                form.CurrentPassword = form.Password = form.ConfirmPassword = "";
                return Task.FromResult<IActionResult>(View(form));
            }, null, nameof(form.CurrentPassword), nameof(form.Password));
    }
}
