using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Features.Home;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Account;

[Route("account"), AllowAnonymous]
public sealed class AccountController : Controller
{
    [HttpGet("register")]
    public IActionResult Register() => View(new RegisterForm());

    [HttpPost("register"), EnableRateLimiting(AuthRateLimits.Policy), ThrottlePerAccount]
    public async Task<IActionResult> Register(RegisterForm form, [FromServices] IValidator<RegisterForm> validator, [FromServices] RegisterHandler handler)
    {
        var outcome = await validator.ValidateIntoAsync(form, ModelState) ? await handler.Handle(form) : Outcome.Refused;
        return await this.Answer(outcome, null, () => RedirectToAction(nameof(CheckEmail), new { email = form.Email.Trim() }),
            () => Task.FromResult<IActionResult>(View(form)), null, nameof(form.Password));
    }

    [HttpGet("check-email")]
    public IActionResult CheckEmail(string? email) => View(model: email);

    [HttpGet("confirm-email")]
    public async Task<IActionResult> ConfirmEmail(string? userId, string? code, [FromServices] UserManager<AppUser> userManager)
    {
        var user = userId is null ? null : await userManager.FindByIdAsync(userId);
        var confirmed = user is not null && code is not null && (await userManager.ConfirmEmailAsync(user, code)).Succeeded;
        return View(confirmed);
    }

    [HttpPost("resend-confirmation"), EnableRateLimiting(AuthRateLimits.Policy), ThrottlePerAccount]
    public async Task<IActionResult> ResendConfirmation(string? email, [FromServices] ResendConfirmationHandler handler)
    {
        await handler.Handle(email);
        return RedirectToAction(nameof(CheckEmail), new { email });
    }

    [HttpGet("login")]
    public IActionResult Login(string? returnUrl, bool expired = false)
    {
        if (User.Identity?.IsAuthenticated == true)
            return Redirect(SafeReturnUrl(returnUrl));
        ViewData["Expired"] = expired;
        return View(new LoginForm { ReturnUrl = returnUrl });
    }

    [HttpPost("login"), EnableRateLimiting(AuthRateLimits.Policy), ThrottlePerAccount]
    public async Task<IActionResult> Login(LoginForm form, [FromServices] IValidator<LoginForm> validator, [FromServices] LoginHandler handler)
    {
        if (!await validator.ValidateIntoAsync(form, ModelState))
            return View(form);
        var outcome = await handler.Handle(form);
        if (outcome == LoginOutcome.SignedIn)
            return Redirect(SafeReturnUrl(form.ReturnUrl));
        ViewData["Outcome"] = outcome;
        ModelState.AddModelError("", outcome switch
        {
            LoginOutcome.LockedOut => "Too many failed attempts: this account is locked for 15 minutes. You can reset your password meanwhile.",
            LoginOutcome.Disabled => "This account has been disabled. Contact the program team if you need access.",
            LoginOutcome.EmailNotConfirmed => "Please confirm your email address first: follow the link we sent you.",
            _ => "That email and password do not match an account.",
        });
        form.Password = "";
        return View(form);
    }

    [HttpPost("logout")]
    public async Task<IActionResult> Logout([FromServices] SignInManager<AppUser> signIn)
    {
        await signIn.SignOutAsync();
        TempData["Status"] = "You have logged out.";
        return RedirectToAction(nameof(HomeController.PublicRfp), "Home");
    }

    [HttpGet("forgot-password")]
    public IActionResult ForgotPassword() => View(new ForgotPasswordForm());

    [HttpPost("forgot-password"), EnableRateLimiting(AuthRateLimits.Policy), ThrottlePerAccount]
    public async Task<IActionResult> ForgotPassword(ForgotPasswordForm form, [FromServices] IValidator<ForgotPasswordForm> validator, [FromServices] ForgotPasswordHandler handler)
    {
        if (!await validator.ValidateIntoAsync(form, ModelState))
            return View(form);
        await handler.Handle(form);
        return RedirectToAction(nameof(CheckEmail), new { email = form.Email.Trim() });
    }

    [HttpGet("reset-password")]
    public IActionResult ResetPassword(string? email, string? code) =>
        View(new ResetPasswordForm { Email = email ?? "", Code = code ?? "" });

    [HttpPost("reset-password"), EnableRateLimiting(AuthRateLimits.Policy), ThrottlePerAccount]
    public async Task<IActionResult> ResetPassword(ResetPasswordForm form, [FromServices] IValidator<ResetPasswordForm> validator, [FromServices] ResetPasswordHandler handler)
    {
        var outcome = await validator.ValidateIntoAsync(form, ModelState) ? await handler.Handle(form) : Outcome.Refused;
        return await this.Answer(outcome, "Your password has been changed. Log in with the new one.", () => RedirectToAction(nameof(Login)),
            () => Task.FromResult<IActionResult>(View(form)), null, nameof(form.Password));
    }

    [HttpGet("accept-invitation")]
    public async Task<IActionResult> AcceptInvitation(string? userId, string? code, [FromServices] AcceptInvitationHandler handler)
    {
        var invitee = userId is null || code is null ? null : await handler.FindInvitee(userId, code);
        if (invitee is null)
            return View("InvitationInvalid");
        return View(new AcceptInvitationForm { UserId = invitee.Id, Code = code!, DisplayName = invitee.DisplayName });
    }

    [HttpPost("accept-invitation"), EnableRateLimiting(AuthRateLimits.Policy)]
    public async Task<IActionResult> AcceptInvitation(AcceptInvitationForm form, [FromServices] IValidator<AcceptInvitationForm> validator, [FromServices] AcceptInvitationHandler handler)
    {
        var invitee = await handler.FindInvitee(form.UserId, form.Code);
        if (invitee is null)
            return View("InvitationInvalid");
        var outcome = await validator.ValidateIntoAsync(form, ModelState) ? await handler.Handle(invitee, form) : Outcome.Refused;
        return await this.Answer(outcome, "Welcome! Your account is ready.", () => RedirectToAction(nameof(HomeController.Dashboard), "Home"),
            () => Task.FromResult<IActionResult>(View(form)), null, nameof(form.Password));
    }

    private string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : Url.Action(nameof(HomeController.Dashboard), "Home")!;
}
