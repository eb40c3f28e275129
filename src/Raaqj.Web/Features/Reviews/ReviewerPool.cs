using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Domain.Proposals;
using Raaqj.Web.Domain.Reviews;

namespace Raaqj.Web.Features.Reviews;

public sealed record ReviewerRow(string UserId, string Name, string Email, bool InvitationPending, ReviewerProfile Profile, IReadOnlyList<ConflictFlags.Flag> Flags);

public sealed record PoolModel(IReadOnlyList<ReviewerRow> Reviewers, int SubmittedProposals);

// The staff's reviewer pool: everyone with the Reviewer role, their profiles, and possible conflicts with submitted proposals.
public sealed class ReviewerPoolHandler(AppDbContext db)
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
}
