using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Raaqj.Web.Infrastructure.Exports;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.ActionPlans;

// A region's job quality action plan: its team writes it (Owners and Editors; Viewers read), staff review it. Anything
// of another region answers 404.
[Route("regions/{regionId:int}/plan"), Authorize]
public sealed class PlanController : Controller
{
    private const string FormPrefix = "Form";

    [HttpGet("")]
    public async Task<IActionResult> Index(int regionId, [FromServices] PlanHandler handler) =>
        await handler.LoadAsync(regionId) is { } model ? View("Plan", model) : NotFound();

    [HttpPost("submit")]
    public async Task<IActionResult> Submit(int regionId, Guid version, [FromServices] PlanHandler handler) =>
        this.Answer(await handler.SubmitAsync(regionId, version), "Plan submitted. This version is frozen while the program team reviews it.", () => Back(regionId));

    [HttpPost("comments")]
    public async Task<IActionResult> Comment(int regionId, string? item, string? body, [FromServices] PlanHandler handler) =>
        this.Answer(await handler.CommentAsync(regionId, item, body), "Comment saved. The region sees it with your decision.",
            () => RedirectToAction(nameof(Index), null, new { regionId }, item is null or "plan" ? "review" : item.Replace(':', '-')));

    [HttpPost("decide")]
    public async Task<IActionResult> Decide(int regionId, string decision, string? note, Guid version, [FromServices] PlanHandler handler) =>
        this.Answer(await handler.DecideAsync(regionId, decision == "approve", note, version),
            decision == "approve" ? "Plan approved. The region's milestone is done and its team has been told." : "Changes requested. The region's team has been told.",
            () => Back(regionId));

    [HttpPost("revise")]
    public async Task<IActionResult> Revise(int regionId, Guid version, [FromServices] PlanHandler handler) =>
        this.Answer(await handler.ReviseAsync(regionId, version), "Revision opened: the plan is a draft again; the approved version is kept.", () => Back(regionId));

    [HttpGet("goals/new")]
    public async Task<IActionResult> NewGoal(int regionId, int? dimension, [FromServices] PlanItemsHandler handler) =>
        await handler.GoalPageAsync(regionId, null, new GoalForm { DimensionId = dimension }) is { Standing.IsTeam: true } model ? View("Goal", model) : NotFound();

    [HttpGet("goals/{id:int}")]
    public async Task<IActionResult> Goal(int regionId, int id, [FromServices] PlanItemsHandler handler) =>
        await handler.GoalPageAsync(regionId, id) is { } model ? View("Goal", model) : NotFound();

    [HttpPost("goals/new")]
    public Task<IActionResult> NewGoal(int regionId, [Bind(Prefix = FormPrefix)] GoalForm form, [FromServices] IValidator<GoalForm> validator, [FromServices] PlanItemsHandler handler) =>
        SaveGoal(regionId, null, form, validator, handler);

    [HttpPost("goals/{id:int}")]
    public Task<IActionResult> Goal(int regionId, int id, [Bind(Prefix = FormPrefix)] GoalForm form, [FromServices] IValidator<GoalForm> validator, [FromServices] PlanItemsHandler handler) =>
        SaveGoal(regionId, id, form, validator, handler);

    private async Task<IActionResult> SaveGoal(int regionId, int? id, GoalForm form, IValidator<GoalForm> validator, PlanItemsHandler handler)
    {
        // After a conflict the form keeps what the person typed with the version saved now, so saving again is knowing.
        async Task<IActionResult> Again(int _)
        {
            if (id is not null && Conflicted && await handler.GoalPageAsync(regionId, id) is { } saved)
                form.Version = saved.Form.Version;
            return await handler.GoalPageAsync(regionId, id, form) is { } model ? View("Goal", model) : NotFound();
        }
        if (!await validator.ValidateIntoAsync(form, ModelState, FormPrefix))
            return await Again(0);
        return await this.Answer(await handler.SaveGoalAsync(regionId, id, form), "Goal saved.", goal => RedirectToAction(nameof(Index), null, new { regionId }, $"goal-{goal}"),
            Again, FormPrefix, nameof(GoalForm.DimensionId));
    }

    private bool Conflicted => ModelState.TryGetValue("", out var general) && general.Errors.Count > 0;

    [HttpGet("goals/{goalId:int}/strategies/new")]
    public async Task<IActionResult> NewStrategy(int regionId, int goalId, [FromServices] PlanItemsHandler handler) =>
        await handler.StrategyPageAsync(regionId, goalId, null) is { Standing.IsTeam: true } model ? View("Strategy", model) : NotFound();

