using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Exports;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Selection;

// Program staff choose the cohort: ranking, sensitivity, portfolio, map, decisions and their release.
[Route("selection"), Authorize(Roles = Roles.Staff)]
public sealed class SelectionController : Controller
{
    private const string FormPrefix = "Form";

    [HttpGet("")]
    public async Task<IActionResult> Ranking([FromQuery] RankingQuery query, [FromServices] RankingHandler handler) =>
        await handler.Handle(query) is { } model ? View(model) : View("NoRound");

    [HttpPost("weights")]
    public async Task<IActionResult> Weights([Bind(Prefix = FormPrefix)] WeightsForm form, [FromServices] IValidator<WeightsForm> validator,
        [FromServices] SelectionSettingsHandler settings, [FromServices] RankingHandler ranking)
    {
        var outcome = await validator.ValidateIntoAsync(form, ModelState, FormPrefix) ? await settings.SaveWeights(form) : Outcome.Refused;
        return await this.Answer(outcome, "Priority weights saved. The ranking below uses them.", () => RedirectToAction(nameof(Ranking)),
            async () => await ranking.Handle(new RankingQuery(), form) is { } model ? View(nameof(Ranking), model) : NotFound(),
            FormPrefix, nameof(WeightsForm.ReviewScore), nameof(WeightsForm.LocalMatch), nameof(WeightsForm.PopulationConcentration), nameof(WeightsForm.PastPartnership));
    }

    [HttpGet("ranking.csv")]
    public async Task<IActionResult> RankingCsv([FromQuery] RankingQuery query, [FromServices] SelectionExportHandler export, [FromServices] ProgramClock clock)
    {
        var (header, rows) = await export.Ranking(query);
        return File(TableExport.Csv(header, rows), TableExport.CsvType, $"raaqj-ranking-{clock.UtcNow:yyyyMMdd}.csv");
    }

    [HttpGet("ranking.xlsx")]
    public async Task<IActionResult> RankingExcel([FromQuery] RankingQuery query, [FromServices] SelectionExportHandler export, [FromServices] ProgramClock clock)
    {
        var (header, rows) = await export.Ranking(query);
        return File(await TableExport.Excel("Ranking", header, rows), TableExport.ExcelType, $"raaqj-ranking-{clock.UtcNow:yyyyMMdd}.xlsx");
    }

    [HttpGet("sensitivity")]
    public async Task<IActionResult> Sensitivity([FromServices] SensitivityHandler handler) =>
        await handler.Handle() is { } model ? View(model) : View("NoRound");

    [HttpGet("portfolio")]
    public async Task<IActionResult> Portfolio(bool suggest, int? page, [FromServices] PortfolioHandler handler) =>
        await handler.Handle(suggest, page) is { } model ? View(model) : View("NoRound");

    [HttpPost("portfolio/rules")]
    public async Task<IActionResult> Rules([Bind(Prefix = FormPrefix)] RulesForm form, [FromServices] IValidator<RulesForm> validator,
        [FromServices] SelectionSettingsHandler settings, [FromServices] PortfolioHandler portfolio)
    {
        var outcome = await validator.ValidateIntoAsync(form, ModelState, FormPrefix) ? await settings.SaveRules(form) : Outcome.Refused;
        return await this.Answer(outcome, "Cohort rules saved.", () => RedirectToAction(nameof(Portfolio)),
            async () => await portfolio.Handle(false, postedRules: form) is { } model ? View(nameof(Portfolio), model) : NotFound(), FormPrefix);
    }

    [HttpPost("portfolio/{proposalId:int}/add")]
    public async Task<IActionResult> Shortlist(int proposalId, [FromServices] ShortlistHandler shortlist) =>
        this.Answer(await shortlist.Set(proposalId, true), "Added to the shortlist.", () => RedirectToAction(nameof(Portfolio)));

