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

/// <summary>A reviewer's profile, read for staff to edit and saved (also when the reviewer is first invited).</summary>
public sealed class EditReviewerHandler(AppDbContext db, ProgramClock clock)
{
    public async Task<ReviewerProfile> ProfileOf(string userId) =>
        await db.ReviewerProfiles.FirstOrDefaultAsync(p => p.UserId == userId) ?? new ReviewerProfile { UserId = userId };

    public async Task SaveProfile(string userId, ReviewerProfileForm form)
    {
        var profile = await db.ReviewerProfiles.FirstOrDefaultAsync(p => p.UserId == userId);
        if (profile is null)
        {
            profile = new ReviewerProfile { UserId = userId };
            db.ReviewerProfiles.Add(profile);
        }
        form.ApplyTo(profile, clock.UtcNow);
        await db.SaveChangesAsync();
    }
}
