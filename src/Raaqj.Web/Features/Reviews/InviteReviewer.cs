using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Features.Admin;

namespace Raaqj.Web.Features.Reviews;

// Staff invite a reviewer with their profile in one step; the account part is the admin's invitation.
public sealed class InviteReviewerHandler(InviteHandler invitations, EditReviewerHandler profiles)
{
    public async Task<string> Handle(ReviewerProfileForm form)
    {
        var user = await invitations.Handle(new InviteForm { Email = form.Email, DisplayName = form.DisplayName, Role = Roles.Reviewer });
        await profiles.SaveProfile(user.Id, form);
        return user.Id;
    }
}
