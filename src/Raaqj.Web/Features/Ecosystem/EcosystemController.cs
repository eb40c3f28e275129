using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Domain.Planning;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Exports;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Ecosystem;

// A region's ecosystem map: its team (Owners and Editors change it; Viewers read) and staff. Anything of another
// region answers 404.
[Route("regions/{regionId:int}/stakeholders"), Authorize]
public sealed class EcosystemController : Controller
{
    private const string FormPrefix = "Form";
    private const string ContactPrefix = "Contact";

    [HttpGet("")]
    public async Task<IActionResult> Index(int regionId, [FromQuery] EcosystemQuery query, [FromServices] EcosystemMapHandler handler) =>
        await handler.Handle(regionId, query) is { } model ? View("Ecosystem", model) : NotFound();

    [HttpGet("export.csv")]
    public async Task<IActionResult> ExportCsv(int regionId, [FromQuery] EcosystemQuery query, [FromServices] EcosystemMapHandler handler, [FromServices] ProgramClock clock) =>
        await handler.ExportAsync(regionId, query, excel: false) is { } file ? File(file, TableExport.CsvType, $"raaqj-stakeholders-{regionId}-{clock.UtcNow:yyyyMMdd}.csv") : NotFound();

    [HttpGet("export.xlsx")]
    public async Task<IActionResult> ExportExcel(int regionId, [FromQuery] EcosystemQuery query, [FromServices] EcosystemMapHandler handler, [FromServices] ProgramClock clock) =>
        await handler.ExportAsync(regionId, query, excel: true) is { } file ? File(file, TableExport.ExcelType, $"raaqj-stakeholders-{regionId}-{clock.UtcNow:yyyyMMdd}.xlsx") : NotFound();

    [HttpPost("from-proposal")]
    public async Task<IActionResult> BringIn(int regionId, [FromServices] EcosystemMapHandler handler)
    {
        var outcome = await handler.BringInAsync(regionId);
        return this.Answer(outcome, outcome.Value == 0 ? "Your proposal's stakeholders are all in the map." : $"{outcome.Value} stakeholder(s) brought in from your proposal.",
            () => RedirectToAction(nameof(Index), new { regionId }));
    }

    [HttpGet("new")]
    public async Task<IActionResult> New(int regionId, [FromServices] StakeholderHandler handler) =>
        await handler.NewAsync(regionId, new StakeholderForm { Engagement = EngagementLevel.Informed }) is { } model ? View("NewStakeholder", model) : NotFound();

