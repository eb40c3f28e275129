using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Reviews;

[Route("reviews/assignments"), Authorize(Roles = Roles.Staff)]
public sealed class AssignmentsController(AssignmentsHandler handler) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index() => View("Assignments", await handler.Load());

    [HttpPost("auto")]
    public async Task<IActionResult> Auto(int reviewersPerProposal, DateOnly? dueOn, [FromServices] AutoAssignHandler auto) =>
        this.Answer(reviewersPerProposal is < 1 or > 10 || dueOn is null
                ? Outcome.Invalid("", "Choose between 1 and 10 reviewers per proposal and a due date.")
                : await auto.Handle(reviewersPerProposal, dueOn.Value),
            $"Every submitted proposal has {reviewersPerProposal} reviewer(s), with no conflict and no reviewer over their maximum.",
            () => RedirectToAction(nameof(Index)));

    [HttpPost("add")]
    public async Task<IActionResult> Add(int proposalId, string? reviewerUserId, DateOnly? dueOn, string? reason, [FromServices] AssignReviewerHandler assign) =>
        this.Answer(reviewerUserId is null || dueOn is null
            ? Outcome.Invalid("", "Choose a reviewer and a due date.")
            : await assign.Handle(proposalId, reviewerUserId, dueOn.Value, reason), "Reviewer assigned.", () => RedirectToAction(nameof(Index)));

    [HttpPost("reviews/{reviewId:int}/reopen")]
    public async Task<IActionResult> Reopen(int reviewId, string? reason, [FromServices] ReopenReviewHandler reopen) =>
        this.Answer(await reopen.Handle(reviewId, reason), "Review reopened. The reviewer can change it and submit it again.", () => RedirectToAction(nameof(Index)));

    [HttpGet("progress")]
    public async Task<IActionResult> Progress([FromServices] ProgressHandler progress) => View(await progress.Handle());

    [HttpPost("progress/remind")]
    public async Task<IActionResult> Remind([FromServices] ProgressHandler progress)
    {
        var sent = await progress.RemindOverdue();
        TempData["Status"] = sent == 0 ? "No review is overdue: no reminder sent." : $"Reminders sent to {sent} reviewer(s).";
        return RedirectToAction(nameof(Progress));
    }

    [HttpPost("{id:int}/remove")]
    public async Task<IActionResult> Remove(int id, [FromServices] RemoveAssignmentHandler remove) =>
        this.Answer(await remove.Handle(id), "Reviewer removed from the proposal.", () => RedirectToAction(nameof(Index)));
}
