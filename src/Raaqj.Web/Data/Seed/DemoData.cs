using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Domain.Organizations;
using Raaqj.Web.Domain.Proposals;
using Raaqj.Web.Domain.Reviews;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Notifications;

namespace Raaqj.Web.Data.Seed;

// Demo accounts and a published request for action, so every screen has something to show. Idempotent; Development only.
public sealed class DemoData(AppDbContext db, UserManager<AppUser> users, TimeProvider time, ProgramClock clock, Notifier notifier, Notices notices, DemoProgram program,
    ILogger<DemoData> logger)
{
    public const string Password = "Raaqj!Demo2026";

    public static readonly IReadOnlyList<(string Email, string Name, string Role)> Accounts =
    [
        ("admin@example.org", "Avery Admin", Roles.Admin),
        ("staff@example.org", "Sam Staff", Roles.Staff),
        ("reviewer1@example.org", "Riley Reviewer", Roles.Reviewer),
        ("reviewer2@example.org", "Jordan Reviewer", Roles.Reviewer),
        ("reviewer3@example.org", "Morgan Reviewer", Roles.Reviewer),
        ("anchor1@example.org", "Alex Anchor", Roles.Anchor),
        ("anchor2@example.org", "Casey Anchor", Roles.Anchor),
        ("anchor3@example.org", "Rosa Anchor", Roles.Anchor),
        ("anchor4@example.org", "Dwayne Anchor", Roles.Anchor),
        ("anchor5@example.org", "Mei Anchor", Roles.Anchor),
        ("anchor6@example.org", "Tomas Anchor", Roles.Anchor),
        ("anchor7@example.org", "Priya Anchor", Roles.Anchor),
        ("anchor8@example.org", "Lamar Anchor", Roles.Anchor),
        ("anchor9@example.org", "Hana Anchor", Roles.Anchor),
        ("anchor10@example.org", "Grace Anchor", Roles.Anchor),
        ("cohort1@example.org", "Nia Cohort", Roles.Anchor),
        ("cohort2@example.org", "Owen Cohort", Roles.Anchor),
        ("cohort3@example.org", "Luz Cohort", Roles.Anchor),
        ("cohort4@example.org", "Ravi Cohort", Roles.Anchor),
        ("cohort5@example.org", "Dana Cohort", Roles.Anchor),
        ("cohort6@example.org", "Yusuf Cohort", Roles.Anchor),
    ];

    private async Task SeedProposalsAsync(DateTime now, bool withReviews)
    {
        // The open round: seeded first, before the inaugural program's closed one (DemoProgram).
        var rfpId = await db.RequestsForAction.OrderBy(r => r.Id).Select(r => r.Id).FirstAsync();
        var owners = await db.OrganizationMembers.Where(m => m.Role == MemberRole.Owner)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { u.Email, m.OrganizationId, m.UserId }).ToListAsync();
        var first = owners.Single(o => o.Email == "anchor1@example.org");
        var second = owners.Single(o => o.Email == "anchor2@example.org");
        var submitted = DemoProposals.Submitted(rfpId, first.OrganizationId, now);
        var draft = DemoProposals.Draft(rfpId, second.OrganizationId, now);
        var others = owners.Where(o => o.Email is not "anchor1@example.org" and not "anchor2@example.org").OrderBy(o => o.OrganizationId)
            .Select((o, i) => (Owner: o.UserId, Proposal: DemoProposals.OtherRegion(i, rfpId, o.OrganizationId, now))).ToList();
        foreach (var proposal in others.Select(o => o.Proposal).Prepend(draft).Prepend(submitted))
        {
            proposal.RefreshSummary();
            db.Proposals.Add(proposal);
        }
        await db.SaveChangesAsync();
        foreach (var (proposal, owner) in others.Select(o => (o.Proposal, o.Owner)).Prepend((submitted, first.UserId)))
        {
            var problems = proposal.Submit(now, acceptsProposals: true, owner, certified: true);
            if (problems.Count > 0)
                throw new InvalidOperationException("A demo proposal is incomplete: " + string.Join(" ", problems.Select(p => p.Message)));
        }
        await db.SaveChangesAsync();
        if (withReviews)
        {
            await SeedReviewsAsync(submitted, now);
            foreach (var (proposal, index) in others.Select((o, i) => (o.Proposal, i)))
                await SeedOtherReviewsAsync(proposal, DemoProposals.OtherRegions[index], index, now);
        }
    }

    // What staff and reviewers were told as the demo round filled: the submissions, and each reviewer's assignments.
    // Run once the portal has started, since notifications link to its routes.
    public async Task SeedNotificationsAsync()
    {
        if (await db.Notifications.AnyAsync())
            return;
        var proposals = await db.Proposals.Where(p => p.SubmittedAtUtc != null).Join(db.Organizations, p => p.OrganizationId, o => o.Id,
            (p, o) => new { p.Id, o.LegalName, p.RegionName, p.ReceiptNumber, SubmittedAtUtc = p.SubmittedAtUtc!.Value }).ToListAsync();
        foreach (var proposal in proposals)
            await notifier.NotifyRoleAsync(Roles.Staff, notices.ProposalSubmitted(proposal.Id, proposal.LegalName, proposal.RegionName, proposal.ReceiptNumber, proposal.SubmittedAtUtc));
        var byId = proposals.ToDictionary(p => p.Id);
        var assignments = await db.ReviewAssignments.Select(a => new { a.ReviewerUserId, a.ProposalId, a.DueOn }).ToListAsync();
        await notifier.NotifyEachAsync(assignments.Where(a => byId.ContainsKey(a.ProposalId))
            .Select(a => notices.ReviewAssigned(a.ReviewerUserId, a.ProposalId, byId[a.ProposalId].LegalName, byId[a.ProposalId].RegionName, a.DueOn)).ToList());
        await db.SaveChangesAsync();
    }

    // Two reviews of the submitted proposal (one harsher than the other) and one declared conflict, so the results page has figures.
    private async Task SeedReviewsAsync(Proposal proposal, DateTime now)
    {
        await AddSubmittedReviewAsync(proposal, "reviewer1@example.org", i => 4 + (i % 2), Recommendation.Recommend, now);
        await AddSubmittedReviewAsync(proposal, "reviewer3@example.org", i => 3 + (i % 2), Recommendation.RecommendWithReservations, now);
        var conflicted = (await users.FindByEmailAsync("reviewer2@example.org"))!.Id;
        db.ConflictDeclarations.Add(new ConflictDeclaration { ProposalId = proposal.Id, ReviewerUserId = conflicted, Kind = ConflictKind.Employment, Note = "Worked for the board until last year.", DeclaredAtUtc = now });
        await db.SaveChangesAsync();
    }

    // Complete reviews of another region, built around its quality so the ranking has a real spread. Reviewers 2
    // and 3 take them, except where a reviewer's home state is flagged as a conflict (reviewer 1 steps in);
    // Metro Atlanta has one review so far, as rounds in progress do. Reviewer 1's own queue stays free for the
    // review journey.
    private async Task SeedOtherReviewsAsync(Proposal proposal, DemoProposals.Region region, int index, DateTime now)
    {
        var states = region.Counties.Select(c => c.State).ToList();
        string[] reviewers = states.Contains("OH") ? ["reviewer1@example.org", "reviewer3@example.org"]
            : states.Contains("CA") ? ["reviewer1@example.org", "reviewer2@example.org"]
            : states.Contains("GA") ? ["reviewer2@example.org"]
            : ["reviewer2@example.org", "reviewer3@example.org"];
        await AddSubmittedReviewAsync(proposal, reviewers[0], i => region.Quality - (i % 2), Recommend(region.Quality), now);
        if (reviewers.Length > 1)
            await AddSubmittedReviewAsync(proposal, reviewers[1], i => region.Quality + ((i + index) % 3 == 0 ? 1 : 0) - (i % 3 == 2 ? 1 : 0), Recommend(region.Quality), now);
        await db.SaveChangesAsync();
    }

    private static Recommendation Recommend(int quality) => quality switch
    {
        >= 4 => Recommendation.Recommend,
        3 => Recommendation.RecommendWithReservations,
        _ => Recommendation.DoNotRecommend,
    };

    private async Task AddSubmittedReviewAsync(Proposal proposal, string email, Func<int, int> scoreOfCriterion, Recommendation recommendation, DateTime now)
    {
        var criteria = await db.SelectionCriteria.Where(c => c.RequestForActionId == proposal.RequestForActionId).OrderBy(c => c.Position).ToListAsync();
        var staffId = (await users.FindByEmailAsync("staff@example.org"))!.Id;
        var reviewerId = (await users.FindByEmailAsync(email))!.Id;
        db.ReviewAssignments.Add(new ReviewAssignment
        {
            ProposalId = proposal.Id, ReviewerUserId = reviewerId, DueOn = DateOnly.FromDateTime(now.AddDays(30)), AssignedAtUtc = now, AssignedByUserId = staffId, IsAutomatic = true,
        });
        db.ConflictDeclarations.Add(new ConflictDeclaration { ProposalId = proposal.Id, ReviewerUserId = reviewerId, Kind = ConflictKind.None, DeclaredAtUtc = now });
        var review = new Review
        {
            ProposalId = proposal.Id, ReviewerUserId = reviewerId, Recommendation = recommendation, UpdatedAtUtc = now,
            OverallComment = "A credible plan from an anchor with a real convening record; the local match is partly pending.",
            Scores = criteria.Select((c, i) => new ReviewScore
            {
                CriterionId = c.Id, Score = Math.Clamp(scoreOfCriterion(i), c.ScaleMin, c.ScaleMax), Comment = "Supported by the evidence in the proposal.",
            }).ToList(),
        };
        review.Submit(criteria.Select(c => new CriterionScale(c.Id, c.Weight, c.ScaleMin, c.ScaleMax)).ToList(), now);
        db.Reviews.Add(review);
    }

    // withProposals: Tests that write proposals themselves leave the demo proposals out.
    // withReviews: Likewise for the demo reviews of the submitted proposal.
    public async Task SeedAsync(bool withProposals = true, bool withReviews = true)
    {
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var (email, name, role) in Accounts)
        {
            if (await users.FindByEmailAsync(email) is not null)
                continue;
            var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, CreatedAtUtc = now };
            var created = await users.CreateAsync(user, Password);
            if (!created.Succeeded)
                throw new InvalidOperationException($"Demo account {email}: {string.Join("; ", created.Errors.Select(e => e.Description))}");
            await users.AddToRoleAsync(user, role);
        }

        if (!await db.ReviewerProfiles.AnyAsync())
        {
            foreach (var (email, profile) in DemoReviewers.Profiles(now))
            {
                profile.UserId = (await users.FindByEmailAsync(email))!.Id;
                db.ReviewerProfiles.Add(profile);
            }
            await db.SaveChangesAsync();
        }

        if (!await db.Organizations.AnyAsync())
        {
            // The open round's organizations; the inaugural cohort's come with the program (DemoProgram).
            foreach (var (organization, position) in DemoOrganizations.Create(now).Select((o, i) => (o, i)))
            {
                var owner = await users.FindByEmailAsync(DemoOrganizations.OwnerOf(position));
                organization.Members.Add(new OrganizationMember { UserId = owner!.Id, Role = MemberRole.Owner, JoinedAtUtc = now });
                db.Organizations.Add(organization);
            }
            await db.SaveChangesAsync();
        }

        if (!await db.RequestsForAction.AnyAsync())
        {
            db.RequestsForAction.Add(DemoRequestForAction.Create(now, clock.DefaultTimeZoneId));
            await db.SaveChangesAsync();
            logger.LogInformation("Seeded the demo request for action");
        }

        if (withProposals && !await db.Proposals.AnyAsync())
            await SeedProposalsAsync(now, withReviews);
        if (withProposals)
            await program.SeedAsync(now);
    }
}
