using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Infrastructure.Exports;
using Raaqj.Web.Infrastructure.Files;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Survey;

// Published job quality figures: staff import them (survey-data), each region reads those for its nation, states and
// counties (regions/{regionId}/job-quality-data; anyone outside the region gets 404).
[Authorize]
public sealed class SurveyController : Controller
{
    [HttpGet("survey-data"), Authorize(Roles = Roles.Staff)]
    public async Task<IActionResult> Datasets([FromServices] SurveyDataHandler handler) => View(await handler.ListAsync());

    [HttpPost("survey-data"), Authorize(Roles = Roles.Staff), RequestSizeLimit(CsvUpload.MaxBytes + 64 * 1024),
        RequestFormLimits(MultipartBodyLengthLimit = CsvUpload.MaxBytes + 64 * 1024)]
    public async Task<IActionResult> Upload(string? name, IFormFile? file, [FromServices] SurveyDataHandler handler)
    {
        var outcome = await handler.UploadAsync(name, file);
        return await this.Answer(outcome, null, id => RedirectToAction(nameof(Preview), new { id }), async _ => View("Datasets", await handler.ListAsync()), null, "name", CsvUpload.Field);
    }

    [HttpGet("survey-data/template.csv"), Authorize(Roles = Roles.Staff)]
    public IActionResult Template() => File(System.Text.Encoding.UTF8.GetBytes(SurveyDataHandler.Template), TableExport.CsvType, "raaqj-survey-data-template.csv");

    [HttpGet("survey-data/{id:int}"), Authorize(Roles = Roles.Staff)]
    public async Task<IActionResult> Preview(int id, [FromServices] SurveyDataHandler handler) =>
        await handler.PreviewAsync(id) is { } model ? View(model) : NotFound();

    [HttpPost("survey-data/{id:int}"), Authorize(Roles = Roles.Staff)]
    public async Task<IActionResult> Confirm(int id, Guid version, [FromServices] SurveyDataHandler handler)
    {
        var outcome = await handler.ConfirmAsync(id, version);
        return this.Answer(outcome, outcome.Value == 0 ? "This dataset was already imported." : $"{outcome.Value} figure(s) imported. Regions see those for their places now.",
            () => RedirectToAction(nameof(Preview), new { id }));
    }

    [HttpGet("regions/{regionId:int}/job-quality-data")]
    public async Task<IActionResult> Region(int regionId, [FromServices] RegionSurveyHandler handler) =>
        await handler.Handle(regionId) is { } model ? View(model) : NotFound();
}
