using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Features.Proposals;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Files;

namespace Raaqj.Web.Features.Intake;

/// <summary>Program staff's view of the proposals that came in: read-only.</summary>
[Route("intake"), Authorize(Roles = Roles.Staff)]
public sealed class IntakeController : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] IntakeQuery query, [FromServices] IntakeListHandler handler) =>
        View(await handler.Handle(query));

    [HttpGet("export.csv")]
    public async Task<IActionResult> Csv([FromQuery] IntakeQuery query, [FromServices] IntakeExportHandler export, [FromServices] ProgramClock clock) =>
        File(await export.Csv(query), "text/csv; charset=utf-8", $"raaqj-proposals-{clock.UtcNow:yyyyMMdd}.csv");

    [HttpGet("export.xlsx")]
    public async Task<IActionResult> Excel([FromQuery] IntakeQuery query, [FromServices] IntakeExportHandler export, [FromServices] ProgramClock clock) =>
        File(await export.Excel(query), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"raaqj-proposals-{clock.UtcNow:yyyyMMdd}.xlsx");

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, [FromServices] IntakeDetailsHandler handler, [FromServices] Reviews.DiscussionHandler discussion)
    {
        if (await handler.Handle(id) is not { } model)
            return NotFound();
        if (model.Proposal.Status == Domain.Proposals.ProposalStatus.Submitted)
            ViewData["Discussion"] = await discussion.Load(id, asStaff: true, $"/intake/{id}/discussion");
        return View(model);
    }

    [HttpPost("{id:int}/discussion")]
    public async Task<IActionResult> Discuss(int id, string? body, [FromServices] IntakeDetailsHandler handler, [FromServices] Reviews.DiscussionHandler discussion)
    {
        if (await handler.Handle(id) is null)
            return NotFound();
        var (key, message) = await discussion.PostAndDescribe(id, body);
        TempData[key] = message;
        return RedirectToAction(nameof(Details), new { id });
    }
}

public sealed record IntakeDetailsModel(Domain.Proposals.Proposal Proposal, string OrganizationName, string RfpTitle, Domain.Selection.DecisionOutcome? Outcome, bool Shortlisted,
    IReadOnlyList<Selection.RegionOverlap> Overlaps);

public sealed class IntakeDetailsHandler(AppDbContext db, IntakeOverlaps overlaps)
{
    public async Task<IntakeDetailsModel?> Handle(int id)
    {
        var proposal = await db.Proposals.AsNoTracking().WithEverything().FirstOrDefaultAsync(p => p.Id == id);
        if (proposal is null)
            return null;
        var names = await db.Organizations.Where(o => o.Id == proposal.OrganizationId).Select(o => new
        {
            o.LegalName,
            Rfp = db.RequestsForAction.Where(r => r.Id == proposal.RequestForActionId).Select(r => r.Title).First(),
        }).SingleAsync();
        var decision = await db.SelectionDecisions.Where(d => d.ProposalId == id).Select(d => new { d.Outcome, d.IsShortlisted }).FirstOrDefaultAsync();
        return new IntakeDetailsModel(proposal, names.LegalName, names.Rfp, decision?.Outcome, decision?.IsShortlisted == true,
            (await overlaps.For([id])).GetValueOrDefault(id, []));
    }
}
