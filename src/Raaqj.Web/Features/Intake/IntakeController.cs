using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Raaqj.Web.Infrastructure.Exports;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Intake;

// Program staff's view of the proposals that came in: read-only.
[Route("intake"), Authorize(Roles = Roles.Staff)]
public sealed class IntakeController : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] IntakeQuery query, [FromServices] IntakeListHandler handler) =>
        View("IntakeList", await handler.Handle(query));

    [HttpGet("export.csv")]
    public async Task<IActionResult> Csv([FromQuery] IntakeQuery query, [FromServices] IntakeExportHandler export, [FromServices] ProgramClock clock) =>
        File(await export.Csv(query), TableExport.CsvType, $"raaqj-proposals-{clock.UtcNow:yyyyMMdd}.csv");

    [HttpGet("export.xlsx")]
    public async Task<IActionResult> Excel([FromQuery] IntakeQuery query, [FromServices] IntakeExportHandler export, [FromServices] ProgramClock clock) =>
        File(await export.Excel(query), TableExport.ExcelType, $"raaqj-proposals-{clock.UtcNow:yyyyMMdd}.xlsx");

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, [FromServices] IntakeDetailsHandler handler, [FromServices] Reviews.DiscussionHandler discussion)
    {
        if (await handler.Handle(id) is not { } model)
            return NotFound();
        if (model.Proposal.Status == Domain.Proposals.ProposalStatus.Submitted)
            ViewData["Discussion"] = await discussion.Load(id, asStaff: true, Url.Action(nameof(Discuss), new { id })!);
        return View(model);
    }

    [HttpPost("{id:int}/discussion")]
    public async Task<IActionResult> Discuss(int id, string? body, [FromServices] IntakeDetailsHandler handler, [FromServices] Reviews.DiscussionHandler discussion)
    {
        if (await handler.Handle(id) is null)
            return NotFound();
        return this.Answer(await discussion.Post(id, body), "Comment posted.", () => RedirectToAction(nameof(Details), new { id }));
    }
}