    [HttpPost("new")]
    public async Task<IActionResult> New(int regionId, [Bind(Prefix = FormPrefix)] StakeholderForm form, [FromServices] IValidator<StakeholderForm> validator,
        [FromServices] StakeholderHandler handler)
    {
        async Task<IActionResult> Again() => await handler.NewAsync(regionId, form) is { } model ? View("NewStakeholder", model) : NotFound();
        if (!await validator.ValidateIntoAsync(form, ModelState, FormPrefix))
            return await Again();
        return await this.Answer(await handler.CreateAsync(regionId, form), "Stakeholder added.", id => RedirectToAction(nameof(Show), new { regionId, id }), _ => Again());
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Show(int regionId, int id, [FromServices] StakeholderHandler handler) =>
        await handler.LoadAsync(regionId, id) is { } model ? View("Stakeholder", model) : NotFound();

    [HttpPost("{id:int}")]
    public async Task<IActionResult> Update(int regionId, int id, [Bind(Prefix = FormPrefix)] StakeholderForm form, [FromServices] IValidator<StakeholderForm> validator,
        [FromServices] StakeholderHandler handler)
    {
        // After a conflict the form keeps what the person typed, with the version saved now: saving again is a knowing choice.
        async Task<IActionResult> Again(Guid theirs)
        {
            if (theirs != Guid.Empty)
                form.Version = theirs;
            return await handler.LoadAsync(regionId, id, form) is { } model ? View("Stakeholder", model) : NotFound();
        }
        if (!await validator.ValidateIntoAsync(form, ModelState, FormPrefix))
            return await Again(Guid.Empty);
        return await this.Answer(await handler.UpdateAsync(regionId, id, form), "Details saved.", _ => RedirectToAction(nameof(Show), new { regionId, id }),
            theirs => Again(theirs), FormPrefix);
    }

    [HttpPost("{id:int}/engagement")]
    public async Task<IActionResult> Engage(int regionId, int id, EngagementLevel level, string? note, Guid version, [FromServices] StakeholderHandler handler) =>
        this.Answer(await handler.EngageAsync(regionId, id, level, note, version), "Engagement saved, with its step in the history.",
            () => RedirectToAction(nameof(Show), null, new { regionId, id }, "engagement"));

    [HttpPost("{id:int}/contacts")]
    public async Task<IActionResult> AddContact(int regionId, int id, [Bind(Prefix = ContactPrefix)] ContactForm form, [FromServices] IValidator<ContactForm> validator,
        [FromServices] StakeholderHandler handler)
    {
        async Task<IActionResult> Again() => await handler.LoadAsync(regionId, id, contact: form) is { } model ? View("Stakeholder", model) : NotFound();
        if (!await validator.ValidateIntoAsync(form, ModelState, ContactPrefix))
            return await Again();
        return await this.Answer(await handler.AddContactAsync(regionId, id, form), "Contact added.",
            () => RedirectToAction(nameof(Show), null, new { regionId, id }, "contacts"), Again);
    }

    [HttpPost("{id:int}/contacts/{contactId:int}/remove")]
    public async Task<IActionResult> RemoveContact(int regionId, int id, int contactId, [FromServices] StakeholderHandler handler) =>
        this.Answer(await handler.RemoveContactAsync(regionId, id, contactId), "Contact removed.",
            () => RedirectToAction(nameof(Show), null, new { regionId, id }, "contacts"));

    [HttpGet("duplicates")]
    public async Task<IActionResult> Duplicates(int regionId, int? page, [FromServices] StakeholderDuplicatesHandler handler) =>
        await handler.Handle(regionId, page) is { } model ? View("Duplicates", model) : NotFound();

    [HttpPost("duplicates/merge")]
    public async Task<IActionResult> Merge(int regionId, int first, int second, Guid firstVersion, Guid secondVersion, int keep, [FromServices] StakeholderDuplicatesHandler handler)
    {
        var (drop, keepVersion, dropVersion) = keep == first ? (second, firstVersion, secondVersion) : (first, secondVersion, firstVersion);
        return this.Answer(await handler.MergeAsync(regionId, keep, drop, keepVersion, dropVersion), "Merged. The record kept has the other's people, and its history is kept.",
            () => RedirectToAction(nameof(Duplicates), new { regionId }));
    }

    [HttpPost("duplicates/apart")]
    public async Task<IActionResult> KeepApart(int regionId, int first, int second, [FromServices] StakeholderDuplicatesHandler handler) =>
        this.Answer(await handler.KeepApartAsync(first, second), "Kept apart: they count as two organizations and will not be offered again.",
            () => RedirectToAction(nameof(Duplicates), new { regionId }));

    [HttpGet("import")]
    public async Task<IActionResult> Import(int regionId, [FromServices] StakeholderImportHandler handler) =>
        await handler.UploadPageAsync(regionId) is { } model ? View("Import", model) : NotFound();

    [HttpPost("import"), RequestSizeLimit(StakeholderImport.MaxBytes + 64 * 1024), RequestFormLimits(MultipartBodyLengthLimit = StakeholderImport.MaxBytes + 64 * 1024)]
    public async Task<IActionResult> Import(int regionId, IFormFile? file, [FromServices] StakeholderImportHandler handler) =>
        await this.Answer(await handler.UploadAsync(regionId, file), null, id => RedirectToAction(nameof(Preview), new { regionId, importId = id }),
            async _ => await handler.UploadPageAsync(regionId) is { } model ? View("Import", model) : NotFound(), null, "file");

    [HttpGet("import/{importId:int}")]
    public async Task<IActionResult> Preview(int regionId, int importId, [FromServices] StakeholderImportHandler handler) =>
        await handler.PreviewAsync(regionId, importId) is { } model ? View("ImportPreview", model) : NotFound();

    [HttpPost("import/{importId:int}")]
    public async Task<IActionResult> Confirm(int regionId, int importId, Guid version, [FromServices] StakeholderImportHandler handler)
    {
        var outcome = await handler.ConfirmAsync(regionId, importId, version);
        return this.Answer(outcome, $"{outcome.Value} stakeholder(s) imported.", () => outcome.Kind == Domain.OutcomeKind.Done
            ? RedirectToAction(nameof(Index), new { regionId }) : RedirectToAction(nameof(Preview), new { regionId, importId }));
    }

    // The columns the import reads, with one example row.
    [HttpGet("template.csv")]
    public IActionResult Template(int regionId) =>
        File(TableExport.Csv(EcosystemMapHandler.Header.SkipLast(1).ToList(),
        [
            ["Lakeshore Manufacturing Alliance", "Employers", "Consulted", "12-3456789", "lakeshoremfg.org", "Convenes 40 manufacturers on hiring standards", 4, 3,
                "Dana Ruiz", "Director", "dana@lakeshoremfg.org", "216-555-0100", ""],
        ]), TableExport.CsvType, "raaqj-stakeholders-template.csv");
}

// Staff see the program's ecosystem maps together.
[Route("program/{id:int}/ecosystem"), Authorize(Roles = Roles.Staff)]
public sealed class CohortEcosystemController : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Ecosystem(int id, int? page, [FromServices] CohortEcosystemHandler handler) =>
        await handler.Handle(id, page) is { } model ? View("CohortEcosystem", model) : NotFound();

    [HttpPost("apart")]
    public async Task<IActionResult> SetApart(int id, int stakeholder, [FromServices] CohortEcosystemHandler handler) =>
        this.Answer(await handler.SetApartAsync(id, stakeholder), "Set apart: it counts as an organization of its own.", () => RedirectToAction(nameof(Ecosystem), new { id }));
}
