using FluentValidation;
using Microsoft.AspNetCore.Mvc;
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
        if (await validator.ValidateIntoAsync(form, ModelState))
        {
            var result = await handler.Handle(form);
            if (result.Succeeded)
            {
                TempData["Status"] = "Your password has been changed. Other browsers signed in to your account have been signed out.";
                return RedirectToAction("Dashboard", "Home");
            }
            ModelState.AddIdentityErrors(result.Errors.Any(e => e.Code == "PasswordMismatch") ? nameof(form.CurrentPassword) : nameof(form.Password), result);
        }
        form.CurrentPassword = form.Password = form.ConfirmPassword = "";
        return View(form);
    }
}
