using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Raaqj.Web.Domain;
using Raaqj.Web.Features.Organizations;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Files;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Workspace;

// A cohort region's workspace: its team, partners, library and announcements. Its team and staff only (RegionAccess);
// anyone else gets 404.
[Route("regions"), Authorize]
public sealed class WorkspaceController : Controller
{
    public const string LibraryPrefix = "Library";
    public const string InvitePrefix = "Invite";

    // "My region": straight to it when there is one.
    [HttpGet("mine")]
    public async Task<IActionResult> Mine([FromServices] WorkspaceHandler handler, [FromServices] CurrentUser user)
    {
        var regions = await handler.MineAsync(user.Id!);
        return regions.Count == 1 ? RedirectToAction(nameof(Home), new { regionId = regions[0].Id }) : View("MyRegions", regions);
    }

    [HttpGet("{regionId:int}")]
    public async Task<IActionResult> Home(int regionId, [FromServices] WorkspaceHandler handler) =>
        await handler.Handle(regionId) is { } model ? View("Workspace", model) : NotFound();

    [HttpPost("{regionId:int}/library"), RequestSizeLimit(DocumentStore.RequestLimit), RequestFormLimits(MultipartBodyLengthLimit = DocumentStore.RequestLimit)]
    public async Task<IActionResult> AddFile(int regionId, string? title, IFormFile? file, [FromServices] RegionLibraryHandler library, [FromServices] WorkspaceHandler handler)
    {
        ViewData["LibraryTitle"] = title;
        return await this.Answer(await library.AddAsync(regionId, title, file), "File added to the library.",
            () => RedirectToAction(nameof(Home), null, new { regionId }, "library"),
            () => Again(regionId, handler), LibraryPrefix, RegionLibraryHandler.TitleField, DocumentStore.FileField);
    }

    [HttpPost("{regionId:int}/library/{fileId:int}"), RequestSizeLimit(DocumentStore.RequestLimit), RequestFormLimits(MultipartBodyLengthLimit = DocumentStore.RequestLimit)]
    public async Task<IActionResult> AddVersion(int regionId, int fileId, Guid version, IFormFile? file, [FromServices] RegionLibraryHandler library,
        [FromServices] WorkspaceHandler handler) =>
        await this.Answer(await library.AddVersionAsync(regionId, fileId, version, file), "New version uploaded. Earlier versions are kept below it.",
            () => RedirectToAction(nameof(Home), null, new { regionId }, "library"), () => Again(regionId, handler), RegionLibraryHandler.VersionPrefix(fileId),
            DocumentStore.FileField);

    [HttpPost("{regionId:int}/partners")]
    public async Task<IActionResult> Invite(int regionId, [Bind(Prefix = InvitePrefix)] TeamInviteForm form, [FromServices] IValidator<TeamInviteForm> validator,
        [FromServices] RegionPartnersHandler partners, [FromServices] WorkspaceHandler handler, [FromServices] CurrentUser user)
    {
        if (!await validator.ValidateIntoAsync(form, ModelState, InvitePrefix))
            return await Again(regionId, handler);
        return await this.Answer(await partners.InviteAsync(regionId, form, user.Id!), $"Invitation sent to {form.Email.Trim()}.",
            () => RedirectToAction(nameof(Home), null, new { regionId }, "team"),
            () => Again(regionId, handler), InvitePrefix, nameof(TeamInviteForm.Email), nameof(TeamInviteForm.Role));
    }

    [HttpPost("{regionId:int}/partners/invitations/{invitationId:int}/revoke")]
    public async Task<IActionResult> Revoke(int regionId, int invitationId, [FromServices] RegionPartnersHandler partners) =>
        this.Answer(await partners.RevokeAsync(regionId, invitationId), "Invitation revoked. Its link no longer works.", () => RedirectToAction(nameof(Home), null, new { regionId }, "team"));

    [HttpPost("{regionId:int}/partners/{partnerId:int}/remove")]
    public async Task<IActionResult> Remove(int regionId, int partnerId, [FromServices] RegionPartnersHandler partners) =>
        this.Answer(await partners.RemoveAsync(regionId, partnerId), "Partner removed. They no longer see the region.", () => RedirectToAction(nameof(Home), null, new { regionId }, "team"));

    // The link in a partner's invitation email. Anyone may open it; accepting needs the invited address signed in.
    [HttpGet("join"), AllowAnonymous]
    public async Task<IActionResult> Join(string? token, [FromServices] RegionPartnersHandler partners, [FromServices] CurrentUser user)
    {
        if (await partners.FindByTokenAsync(token) is not { } invitation)
            return View("InvitationInvalid");
        ViewData["Token"] = token;
        ViewData["SignedInEmail"] = User.Identity?.IsAuthenticated == true ? user.Email : null;
        return View("JoinRegion", invitation);
    }

    [HttpPost("join")]
    public async Task<IActionResult> Accept(string? token, [FromServices] RegionPartnersHandler partners, [FromServices] CurrentUser user)
    {
        var accepted = await partners.AcceptAsync(token, user.Id!);
        if (accepted.Kind == OutcomeKind.NotFound)
            return View("InvitationInvalid");
        return this.Answer(accepted, "Welcome to the region. Its workspace, milestones and library are yours to use.",
            () => accepted.Kind == OutcomeKind.Done ? RedirectToAction(nameof(Home), new { regionId = accepted.Value }) : RedirectToAction("Dashboard", "Home"));
    }

    private async Task<IActionResult> Again(int regionId, WorkspaceHandler handler) =>
        await handler.Handle(regionId) is { } model ? View("Workspace", model) : NotFound();
}
