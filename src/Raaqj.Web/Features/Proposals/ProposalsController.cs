using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Domain.Proposals;
using Raaqj.Web.Features.Organizations;
using Raaqj.Web.Infrastructure.Geography;
using Raaqj.Web.Infrastructure.Files;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Proposals;

// The applicant's proposal, section by section. Every action first loads the page for a member of the proposal's organization (404 otherwise).
[Route("proposals"), Authorize(Roles = Roles.Anchor)]
public sealed class ProposalsController(ProposalPageHandler pages, SaveSectionHandler saver) : Controller
{
    private const string FormPrefix = "Form";

    [HttpGet("")]
    public async Task<IActionResult> Mine([FromServices] Membership membership, [FromServices] MineHandler handler)
    {
        if (await membership.CurrentAsync() is not { } me)
            return RedirectToAction("Create", "Organizations");
        var model = await handler.Find(me);
        return model.ProposalId is { } id ? RedirectToAction(nameof(Overview), new { id }) : View(model);
    }

    [HttpPost("start")]
    public async Task<IActionResult> Start([FromServices] Membership membership, [FromServices] StartHandler handler)
    {
        if (await membership.CurrentAsync() is not { } me)
            return NotFound();
        var started = await handler.Handle(me);
        return this.Answer(started, "Your proposal is started. Work through the sections in any order; each has its own Save.",
            () => RedirectToAction(nameof(Overview), new { id = started.Value }));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Overview(int id) =>
        await pages.Load(id) is { } page ? View(page) : NotFound();

    [HttpGet("{id:int}/region")]
    public Task<IActionResult> Region(int id) => Show(id, ProposalSection.Region, RegionForm.From);

    [HttpPost("{id:int}/region")]
    public Task<IActionResult> Region(int id, [Bind(Prefix = FormPrefix)] RegionForm form, [FromServices] IValidator<RegionForm> validator, [FromServices] CountyCatalog catalog) =>
        Save(id, ProposalSection.Region, form, validator, p => form.ApplyTo(p, catalog));

    [HttpGet("{id:int}/strategy")]
    public Task<IActionResult> Strategy(int id) => Show(id, ProposalSection.Strategy, StrategyForm.From);

    [HttpPost("{id:int}/strategy")]
    public Task<IActionResult> Strategy(int id, [Bind(Prefix = FormPrefix)] StrategyForm form, [FromServices] IValidator<StrategyForm> validator) =>
        Save(id, ProposalSection.Strategy, form, validator, form.ApplyTo);

    [HttpGet("{id:int}/populations")]
    public Task<IActionResult> Populations(int id) => Show(id, ProposalSection.Populations, PopulationsForm.From);

    [HttpPost("{id:int}/populations")]
    public Task<IActionResult> Populations(int id, [Bind(Prefix = FormPrefix)] PopulationsForm form, [FromServices] IValidator<PopulationsForm> validator) =>
        Save(id, ProposalSection.Populations, form, validator, form.ApplyTo);

    [HttpGet("{id:int}/stakeholders")]
    public Task<IActionResult> Stakeholders(int id) => Show(id, ProposalSection.Stakeholders, StakeholdersForm.From);

    [HttpPost("{id:int}/stakeholders")]
    public Task<IActionResult> Stakeholders(int id, [Bind(Prefix = FormPrefix)] StakeholdersForm form, [FromServices] IValidator<StakeholdersForm> validator) =>
        Save(id, ProposalSection.Stakeholders, form, validator, form.ApplyTo);

    [HttpGet("{id:int}/partnerships")]
    public Task<IActionResult> Partnerships(int id) => Show(id, ProposalSection.Partnerships, PartnershipsForm.From);

    [HttpPost("{id:int}/partnerships")]
    public Task<IActionResult> Partnerships(int id, [Bind(Prefix = FormPrefix)] PartnershipsForm form, [FromServices] IValidator<PartnershipsForm> validator) =>
        Save(id, ProposalSection.Partnerships, form, validator, form.ApplyTo);

    [HttpGet("{id:int}/job-quality")]
    public Task<IActionResult> JobQuality(int id) => Show(id, ProposalSection.JobQuality, JobQualityForm.From);

    [HttpPost("{id:int}/job-quality")]
    public Task<IActionResult> JobQuality(int id, [Bind(Prefix = FormPrefix)] JobQualityForm form, [FromServices] IValidator<JobQualityForm> validator) =>
        Save(id, ProposalSection.JobQuality, form, validator, form.ApplyTo);

    [HttpGet("{id:int}/fundraising")]
    public Task<IActionResult> Fundraising(int id) => Show(id, ProposalSection.Fundraising, FundraisingForm.From);

    [HttpPost("{id:int}/fundraising")]
    public Task<IActionResult> Fundraising(int id, [Bind(Prefix = FormPrefix)] FundraisingForm form, [FromServices] IValidator<FundraisingForm> validator) =>
        Save(id, ProposalSection.Fundraising, form, validator, form.ApplyTo);

    [HttpGet("{id:int}/attachments")]
    public async Task<IActionResult> Attachments(int id) =>
        await pages.Load(id) is { } page ? View(page) : NotFound();

    [HttpPost("{id:int}/attachments"), RequestSizeLimit(DocumentStore.RequestLimit), RequestFormLimits(MultipartBodyLengthLimit = DocumentStore.RequestLimit)]
    public async Task<IActionResult> Upload(int id, IFormFile? file, string? description, [FromServices] AttachmentsHandler handler)
    {
        if (await pages.Load(id) is not { } page)
            return NotFound();
        return await this.Answer(await handler.Upload(page, file, description, HttpContext.RequestAborted), $"{file?.FileName} attached.",
            () => RedirectToAction(nameof(Attachments), new { id }),
            () =>
            {
                ViewData["Description"] = description;
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                return Task.FromResult<IActionResult>(View(nameof(Attachments), page));
            },
            null, AttachmentsHandler.FileField, "Description");
    }

    [HttpPost("{id:int}/attachments/{attachmentId:int}/delete")]
    public async Task<IActionResult> DeleteAttachment(int id, int attachmentId, [FromServices] AttachmentsHandler handler) =>
        await pages.Load(id) is not { } page ? NotFound()
            : this.Answer(await handler.Delete(page, attachmentId), "Attachment removed.", () => RedirectToAction(nameof(Attachments), new { id }));

    [HttpGet("{id:int}/review")]
    public async Task<IActionResult> Review(int id) =>
        await pages.Load(id) is { } page ? View(page) : NotFound();

    [HttpPost("{id:int}/submit")]
    public Task<IActionResult> Submit(int id, bool certified, [FromServices] SubmissionHandler handler) =>
        Decide(id, page => handler.Submit(page, certified), "Submitted. A confirmation with your receipt number was emailed to your team.", "Certified");

    [HttpPost("{id:int}/reopen")]
    public Task<IActionResult> Reopen(int id, [FromServices] SubmissionHandler handler) =>
        Decide(id, handler.Reopen, "The proposal is a draft again. Submit it again before the deadline.");

    [HttpPost("{id:int}/withdraw")]
    public Task<IActionResult> Withdraw(int id, [FromServices] SubmissionHandler handler) =>
        Decide(id, handler.Withdraw, "The proposal is withdrawn and will not be reviewed.");

    [HttpGet("{id:int}/print")]
    public async Task<IActionResult> Print(int id) =>
        await pages.Load(id) is { } page ? View(page) : NotFound();

    private async Task<IActionResult> Decide(int id, Func<ProposalPage, Task<Outcome>> decide, string success, params string[] fields) =>
        await pages.Load(id) is not { } page ? NotFound()
            : await this.Answer(await decide(page), success, () => RedirectToAction(nameof(Review), new { id }), async () =>
            {
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                return View(nameof(Review), await pages.Load(id));
            }, null, fields);

    private async Task<IActionResult> Show<TForm>(int id, ProposalSection section, Func<Proposal, TForm> from) =>
        await pages.Load(id) is { } page ? SectionView(new SectionModel<TForm>(page, section, from(page.Proposal))) : NotFound();

    private async Task<IActionResult> Save<TForm>(int id, ProposalSection section, TForm form, IValidator<TForm> validator,
        Action<Proposal> apply)
        where TForm : ISectionForm
    {
        if (await pages.Load(id) is not { } page)
            return NotFound();
        if (form.Redraw())
        {
            ModelState.Clear();
            return SectionView(new SectionModel<TForm>(page, section, form));
        }
        if (!await validator.ValidateIntoAsync(form, ModelState, FormPrefix))
            return SectionView(new SectionModel<TForm>(page, section, form));

        return await this.Answer(await saver.Save(page, section, form.Version, apply), $"{ProposalLabels.Of(section).Title}: saved.",
            _ => Redirect(Url.Section(id, section)),
            theirs =>
            {
                // Saving again keeps this person's text over the co-author's, knowingly.
                if (theirs is not null)
                    form.Version = SaveSectionHandler.VersionOf(theirs, section);
                return Task.FromResult<IActionResult>(SectionView(new SectionModel<TForm>(page, section, form, theirs)));
            });
    }

    private ViewResult SectionView<TForm>(SectionModel<TForm> model)
    {
        ViewData["ProposalPage"] = model.Page;
        ViewData["ProposalSection"] = model.Section;
        return View(model.Section.ToString(), model);
    }
}