    [HttpPost("goals/{goalId:int}/strategies/new")]
    public Task<IActionResult> NewStrategy(int regionId, int goalId, [Bind(Prefix = FormPrefix)] StrategyForm form, [FromServices] IValidator<StrategyForm> validator,
        [FromServices] PlanItemsHandler handler) => SaveStrategy(regionId, goalId, null, form, validator, handler);

    [HttpGet("strategies/{id:int}")]
    public async Task<IActionResult> Strategy(int regionId, int id, [FromServices] PlanItemsHandler handler) =>
        await handler.StrategyPageAsync(regionId, null, id) is { } model ? View("Strategy", model) : NotFound();

    [HttpPost("strategies/{id:int}")]
    public Task<IActionResult> Strategy(int regionId, int id, [Bind(Prefix = FormPrefix)] StrategyForm form, [FromServices] IValidator<StrategyForm> validator,
        [FromServices] PlanItemsHandler handler) => SaveStrategy(regionId, null, id, form, validator, handler);

    private async Task<IActionResult> SaveStrategy(int regionId, int? goalId, int? id, StrategyForm form, IValidator<StrategyForm> validator, PlanItemsHandler handler)
    {
        async Task<IActionResult> Again(int _)
        {
            if (id is not null && Conflicted && await handler.StrategyPageAsync(regionId, null, id) is { } saved)
                form.Version = saved.Form.Version;
            return await handler.StrategyPageAsync(regionId, goalId ?? form.GoalId, id, form) is { } model ? View("Strategy", model) : NotFound();
        }
        if (!await validator.ValidateIntoAsync(form, ModelState, FormPrefix))
            return await Again(0);
        return await this.Answer(await handler.SaveStrategyAsync(regionId, id, form), "Strategy saved.",
            strategy => RedirectToAction(nameof(Index), null, new { regionId }, $"strategy-{strategy}"), Again, FormPrefix, nameof(StrategyForm.GoalId));
    }

    [HttpGet("strategies/{strategyId:int}/actions/new")]
    public async Task<IActionResult> NewAction(int regionId, int strategyId, [FromServices] PlanItemsHandler handler) =>
        await handler.ActionPageAsync(regionId, strategyId, null) is { Standing.IsTeam: true } model ? View("Action", model) : NotFound();

    [HttpPost("strategies/{strategyId:int}/actions/new")]
    public Task<IActionResult> NewAction(int regionId, int strategyId, [Bind(Prefix = FormPrefix)] ActionForm form, [FromServices] IValidator<ActionForm> validator,
        [FromServices] PlanItemsHandler handler) => SaveAction(regionId, strategyId, null, form, validator, handler);

    [HttpGet("actions/{id:int}")]
    public async Task<IActionResult> Action(int regionId, int id, [FromServices] PlanItemsHandler handler) =>
        await handler.ActionPageAsync(regionId, null, id) is { } model ? View("Action", model) : NotFound();

    [HttpPost("actions/{id:int}")]
    public Task<IActionResult> Action(int regionId, int id, [Bind(Prefix = FormPrefix)] ActionForm form, [FromServices] IValidator<ActionForm> validator,
        [FromServices] PlanItemsHandler handler) => SaveAction(regionId, null, id, form, validator, handler);

    private async Task<IActionResult> SaveAction(int regionId, int? strategyId, int? id, ActionForm form, IValidator<ActionForm> validator, PlanItemsHandler handler)
    {
        async Task<IActionResult> Again(int _)
        {
            if (id is not null && Conflicted && await handler.ActionPageAsync(regionId, null, id) is { } saved)
                form.Version = saved.Form.Version;
            return await handler.ActionPageAsync(regionId, strategyId ?? form.StrategyId, id, form) is { } model ? View("Action", model) : NotFound();
        }
        if (!await validator.ValidateIntoAsync(form, ModelState, FormPrefix))
            return await Again(0);
        return await this.Answer(await handler.SaveActionAsync(regionId, id, form), "Action saved.",
            action => id is null ? RedirectToAction(nameof(Action), new { regionId, id = action }) : RedirectToAction(nameof(Index), null, new { regionId }, $"action-{action}"),
            Again, FormPrefix, nameof(ActionForm.StrategyId), nameof(ActionForm.LeadStakeholderId));
    }

