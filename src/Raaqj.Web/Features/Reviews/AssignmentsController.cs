using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Raaqj.Web.Domain.Accounts;

namespace Raaqj.Web.Features.Reviews;

[Route("reviews/assignments"), Authorize(Roles = Roles.Staff)]
public sealed class AssignmentsController(AssignmentsHandler handler) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index() => View(await handler.Load());

    [HttpPost("auto")]
    public async Task<IActionResult> Auto(int reviewersPerProposal, DateOnly? dueOn)
    {
        if (reviewersPerProposal is < 1 or > 10 || dueOn is null)
        {
            TempData["Problem"] = "Choose between 1 and 10 reviewers per proposal and a due date.";
            return RedirectToAction(nameof(Index));
        }
        var result = await handler.AutoAssign(reviewersPerProposal, dueOn.Value);
        if (result is null)
            return NotFound();
        if (result.Problem is { } problem)
            TempData["Problem"] = problem;
        else
            TempData["Status"] = $"Every submitted proposal has {reviewersPerProposal} reviewer(s), with no conflict and no reviewer over their maximum.";
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("add")]
    public async Task<IActionResult> Add(int proposalId, string? reviewerUserId, DateOnly? dueOn)
    {
        var problem = reviewerUserId is null || dueOn is null
            ? new Domain.RuleViolation("", "Choose a reviewer and a due date.")
            : await handler.Add(proposalId, reviewerUserId, dueOn.Value);
        if (problem is null)
            TempData["Status"] = "Reviewer assigned.";
        else
            TempData["Problem"] = problem.Message;
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("reviews/{reviewId:int}/reopen")]
    public async Task<IActionResult> Reopen(int reviewId, string? reason)
    {
        var problem = await handler.Reopen(reviewId, reason);
        if (problem is null)
            TempData["Status"] = "Review reopened. The reviewer can change it and submit it again.";
        else
            TempData["Problem"] = problem.Message;
        return RedirectToAction(nameof(Index));
    }

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
    public async Task<IActionResult> Remove(int id)
    {
        if (!await handler.Remove(id))
            return NotFound();
        TempData["Status"] = "Reviewer removed from the proposal.";
        return RedirectToAction(nameof(Index));
    }
}
