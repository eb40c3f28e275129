using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Raaqj.Web.Infrastructure.Exports;
using Raaqj.Web.Domain.Accounts;

namespace Raaqj.Web.Features.Reviews;

[Route("reviews/results"), Authorize(Roles = Roles.Staff)]
public sealed class ResultsController : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromServices] ResultsHandler handler, int? page) => View("Results", await handler.Handle(page));

    [HttpGet("scores.csv")]
    public async Task<IActionResult> Csv([FromServices] ScoresExportHandler export) =>
        File(await export.Csv(), TableExport.CsvType, "raaqj-review-scores.csv");

    [HttpGet("scores.xlsx")]
    public async Task<IActionResult> Excel([FromServices] ScoresExportHandler export) =>
        File(await export.Excel(), TableExport.ExcelType, "raaqj-review-scores.xlsx");
}
