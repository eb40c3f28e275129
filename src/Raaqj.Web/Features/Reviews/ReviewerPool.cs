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

public sealed class ReviewerProfileForm
{
    public string Email { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public bool IsExternal { get; set; }
    public List<ExpertiseArea> Expertise { get; set; } = [];
    public int? MaxProposals { get; set; } = ReviewerProfile.DefaultMaxProposals;
    public string Employer { get; set; } = "";
    public string HomeStateCode { get; set; } = "";

    public static ReviewerProfileForm From(ReviewerProfile profile) => new()
    {
        IsExternal = profile.IsExternal, Expertise = ExpertiseAreas.All.Where(a => profile.Expertise.HasFlag(a)).ToList(),
        MaxProposals = profile.MaxProposals, Employer = profile.Employer, HomeStateCode = profile.HomeStateCode,
    };

    public void ApplyTo(ReviewerProfile profile, DateTime nowUtc)
    {
        profile.IsExternal = IsExternal;
        profile.Expertise = Expertise.Aggregate(ExpertiseArea.None, (all, a) => all | a);
        profile.MaxProposals = MaxProposals!.Value;
        profile.Employer = Employer.Trim();
        profile.HomeStateCode = HomeStateCode;
        profile.UpdatedAtUtc = nowUtc;
    }
}

public sealed class ReviewerProfileFormValidator : AbstractValidator<ReviewerProfileForm>
{
    public ReviewerProfileFormValidator()
    {
        RuleFor(f => f.MaxProposals).NotNull().WithMessage("Enter how many proposals this reviewer can take.")
            .InclusiveBetween(1, 200).WithMessage("Enter a number of proposals from 1 to 200.");
        RuleFor(f => f.Employer).MaximumLength(ReviewerProfile.EmployerMaxLength);
        RuleFor(f => f.HomeStateCode).Must(code => code == "" || UsStates.ByCode(code) is not null).WithMessage("Choose a state from the list.");
        RuleForEach(f => f.Expertise).Must(a => ExpertiseAreas.All.Contains(a)).WithMessage("Choose expertise from the list.");
    }
}

public sealed record ReviewerRow(string UserId, string Name, string Email, bool InvitationPending, ReviewerProfile Profile, IReadOnlyList<ConflictFlags.Flag> Flags);

public sealed record PoolModel(IReadOnlyList<ReviewerRow> Reviewers, int SubmittedProposals);

/// <summary>The staff's reviewer pool: everyone with the Reviewer role, their profiles, and possible conflicts with submitted proposals.</summary>
public sealed class ReviewerPoolHandler(AppDbContext db, ProgramClock clock)
{
    public async Task<PoolModel> Handle()
    {
        var reviewerRole = await db.Roles.Where(r => r.Name == Roles.Reviewer).Select(r => r.Id).SingleAsync();
        var people = await db.Users.AsNoTracking()
            .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == reviewerRole))
            .OrderBy(u => u.DisplayName)
            .Select(u => new { u.Id, u.DisplayName, u.Email, Pending = u.InvitedAtUtc != null && u.PasswordHash == null })
            .ToListAsync();
        var profiles = await db.ReviewerProfiles.AsNoTracking().ToDictionaryAsync(p => p.UserId);
        var applicants = await Applicants();
        var rows = people.Select(u =>
        {
            var profile = profiles.GetValueOrDefault(u.Id) ?? new ReviewerProfile { UserId = u.Id };
            return new ReviewerRow(u.Id, u.DisplayName, u.Email!, u.Pending, profile, ConflictFlags.For(profile, applicants));
        }).ToList();
        return new PoolModel(rows, applicants.Count);
    }

    public async Task<IReadOnlyList<ConflictFlags.Applicant>> Applicants()
    {
        var submitted = await db.Proposals.AsNoTracking().Where(p => p.Status == ProposalStatus.Submitted)
            .Join(db.Organizations, p => p.OrganizationId, o => o.Id, (p, o) => new { p.Id, o.LegalName, States = p.Counties.Select(c => c.StateCode).ToList() })
            .ToListAsync();
        return submitted.Select(p => new ConflictFlags.Applicant(p.Id, p.LegalName, p.States.Distinct().ToList())).ToList();
    }

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

/// <summary>Staff invite a reviewer with their profile in one step; the account part is the admin's invitation.</summary>
public sealed class InviteReviewerHandler(InviteHandler invitations, ReviewerPoolHandler pool)
{
    public async Task<string> Handle(ReviewerProfileForm form)
    {
        var user = await invitations.Handle(new InviteForm { Email = form.Email, DisplayName = form.DisplayName, Role = Roles.Reviewer });
        await pool.SaveProfile(user.Id, form);
        return user.Id;
    }
}
