using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Reviews;

[Route("reviews/mine"), Authorize(Roles = Roles.Reviewer)]
public sealed class QueueController(QueueHandler handler) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Queue() => View(await handler.Mine());

    [HttpGet("{proposalId:int}")]
    public async Task<IActionResult> Score(int proposalId, [FromServices] ScoreHandler scoring, [FromServices] DiscussionHandler discussion)
    {
        if (await scoring.Load(proposalId) is not { } model)
            return NotFound();
        // Others' scores and the discussion only once this reviewer has submitted their own.
        if (await discussion.ReviewerMayJoin(proposalId))
            ViewData["Discussion"] = await discussion.Load(proposalId, asStaff: false, Url.Action(nameof(Discuss), new { proposalId })!);
        return View(model);
    }

    [HttpPost("{proposalId:int}/discussion")]
    public async Task<IActionResult> Discuss(int proposalId, string? body, [FromServices] DiscussionHandler discussion)
    {
        if (!await discussion.ReviewerMayJoin(proposalId))
            return NotFound();
        return this.Answer(await discussion.Post(proposalId, body), "Comment posted.", () => RedirectToAction(nameof(Score), new { proposalId }));
    }

    [HttpPost("{proposalId:int}")]
    public async Task<IActionResult> Score(int proposalId, [Bind(Prefix = "Form")] ScoreForm form, [FromServices] IValidator<ScoreForm> rules, [FromServices] ScoreHandler scoring)
    {
        if (await scoring.Load(proposalId, form) is not { } model)
            return NotFound();
        var outcome = await rules.ValidateIntoAsync(form, ModelState, "Form") ? await scoring.Save(model, form) : Outcome.Refused;
        return await this.Answer(outcome, form.Submitting ? "Review submitted. Thank you." : "Draft saved. You can come back to it until you submit.",
            () => RedirectToAction(form.Submitting ? nameof(Queue) : nameof(Score), new { proposalId }),
            () =>
            {
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                return Task.FromResult<IActionResult>(View(model));
            },
            "Form", [.. model.Criteria.Select((_, i) => $"Scores[{i}].Score"), .. model.Criteria.Select((_, i) => $"Scores[{i}].Comment"), nameof(ScoreForm.Recommendation), nameof(ScoreForm.OverallComment)]);
    }

    [HttpPost("{proposalId:int}/declare")]
    public async Task<IActionResult> Declare(int proposalId, DeclarationForm form, [FromServices] IValidator<DeclarationForm> rules, [FromServices] DeclareConflictHandler declare)
    {
        var declared = await rules.ValidateIntoAsync(form, ModelState)
            ? await declare.Handle(proposalId, form)
            : Outcome.Invalid("", "Say whether you have a conflict with this applicant before continuing.");
        return this.Answer(declared, form.Kind == Domain.Reviews.ConflictKind.None
            ? "Thank you. You can now read and score this proposal."
            : "Thank you. You are taken off this proposal, and staff will assign another reviewer.", () => RedirectToAction(nameof(Queue)));
    }
}
