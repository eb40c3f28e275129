using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Features.Home;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Organizations;

[Route("organization")]
public sealed class OrganizationsController(Membership membership) : Controller
{
    [HttpGet(""), Authorize(Roles = Roles.Anchor)]
    public async Task<IActionResult> Profile([FromServices] ProfileHandler handler)
    {
        if (await membership.CurrentAsync() is not { } me)
            return RedirectToAction(nameof(Create));
        return await handler.Handle(me) is { } model ? View(model) : NotFound();
    }

    [HttpGet("new"), Authorize(Roles = Roles.Anchor)]
    public async Task<IActionResult> Create() =>
        await membership.CurrentAsync() is not null ? RedirectToAction(nameof(Profile)) : View("EditProfile", new EditProfileModel(new OrganizationForm(), IsNew: true));

    [HttpPost("new"), Authorize(Roles = Roles.Anchor)]
    public async Task<IActionResult> Create([Bind(Prefix = "Form")] OrganizationForm form, [FromServices] IValidator<OrganizationForm> validator, [FromServices] CreateOrganizationHandler handler)
    {
        if (await membership.CurrentAsync() is not null)
            return RedirectToAction(nameof(Profile));
        if (!await validator.ValidateIntoAsync(form, ModelState, "Form"))
            return View("EditProfile", new EditProfileModel(form, IsNew: true));
        return this.Answer(await handler.Handle(form), "Your organization's profile is saved. You are its owner: invite your co-authors from the Team page.",
            () => RedirectToAction(nameof(Profile)));
    }

    [HttpGet("edit"), Authorize(Roles = Roles.Anchor)]
    public async Task<IActionResult> Edit([FromServices] ProfileHandler handler)
    {
        if (await membership.CurrentAsync() is not { CanEdit: true } me)
            return NotFound();
        var model = await handler.Handle(me);
        return model is null ? NotFound() : View("EditProfile", new EditProfileModel(OrganizationForm.From(model.Organization), IsNew: false));
    }

    [HttpPost("edit"), Authorize(Roles = Roles.Anchor)]
    public async Task<IActionResult> Edit([Bind(Prefix = "Form")] OrganizationForm form, [FromServices] IValidator<OrganizationForm> validator, [FromServices] EditProfileHandler handler)
    {
        if (await membership.CurrentAsync() is not { CanEdit: true } me)
            return NotFound();
        var outcome = await validator.ValidateIntoAsync(form, ModelState, "Form")
            ? await handler.Handle(me.OrganizationId, form) : Outcome<OrganizationForm>.Of(Outcome.Refused);
        return await this.Answer(outcome, "Profile saved.", _ => RedirectToAction(nameof(Profile)), theirs =>
        {
            // Saving again keeps this person's version over the colleague's, knowingly.
            if (theirs is not null)
                form.Version = theirs.Version;
            return Task.FromResult<IActionResult>(View("EditProfile", new EditProfileModel(form, IsNew: false, theirs)));
        });
    }

    [HttpGet("team"), Authorize(Roles = Roles.Anchor)]
    public async Task<IActionResult> Team([FromServices] TeamHandler handler) =>
        await membership.CurrentAsync() is { } me ? View(await handler.Handle(me)) : RedirectToAction(nameof(Create));

    [HttpPost("team/invite"), Authorize(Roles = Roles.Anchor)]
    public async Task<IActionResult> Invite([Bind(Prefix = "Invite")] TeamInviteForm form, [FromServices] IValidator<TeamInviteForm> validator, [FromServices] InviteMemberHandler invite, [FromServices] TeamHandler team)
    {
        if (await membership.CurrentAsync() is not { CanManageTeam: true } me)
            return NotFound();
        var outcome = await validator.ValidateIntoAsync(form, ModelState, "Invite") ? await invite.Handle(me, form) : Outcome.Refused;
        return await this.Answer(outcome, $"Invitation sent to {form.Email.Trim()}.", () => RedirectToAction(nameof(Team)),
            async () => View(nameof(Team), await team.Handle(me, form)), "Invite", nameof(TeamInviteForm.Email), nameof(TeamInviteForm.Role));
    }

    [HttpPost("team/invitations/{id:int}/revoke"), Authorize(Roles = Roles.Anchor)]
    public async Task<IActionResult> Revoke(int id, [FromServices] RevokeInvitationHandler revoke) =>
        await membership.CurrentAsync() is { } me
            ? this.Answer(await revoke.Handle(me, id), "Invitation revoked; its link no longer works.", () => RedirectToAction(nameof(Team)))
            : NotFound();

    [HttpPost("team/members/{id:int}/remove"), Authorize(Roles = Roles.Anchor)]
    public async Task<IActionResult> Remove(int id, [FromServices] RemoveMemberHandler remove, [FromServices] TeamHandler team) =>
        await membership.CurrentAsync() is { } me ? await AfterTeamChange(me, await remove.Handle(me, id), "Member removed.", team) : NotFound();

    [HttpPost("team/members/{id:int}/make-owner"), Authorize(Roles = Roles.Anchor)]
    public async Task<IActionResult> MakeOwner(int id, [FromServices] TransferOwnershipHandler transfer, [FromServices] TeamHandler team) =>
        await membership.CurrentAsync() is { } me ? await AfterTeamChange(me, await transfer.Handle(me, id), "Ownership handed over. You are now an Editor.", team) : NotFound();

    // The link in an invitation email. Anyone may open it; accepting needs the invited address signed in.
    [HttpGet("join"), AllowAnonymous]
    public async Task<IActionResult> Join(string? token, [FromServices] JoinHandler handler, [FromServices] CurrentUser user)
    {
        var invitation = await handler.FindByToken(token);
        if (invitation is null)
            return View("InvitationInvalid");
        ViewData["Token"] = token;
        ViewData["SignedInEmail"] = User.Identity?.IsAuthenticated == true ? user.Email : null;
        return View(invitation);
    }

    [HttpPost("invitations/{id:int}/accept"), Authorize]
    public async Task<IActionResult> Accept(int id, [FromServices] JoinHandler handler, [FromServices] CurrentUser user)
    {
        var accepted = await handler.Accept(id, user.Id!);
        return this.Answer(accepted, "Welcome to the team. You can now work on your organization's proposal.",
            () => accepted.Kind == OutcomeKind.Done ? RedirectToAction(nameof(Profile)) : RedirectToAction(nameof(HomeController.Dashboard), "Home"));
    }

    private Task<IActionResult> AfterTeamChange(Domain.Organizations.OrganizationMember me, Outcome outcome, string success, TeamHandler team) =>
        this.Answer(outcome, success, () => RedirectToAction(nameof(Team)), async () => View(nameof(Team), await team.Handle(me)));
}
