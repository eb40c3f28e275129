using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Domain.Geography;
using Raaqj.Web.Domain.Proposals;
using Raaqj.Web.Domain.Reviews;
using Raaqj.Web.Features.Admin;
using Raaqj.Web.Infrastructure;

namespace Raaqj.Web.Features.Reviews;

/// <summary>Staff invite a reviewer with their profile in one step; the account part is the admin's invitation.</summary>
public sealed class InviteReviewerHandler(InviteHandler invitations, EditReviewerHandler profiles)
{
    public async Task<string> Handle(ReviewerProfileForm form)
    {
        var user = await invitations.Handle(new InviteForm { Email = form.Email, DisplayName = form.DisplayName, Role = Roles.Reviewer });
        await profiles.SaveProfile(user.Id, form);
        return user.Id;
    }
}