    [HttpPost("actions/{id:int}/measures")]
    public async Task<IActionResult> NewMeasure(int regionId, int id, [Bind(Prefix = "NewMeasure")] MeasureForm form, [FromServices] IValidator<MeasureForm> validator,
        [FromServices] PlanItemsHandler handler)
    {
        async Task<IActionResult> Again(int _) => await handler.ActionPageAsync(regionId, null, id, newMeasure: form) is { } model ? View("Action", model) : NotFound();
        if (!await validator.ValidateIntoAsync(form, ModelState, "NewMeasure"))
            return await Again(0);
        return await this.Answer(await handler.SaveMeasureAsync(regionId, id, null, form), "Measure added.",
            _ => RedirectToAction(nameof(Action), null, new { regionId, id }, "measures"), Again);
    }

    [HttpPost("actions/{id:int}/measures/{measureId:int}")]
    public async Task<IActionResult> Measure(int regionId, int id, int measureId, MeasureForm form, [FromServices] IValidator<MeasureForm> validator,
        [FromServices] PlanItemsHandler handler)
    {
        var result = await validator.ValidateAsync(form);
        if (!result.IsValid)
        {
            TempData["Problem"] = string.Join(" ", result.Errors.Select(e => e.ErrorMessage));
            return RedirectToAction(nameof(Action), null, new { regionId, id }, $"measure-{measureId}");
        }
        var outcome = await handler.SaveMeasureAsync(regionId, id, measureId, form);
        return this.Answer(outcome, "Measure saved.", () => RedirectToAction(nameof(Action), null, new { regionId, id }, $"measure-{measureId}"));
    }

    [HttpPost("remove/{kind:regex(^(goal|strategy|action|measure)$)}/{id:int}")]
    public async Task<IActionResult> Remove(int regionId, string kind, int id, Guid version, int? back, [FromServices] PlanItemsHandler handler) =>
        this.Answer(await handler.RemoveAsync(regionId, kind, id, version), $"The {kind} was removed.",
            () => back is { } action ? RedirectToAction(nameof(Action), new { regionId, id = action }) : Back(regionId));

    [HttpGet("versions")]
    public async Task<IActionResult> Versions(int regionId, [FromServices] PlanVersionsHandler handler) =>
        await handler.ListAsync(regionId) is { } model ? View("Versions", model) : NotFound();

    [HttpGet("compare")]
    public async Task<IActionResult> Compare(int regionId, int? from, int? to, [FromServices] PlanVersionsHandler handler) =>
        await handler.CompareAsync(regionId, from, to) is { } model ? View("Compare", model) : NotFound();

    [HttpGet("print")]
    public async Task<IActionResult> Print(int regionId, int? version, [FromServices] PlanVersionsHandler handler) =>
        await handler.PrintAsync(regionId, version) is { } model ? View("Print", model) : NotFound();

    [HttpGet("export.csv")]
    public async Task<IActionResult> ExportCsv(int regionId, int? version, [FromServices] PlanVersionsHandler handler) =>
        await handler.ExportAsync(regionId, version, excel: false) is { } file ? File(file.File, TableExport.CsvType, file.Name) : NotFound();

    [HttpGet("export.xlsx")]
    public async Task<IActionResult> ExportExcel(int regionId, int? version, [FromServices] PlanVersionsHandler handler) =>
        await handler.ExportAsync(regionId, version, excel: true) is { } file
            ? File(file.File, TableExport.ExcelType, file.Name) : NotFound();

    private RedirectToActionResult Back(int regionId) => RedirectToAction(nameof(Index), new { regionId });
}

// Staff see every region's plan side by side, and keep the list of job quality dimensions.
[Authorize(Roles = Roles.Staff)]
public sealed class CohortPlansController : Controller
{
    [HttpGet("program/{id:int}/plans")]
    public async Task<IActionResult> Plans(int id, [FromServices] CohortPlansHandler handler) =>
        await handler.Handle(id) is { } model ? View("CohortPlans", model) : NotFound();

    [HttpGet("program/dimensions")]
    public async Task<IActionResult> Dimensions([FromServices] DimensionsHandler handler) => View("Dimensions", await handler.LoadAsync());

    [HttpPost("program/dimensions")]
    public async Task<IActionResult> Dimensions([Bind(Prefix = "New")] DimensionForm form, [FromServices] IValidator<DimensionForm> validator, [FromServices] DimensionsHandler handler)
    {
        async Task<IActionResult> Again() => View("Dimensions", await handler.LoadAsync(form));
        if (!await validator.ValidateIntoAsync(form, ModelState, "New"))
            return await Again();
        return await this.Answer(await handler.SaveAsync(form), "Dimension saved.", () => RedirectToAction(nameof(Dimensions)), Again, "New", nameof(DimensionForm.Name));
    }
}
