using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Features.Admin;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Reviews;

[Route("reviews/reviewers"), Authorize(Roles = Roles.Staff)]
public sealed class ReviewersController(EditReviewerHandler profiles, UserManager<AppUser> userManager) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Pool([FromServices] ReviewerPoolHandler pool) => View("ReviewerPool", await pool.Handle());

    [HttpGet("invite")]
    public IActionResult Invite() => View("InviteReviewer", new ReviewerProfileForm());

    [HttpPost("invite")]
    public async Task<IActionResult> Invite(ReviewerProfileForm form, [FromServices] IValidator<ReviewerProfileForm> profileRules,
        [FromServices] IValidator<InviteForm> accountRules, [FromServices] InviteReviewerHandler handler)
    {
        var account = await accountRules.ValidateAsync(new InviteForm { Email = form.Email, DisplayName = form.DisplayName, Role = Roles.Reviewer });
        foreach (var error in account.Errors)
            ModelState.AddModelError(error.PropertyName, error.ErrorMessage);
        if (!await profileRules.ValidateIntoAsync(form, ModelState))
            return View("InviteReviewer", form);
        await handler.Handle(form);
        TempData["Status"] = $"{form.Email.Trim()} is invited as a reviewer. The invitation stays valid for 7 days.";
        return RedirectToAction(nameof(Pool));
    }

    [HttpGet("{userId}")]
    public async Task<IActionResult> Edit(string userId)
    {
        if (await FindReviewer(userId) is not { } user)
            return NotFound();
        var form = ReviewerProfileForm.From(await profiles.ProfileOf(userId));
        form.Email = user.Email!;
        form.DisplayName = user.DisplayName;
        return View("EditReviewer", form);
    }

    [HttpPost("{userId}")]
    public async Task<IActionResult> Edit(string userId, ReviewerProfileForm form, [FromServices] IValidator<ReviewerProfileForm> rules)
    {
        if (await FindReviewer(userId) is not { } user)
            return NotFound();
        form.Email = user.Email!;
        form.DisplayName = user.DisplayName;
        if (!await rules.ValidateIntoAsync(form, ModelState))
            return View("EditReviewer", form);
        await profiles.SaveProfile(userId, form);
        TempData["Status"] = $"Profile of {user.DisplayName} saved.";
        return RedirectToAction(nameof(Pool));
    }

    private async Task<AppUser?> FindReviewer(string userId) =>
        await userManager.FindByIdAsync(userId) is { } user && await userManager.IsInRoleAsync(user, Roles.Reviewer) ? user : null;
}
