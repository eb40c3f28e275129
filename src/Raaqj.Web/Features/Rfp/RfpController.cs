using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Rfp;

[Route("rfp"), Authorize(Roles = Roles.Staff)]
public sealed class RfpController : Controller
{
    private const string AddCriterionIntent = "add-criterion";

    // The edit view's fields are named after EditModel.Form (Form.Title, Form.Criteria[0].Weight).
    private const string FormPrefix = "Form";

    [HttpGet("")]
    public async Task<IActionResult> Index(string? sort, int? page, [FromServices] IndexHandler handler) =>
        View(await handler.Handle(sort, page));

    [HttpGet("new")]
    public IActionResult Create([FromServices] EditHandler handler) =>
        View("Edit", new EditModel(handler.NewForm(), Domain.Rfp.RfpStatus.Draft));

    [HttpPost("new")]
    public Task<IActionResult> Create([Bind(Prefix = FormPrefix)] RfpForm form, string? intent, [FromServices] IValidator<RfpForm> validator, [FromServices] EditHandler handler)
    {
        form.Id = 0;
        return Save(form, Domain.Rfp.RfpStatus.Draft, intent, validator, handler);
    }

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, [FromServices] EditHandler handler) =>
        await handler.Load(id) is { } model ? View(model) : NotFound();

    [HttpPost("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = FormPrefix)] RfpForm form, string? intent, [FromServices] IValidator<RfpForm> validator, [FromServices] EditHandler handler)
    {
        var current = await handler.Load(id);
        if (current is null)
            return NotFound();
        form.Id = id;
        return await Save(form, current.Status, intent, validator, handler);
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, [FromServices] DetailsHandler handler) =>
        await handler.Handle(id) is { } model ? View(model) : NotFound();

    [HttpPost("{id:int}/publish")]
    public async Task<IActionResult> Publish(int id, Guid version, [FromServices] ChangeStatusHandler handler, [FromServices] DetailsHandler details) =>
        await AfterStatusChange(id, await handler.Publish(id, version), "Published. Applicants can now read the request on the home page.", details);

    [HttpPost("{id:int}/close")]
    public async Task<IActionResult> Close(int id, Guid version, [FromServices] ChangeStatusHandler handler, [FromServices] DetailsHandler details) =>
        await AfterStatusChange(id, await handler.Close(id, version), "Closed. No more proposals can be submitted to this request.", details);

    private async Task<IActionResult> Save(RfpForm form, Domain.Rfp.RfpStatus status, string? intent, IValidator<RfpForm> validator, EditHandler handler)
    {
        // "Add a criterion" redraws the form with one more row; nothing is validated or saved yet.
        if (intent == AddCriterionIntent)
        {
            form.Criteria.Add(new CriterionForm());
            return View("Edit", new EditModel(form, status));
        }
        if (!await validator.ValidateIntoAsync(form, ModelState, FormPrefix))
            return View("Edit", new EditModel(form, status));
        return await this.Answer(await handler.Save(form), form.Id == 0 ? "Draft created. Preview it, then publish when it is ready." : "Changes saved.",
            saved => RedirectToAction(nameof(Details), new { id = saved!.Id }),
            theirs =>
            {
                // Saving again keeps this person's version over theirs, knowingly.
                if (theirs is not null)
                    form.Version = theirs.Version;
                return Task.FromResult<IActionResult>(View("Edit", new EditModel(form, status, theirs)));
            },
            FormPrefix, nameof(RfpForm.Criteria));
    }

    private Task<IActionResult> AfterStatusChange(int id, Domain.Outcome outcome, string success, DetailsHandler details) =>
        this.Answer(outcome, success, () => RedirectToAction(nameof(Details), new { id }), async () =>
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return await details.Handle(id) is { } model ? View(nameof(Details), model) : NotFound();
        });
}
