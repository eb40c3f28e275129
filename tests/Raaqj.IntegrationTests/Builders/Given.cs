using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Raaqj.IntegrationTests.Infrastructure;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Domain.Organizations;
using Raaqj.Web.Domain.Proposals;
using Raaqj.Web.Domain.Reviews;
using Raaqj.Web.Domain.Rfp;

namespace Raaqj.IntegrationTests.Builders;

public sealed record TestAccount(string Id, string Email, string Name);

public sealed record TestOrganization(int Id, string Name, TestAccount Owner);

// Builders that write straight to the test's own database with valid defaults, so a test makes the state it needs
// and names it itself; nothing here reads or depends on the demo seed.
public sealed class Given(PortalFactory factory)
{
    private static int serial;

    private static int Next() => Interlocked.Increment(ref serial);

    private DateTime Now => factory.Clock.GetUtcNow().UtcDateTime;

    public Task<TestAccount> AccountAsync(string role, string? email = null, string? name = null) =>
        factory.WithScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<AppUser>>();
            var n = Next();
            var user = new AppUser
            {
                UserName = email ?? $"{role.ToLowerInvariant()}{n}@test.example", Email = email ?? $"{role.ToLowerInvariant()}{n}@test.example",
                EmailConfirmed = true, DisplayName = name ?? $"{role} Person {n}", CreatedAtUtc = Now,
            };
            var created = await users.CreateAsync(user, Accounts.Password);
            Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
            await users.AddToRoleAsync(user, role);
            return new TestAccount(user.Id, user.Email!, user.DisplayName);
        });

    public Task<TestAccount> ReviewerAsync(string homeState = "MA", ExpertiseArea expertise = ExpertiseArea.WorkforceAndEconomicDevelopment,
        int maxProposals = 10, string? email = null, string? name = null) =>
        InDatabase(async db =>
        {
            var reviewer = await AccountAsync(Roles.Reviewer, email, name);
            db.ReviewerProfiles.Add(new ReviewerProfile
            {
                UserId = reviewer.Id, Expertise = expertise, MaxProposals = maxProposals, HomeStateCode = homeState,
                Employer = "An employer of the region", IsExternal = true, UpdatedAtUtc = Now,
            });
            await db.SaveChangesAsync();
            return reviewer;
        });

    // A published request for action taking proposals now, closing in three weeks, with six weighted criteria.
    public Task<int> OpenRoundAsync(Action<RequestForAction>? adjust = null) => RoundAsync(published: true, adjust);

    // A draft request for action, opening after the cast's round closes, ready to publish.
    public Task<int> DraftRoundAsync() => RoundAsync(published: false, r => (r.OpensAtUtc, r.ClosesAtUtc) = (Now.AddDays(30), Now.AddDays(60)));

    private Task<int> RoundAsync(bool published, Action<RequestForAction>? adjust) => InDatabase(async db =>
    {
        var now = Now;
        var round = new RequestForAction
        {
            Title = $"Test request for action {Next()}", Summary = "Regions propose how to move people into quality jobs.",
            Eligibility = "Permanent, place-based anchor organizations.", ProgramDescription = "A 12-month program for six regions.",
            TimeZoneId = "America/New_York", OpensAtUtc = now.AddDays(-7), ClosesAtUtc = now.AddDays(21),
            ReviewStartsOn = DateOnly.FromDateTime(now.AddDays(22)), ReviewEndsOn = DateOnly.FromDateTime(now.AddDays(50)),
            CreatedAtUtc = now, UpdatedAtUtc = now,
        };
        round.ReplaceCriteria(new[] { ("Anchor organization", 15), ("Regional strategy", 25), ("Stakeholders", 15), ("Priority populations", 15), ("Past partnerships", 15), ("Fundraising and match", 15) }
            .Select(c => new SelectionCriterion { Title = c.Item1, Weight = c.Item2, Guidance = "Look for evidence.", ScaleMin = 1, ScaleMax = 5 }).ToList());
        if (published)
            round.Publish(now, []);
        adjust?.Invoke(round);
        db.RequestsForAction.Add(round);
        await db.SaveChangesAsync();
        return round.Id;
    });

    // Changes the cast's round, for a test that needs particular dates or words.
    public Task ChangeRoundAsync(Action<RequestForAction> change) => InDatabase(async db =>
    {
        change(await db.RequestsForAction.OrderBy(r => r.Id).FirstAsync());
        return await db.SaveChangesAsync();
    });

    public async Task<TestOrganization> OrganizationAsync(string? name = null, TestAccount? owner = null, string state = "OH")
    {
        owner ??= await AccountAsync(Roles.Anchor);
        return await InDatabase(async db =>
        {
            var organization = new Organization
            {
                LegalName = name ?? $"Test Workforce Board {Next()}", Type = OrganizationType.WorkforceBoard, Ein = "12-3456789",
                AddressLine1 = "1 Main Street", City = "Springfield", StateCode = state, PostalCode = "45501", Website = "https://board.test.example",
                YearsServingRegion = 20, ConveningTrackRecord = "Convenes employers, colleges and agencies across the region.",
                CreatedAtUtc = Now, UpdatedAtUtc = Now,
            };
            organization.Members.Add(new OrganizationMember { UserId = owner.Id, Role = MemberRole.Owner, JoinedAtUtc = Now });
            db.Organizations.Add(organization);
            await db.SaveChangesAsync();
            return new TestOrganization(organization.Id, organization.LegalName, owner);
        });
    }

    // An anchor account with the email given, owning a new organization.
    public async Task<TestOrganization> AnchorAsync(string email, string? organization = null, string state = "OH") =>
        await OrganizationAsync(organization, await AccountAsync(Roles.Anchor, email), state);

    public async Task AddMemberAsync(TestOrganization organization, TestAccount member, MemberRole role) => await InDatabase(async db =>
    {
        db.OrganizationMembers.Add(new OrganizationMember { OrganizationId = organization.Id, UserId = member.Id, Role = role, JoinedAtUtc = Now });
        await db.SaveChangesAsync();
        return 0;
    });

    // A proposal with every section complete, still a draft unless submitted.
    public Task<int> ProposalAsync(int roundId, TestOrganization organization, string? region = null, (string Fips, string State)[]? counties = null,
        bool submit = false, Action<Proposal>? adjust = null) => InDatabase(async db =>
    {
        var name = region ?? $"Test Region {Next()}";
        var proposal = new Proposal
        {
            RequestForActionId = roundId, OrganizationId = organization.Id, CreatedAtUtc = Now, UpdatedAtUtc = Now,
            RegionName = name,
            Counties = (counties ?? [("39035", "OH")]).Select(c => new ProposalCounty { Fips = c.Fips, StateCode = c.State }).ToList(),
            IsPermanent = true, PermanentEvidence = "Established by statute.",
            IsPlaceBased = true, PlaceBasedEvidence = $"Serves {name} only.",
            HasConvened = true, ConvenedEvidence = "Convened a sector partnership since 2015.",
            Strategy = $"{name} will move residents facing barriers into quality health care jobs.",
            PopulationFigures = ProposalLabels.Populations.Select((p, i) => new PopulationFigure
            {
                Population = p, Count = 100_000 + 10_000 * i, SharePercent = 20m + 5 * i, Source = "American Community Survey", Year = 2023,
            }).ToList(),
            Stakeholders =
            [
                new() { Position = 1, Name = $"{name} Hospital", Sector = StakeholderSector.PrivateEmployer, Role = "Employer council chair" },
                new() { Position = 2, Name = $"{name} County", Sector = StakeholderSector.PublicAgency, Role = "Public funds" },
                new() { Position = 3, Name = $"{name} Community College", Sector = StakeholderSector.EducationAndTraining, Role = "Credentials" },
            ],
            Partnerships = [new() { Position = 1, Partner = $"{name} partnership", StartYear = 2015, Achievements = "Hundreds placed in living-wage jobs." }],
            JobQualityDimensions = JobQualityDimension.LivingWage,
            JobQualityRationale = "Wages lag the cost of living.",
            AmountRequested = 150_000m, TotalBudget = 400_000m, FundraisingNarrative = "County funds and a foundation.",
            MatchCommitments = [new() { Position = 1, Source = $"{name} Foundation", Kind = MatchKind.Philanthropic, Amount = 50_000m, IsCommitted = true }],
        };
        adjust?.Invoke(proposal);
        proposal.RefreshSummary();
        db.Proposals.Add(proposal);
        await db.SaveChangesAsync();
        if (submit)
        {
            Assert.Empty(ProposalChecklist.Missing(proposal).Select(m => m.Message));
            Assert.Empty(proposal.Submit(Now, acceptsProposals: true, organization.Owner.Id, certified: true));
            await db.SaveChangesAsync();
        }
        return proposal.Id;
    });

    public Task<int> SubmittedProposalAsync(int roundId, TestOrganization organization, string? region = null, (string Fips, string State)[]? counties = null,
        Action<Proposal>? adjust = null) => ProposalAsync(roundId, organization, region, counties, submit: true, adjust);

    public Task<int> AssignmentAsync(int proposalId, TestAccount reviewer, string assignedBy, int dueInDays = 14) => InDatabase(async db =>
    {
        var assignment = new ReviewAssignment
        {
            ProposalId = proposalId, ReviewerUserId = reviewer.Id, DueOn = DateOnly.FromDateTime(Now.AddDays(dueInDays)),
            AssignedAtUtc = Now, AssignedByUserId = assignedBy,
        };
        db.ReviewAssignments.Add(assignment);
        await db.SaveChangesAsync();
        return assignment.Id;
    });

    public Task<int> ConflictAsync(int proposalId, TestAccount reviewer, ConflictKind kind, string note = "Worked there until last year.") => InDatabase(async db =>
    {
        db.ConflictDeclarations.Add(new ConflictDeclaration { ProposalId = proposalId, ReviewerUserId = reviewer.Id, Kind = kind, Note = note, DeclaredAtUtc = Now });
        return await db.SaveChangesAsync();
    });

    // An assigned reviewer who declared no conflict and submitted the same score on every criterion.
    public Task<int> SubmittedReviewAsync(int proposalId, TestAccount reviewer, string assignedBy, int score,
        Recommendation recommendation = Recommendation.Recommend) => InDatabase(async db =>
    {
        await AssignmentAsync(proposalId, reviewer, assignedBy);
        var roundId = await db.Proposals.Where(p => p.Id == proposalId).Select(p => p.RequestForActionId).SingleAsync();
        var criteria = await db.SelectionCriteria.Where(c => c.RequestForActionId == roundId).OrderBy(c => c.Position).ToListAsync();
        db.ConflictDeclarations.Add(new ConflictDeclaration { ProposalId = proposalId, ReviewerUserId = reviewer.Id, Kind = ConflictKind.None, DeclaredAtUtc = Now });
        var review = new Review
        {
            ProposalId = proposalId, ReviewerUserId = reviewer.Id, Recommendation = recommendation, UpdatedAtUtc = Now, OverallComment = "A credible plan.",
            Scores = criteria.Select(c => new ReviewScore { CriterionId = c.Id, Score = score, Comment = "Supported by the evidence." }).ToList(),
        };
        review.Submit(criteria.Select(c => new CriterionScale(c.Id, c.Weight, c.ScaleMin, c.ScaleMax)).ToList(), Now);
        db.Reviews.Add(review);
        await db.SaveChangesAsync();
        return review.Id;
    });

    // The cast's open request for action (see Accounts).
    public int RoundId => factory.Query(db => db.RequestsForAction.OrderBy(r => r.Id).Select(r => r.Id).First());

    public TestAccount Account(string email) =>
        factory.Query(db => db.Users.Where(u => u.Email == email).Select(u => new TestAccount(u.Id, u.Email!, u.DisplayName)).Single());

    // The cast anchor's organization.
    public TestOrganization CastOrganization => new(
        factory.Query(db => db.Organizations.Where(o => o.LegalName == Accounts.AnchorOrganization).Select(o => o.Id).Single()),
        Accounts.AnchorOrganization, Account(Accounts.Anchor));

    // A new organization, its owner, and its submitted proposal for the region, in the cast's round.
    public async Task<(TestOrganization Organization, int Proposal)> SubmittedRegionAsync(string region, (string Fips, string State)[] counties,
        string? organization = null, Action<Proposal>? adjust = null)
    {
        var owner = await OrganizationAsync(organization ?? $"{region} Workforce Board", state: counties[0].State);
        return (owner, await SubmittedProposalAsync(RoundId, owner, region, counties, adjust));
    }

    public Task<T> InDatabase<T>(Func<AppDbContext, Task<T>> work) =>
        factory.WithScopeAsync(services => work(services.GetRequiredService<AppDbContext>()));
}
