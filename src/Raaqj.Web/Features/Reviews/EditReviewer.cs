using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Reviews;
using Raaqj.Web.Infrastructure;

namespace Raaqj.Web.Features.Reviews;

// A reviewer's profile, read for staff to edit and saved (also when the reviewer is first invited).
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
