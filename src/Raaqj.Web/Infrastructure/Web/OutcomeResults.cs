using Microsoft.AspNetCore.Mvc;
using Raaqj.Web.Domain;

namespace Raaqj.Web.Infrastructure.Web;

// The one place an Outcome becomes an answer: 404 when not found; on done, the confirmation and
// the redirect; when invalid or in conflict, the problems next to their fields (or above the form) and the
// form shown again with what the person typed, given the other version in a conflict.
public static class OutcomeResults
{
    // For a button with no form to show again: back to the page, with the confirmation or the reason it was refused.
    public static IActionResult Answer(this Controller controller, Outcome outcome, string confirmation, Func<IActionResult> back)
    {
        if (outcome.Kind == OutcomeKind.NotFound)
            return controller.NotFound();
        if (outcome.Kind == OutcomeKind.Done)
            controller.TempData["Status"] = confirmation;
        else
            controller.TempData["Problem"] = string.Join(" ", outcome.Problems.Select(p => p.Message));
        return back();
    }

    public static Task<IActionResult> Answer(this Controller controller, Outcome outcome, string? confirmation, Func<IActionResult> done,
        Func<Task<IActionResult>> again, string? prefix = null, params string[] fields) =>
        controller.Answer(Outcome<object>.Of(outcome), confirmation, _ => done(), _ => again(), prefix, fields);

    public static async Task<IActionResult> Answer<T>(this Controller controller, Outcome<T> outcome, string? confirmation, Func<T?, IActionResult> done,
        Func<T?, Task<IActionResult>> again, string? prefix = null, params string[] fields)
    {
        switch (outcome.Kind)
        {
            case OutcomeKind.NotFound:
                return controller.NotFound();
            case OutcomeKind.Done:
                // No confirmation when the next page says it, or must not (registration never says whether an account was made).
                if (confirmation is not null)
                    controller.TempData["Status"] = confirmation;
                return done(outcome.Value);
            default:
                controller.ModelState.AddRuleViolations(outcome.Problems, prefix, fields);
                return await again(outcome.Kind == OutcomeKind.Conflict ? outcome.Value : default);
        }
    }
}
