using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Reviews;

[Route("reviews/mine"), Authorize(Roles = Roles.Reviewer)]
public sealed class QueueController(QueueHandler handler) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Queue() => View(await handler.Mine());

    [HttpPost("{proposalId:int}/declare")]
    public async Task<IActionResult> Declare(int proposalId, DeclarationForm form, [FromServices] IValidator<DeclarationForm> rules)
    {
        if (!await rules.ValidateIntoAsync(form, ModelState))
        {
            TempData["Problem"] = "Say whether you have a conflict with this applicant before continuing.";
            return RedirectToAction(nameof(Queue));
        }
        if (!await handler.Declare(proposalId, form))
            return NotFound();
        TempData["Status"] = form.Kind == Domain.Reviews.ConflictKind.None
            ? "Thank you. You can now read and score this proposal."
            : "Thank you. You are taken off this proposal, and staff will assign another reviewer.";
        return RedirectToAction(nameof(Queue));
    }
}