    [HttpPost("portfolio/{proposalId:int}/remove")]
    public async Task<IActionResult> Unshortlist(int proposalId, [FromServices] ShortlistHandler shortlist) =>
        this.Answer(await shortlist.Set(proposalId, false), "Taken off the shortlist.", () => RedirectToAction(nameof(Portfolio)));

    [HttpPost("portfolio/apply")]
    public async Task<IActionResult> ApplySuggestion(int[] ids, [FromServices] ShortlistHandler shortlist) =>
        this.Answer(await shortlist.Replace(ids), $"The shortlist is now the suggested {ids.Length} regions.", () => RedirectToAction(nameof(Portfolio)));

    [HttpGet("map")]
    public async Task<IActionResult> Map([FromServices] MapHandler handler, int? page) =>
        await handler.Handle(page) is { } model ? View(model) : View("NoRound");

    // The map's regions, as an image the browser keeps: its address carries the content stamp (MapModel.RegionsVersion).
    [HttpGet("map/regions.svg")]
    public async Task<IActionResult> MapRegions([FromServices] MapHandler handler)
    {
        if (await handler.RegionsImageAsync() is not { } svg)
            return NotFound();
        Response.Headers.CacheControl = "private, max-age=31536000, immutable";
        return Content(svg, "image/svg+xml");
    }

    [HttpGet("decisions")]
    public async Task<IActionResult> Decisions(int? page, [FromServices] DecisionsHandler handler) =>
        await handler.Handle(page) is { } model ? View(model) : View("NoRound");

    [HttpGet("decisions/{proposalId:int}")]
    public async Task<IActionResult> Decide(int proposalId, [FromServices] DecideHandler handler) =>
        await handler.Load(proposalId) is { } model ? View(model) : NotFound();

    [HttpPost("decisions/{proposalId:int}")]
    public async Task<IActionResult> Decide(int proposalId, [Bind(Prefix = FormPrefix)] DecisionForm form, [FromServices] IValidator<DecisionForm> validator,
        [FromServices] DecideHandler handler)
    {
        var outcome = await validator.ValidateIntoAsync(form, ModelState, FormPrefix) ? await handler.Decide(proposalId, form) : Outcome<DecisionForm>.Of(Outcome.Refused);
        return await this.Answer(outcome, "Decision saved as a draft. Applicants see it only when you release the decisions.", _ => RedirectToAction(nameof(Decisions)),
            async theirs => await handler.Load(proposalId, form, theirs) is { } model ? View(model) : NotFound(),
            FormPrefix, nameof(DecisionForm.Outcome), nameof(DecisionForm.Rationale));
    }

    [HttpPost("decisions/release")]
    public async Task<IActionResult> Release([FromServices] ReleaseDecisionsHandler handler)
    {
        var released = await handler.Release();
        return this.Answer(released, $"Released {released.Value} decision(s). Each applicant has been emailed and sees the outcome on their dashboard.",
            () => RedirectToAction(nameof(Decisions)));
    }

    [HttpGet("decisions.csv")]
    public async Task<IActionResult> DecisionsCsv([FromServices] SelectionExportHandler export, [FromServices] ProgramClock clock)
    {
        var (header, rows) = await export.Decisions();
        return File(TableExport.Csv(header, rows), TableExport.CsvType, $"raaqj-decisions-{clock.UtcNow:yyyyMMdd}.csv");
    }

    [HttpGet("decisions.xlsx")]
    public async Task<IActionResult> DecisionsExcel([FromServices] SelectionExportHandler export, [FromServices] ProgramClock clock)
    {
        var (header, rows) = await export.Decisions();
        return File(await TableExport.Excel("Decisions", header, rows), TableExport.ExcelType, $"raaqj-decisions-{clock.UtcNow:yyyyMMdd}.xlsx");
    }

    [HttpGet("cohort/summary")]
    public async Task<IActionResult> CohortSummary([FromServices] CohortSummaryHandler handler) =>
        await handler.Handle() is { } model ? View(model) : View("NoRound");
}
