using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Raaqj.IntegrationTests.Builders;
using Raaqj.IntegrationTests.Infrastructure;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Domain.Organizations;
using Raaqj.Web.Domain.Reviews;
using Raaqj.Web.Infrastructure.Authorization;

namespace Raaqj.IntegrationTests.Security;

// Every action x every kind of person x their own proposal and another one, through RecordAccess on a real
// database: the relations are read from memberships, assignments, declarations and reviews as the pages read them.
public sealed class PermissionMatrixTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    private const bool Y = true;
    private const bool N = false;

    private static readonly RecordAction[] Actions =
    [
        RecordAction.ReadProposal, RecordAction.WorkOnProposal, RecordAction.DownloadDocument, RecordAction.EditProposal,
        RecordAction.SubmitProposal, RecordAction.ManageTeam, RecordAction.ScoreProposal, RecordAction.JoinReviewerDiscussion,
    ];

#pragma warning disable IDE0055 // a table, aligned to be read
    //                                                              Read Work Download Edit Submit Team Score Discuss
    private static readonly Dictionary<string, bool[]> OnTheirOwn = new()
    {
        ["staff"] =                                                 [Y,   N,   Y,       N,   N,     N,   N,    N],
        ["owner"] =                                                 [Y,   Y,   Y,       Y,   Y,     Y,   N,    N],
        ["editor"] =                                                [Y,   Y,   Y,       Y,   N,     N,   N,    N],
        ["viewer"] =                                                [Y,   Y,   Y,       N,   N,     N,   N,    N],
        ["assigned reviewer"] =                                     [Y,   N,   Y,       N,   N,     N,   Y,    N],
        ["reviewer who submitted"] =                                [Y,   N,   Y,       N,   N,     N,   Y,    Y],
        ["reviewer with a conflict"] =                              [N,   N,   N,       N,   N,     N,   N,    N],
        ["admin"] =                                                 [N,   N,   N,       N,   N,     N,   N,    N],
    };
#pragma warning restore IDE0055

    public static TheoryData<string, bool> People()
    {
        var data = new TheoryData<string, bool>();
        foreach (var person in OnTheirOwn.Keys)
            foreach (var own in new[] { true, false })
                data.Add(person, own);
        return data;
    }

    [Theory]
    [MemberData(nameof(People))]
    public async Task Each_person_may_do_exactly_what_the_table_says_on_their_own_proposal_and_nothing_more_on_another(string person, bool own)
    {
        var given = factory.Given;
        var staffId = given.Account(Accounts.Staff).Id;
        var theirs = await given.SubmittedProposalAsync(given.RoundId, given.CastOrganization, "Northeast Ohio");
        var another = await given.SubmittedProposalAsync(given.RoundId, await given.OrganizationAsync(), "Puget Sound", [("53033", "WA")]);
        var (id, roles) = person switch
        {
            "staff" => (given.Account(Accounts.Staff).Id, new[] { Roles.Staff }),
            "owner" => (given.Account(Accounts.Anchor).Id, [Roles.Anchor]),
            "editor" or "viewer" => (await MemberAsync(person == "editor" ? MemberRole.Editor : MemberRole.Viewer), [Roles.Anchor]),
            "assigned reviewer" => (await ReviewerAsync(r => given.AssignmentAsync(theirs, r, staffId), r => given.ConflictAsync(theirs, r, ConflictKind.None, "")), [Roles.Reviewer]),
            "reviewer who submitted" => (await ReviewerAsync(r => given.SubmittedReviewAsync(theirs, r, staffId, 4)), [Roles.Reviewer]),
            "reviewer with a conflict" => (await ReviewerAsync(r => given.ConflictAsync(theirs, r, ConflictKind.Employment)), [Roles.Reviewer]),
            _ => (given.Account(Accounts.Admin).Id, [Roles.Admin]),
        };

        var allowed = await factory.WithScopeAsync(async services =>
        {
            services.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext
            {
                User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, id), .. roles.Select(r => new Claim(ClaimTypes.Role, r))], "test")),
            };
            var access = services.GetRequiredService<RecordAccess>();
            var answers = new List<bool>();
            foreach (var action in Actions)
                answers.Add(await access.MayAsync(action, own ? theirs : another));
            return answers.ToArray();
        });

        var expected = own || person == "staff" ? OnTheirOwn[person] : new bool[Actions.Length];
        Assert.Equal(expected, allowed);
    }

    [Fact]
    public void The_tables_walk_every_action_of_the_permission_map() =>
        Assert.Equal(Enum.GetValues<RecordAction>().Order(), Actions.Concat(RegionActions).Order());

    private static readonly RecordAction[] RegionActions =
        [RecordAction.ReadRegion, RecordAction.UpdateRegionMilestone, RecordAction.ContributeToRegion, RecordAction.ManageRegionPartners, RecordAction.WriteRegionPlan,
            RecordAction.ReviewRegionPlan, RecordAction.VerifyRegionMatch, RecordAction.ReportRegionProgress, RecordAction.ReviewRegionReport];

#pragma warning disable IDE0055 // a table, aligned to be read
    //                                        Read Update Contribute Partners WritePlan ReviewPlan VerifyMatch Report ReviewReport
    private static readonly Dictionary<string, bool[]> OnTheirRegion = new()
    {
        ["staff"] =                           [Y,   Y,     Y,         Y,       N,        Y,          Y,          N,     Y],
        ["owner"] =                           [Y,   Y,     Y,         Y,       Y,        N,          N,          Y,     N],
        ["editor"] =                          [Y,   Y,     Y,         N,       Y,        N,          N,          Y,     N],
        ["viewer"] =                          [Y,   N,     N,         N,       N,        N,          N,          N,     N],
        ["partner editor"] =                  [Y,   Y,     Y,         N,       Y,        N,          N,          Y,     N],
        ["partner viewer"] =                  [Y,   N,     N,         N,       N,        N,          N,          N,     N],
        ["reviewer of its proposal"] =        [N,   N,     N,         N,       N,        N,          N,          N,     N],
        ["admin"] =                           [N,   N,     N,         N,       N,        N,          N,          N,     N],
    };
#pragma warning restore IDE0055

    public static TheoryData<string, bool> RegionPeople()
    {
        var data = new TheoryData<string, bool>();
        foreach (var person in OnTheirRegion.Keys)
            foreach (var own in new[] { true, false })
                data.Add(person, own);
        return data;
    }

    // The same for a cohort region's pages, through RegionAccess: the region's team is its anchor organization's team
    // and the partners invited to the region.
    [Theory]
    [MemberData(nameof(RegionPeople))]
    public async Task Each_person_may_do_exactly_what_the_table_says_in_their_own_region_and_nothing_in_another(string person, bool own)
    {
        var given = factory.Given;
        var staffId = given.Account(Accounts.Staff).Id;
        var theirs = await given.SubmittedProposalAsync(given.RoundId, given.CastOrganization, "Northeast Ohio");
        var another = await given.SubmittedProposalAsync(given.RoundId, await given.OrganizationAsync(), "Puget Sound", [("53033", "WA")]);
        var regions = await given.InDatabase(async db =>
        {
            var made = new[] { theirs, another }.Select(p => db.Proposals.Where(x => x.Id == p).Select(x => new Raaqj.Web.Domain.Cohort.CohortRegion
            {
                RequestForActionId = x.RequestForActionId, ProposalId = x.Id, OrganizationId = x.OrganizationId, RegionName = x.RegionName, JoinedAtUtc = DateTime.UtcNow,
            }).Single()).ToList();
            db.CohortRegions.AddRange(made);
            await db.SaveChangesAsync();
            return made.Select(r => r.Id).ToArray();
        });
        var (id, roles) = person switch
        {
            "staff" => (staffId, new[] { Roles.Staff }),
            "owner" => (given.Account(Accounts.Anchor).Id, [Roles.Anchor]),
            "editor" or "viewer" => (await MemberAsync(person == "editor" ? MemberRole.Editor : MemberRole.Viewer), [Roles.Anchor]),
            "partner editor" or "partner viewer" => (await PartnerAsync(regions[0], person == "partner editor" ? MemberRole.Editor : MemberRole.Viewer), [Roles.Anchor]),
            "reviewer of its proposal" => (await ReviewerAsync(r => given.SubmittedReviewAsync(theirs, r, staffId, 4)), [Roles.Reviewer]),
            _ => (given.Account(Accounts.Admin).Id, [Roles.Admin]),
        };

        var allowed = await factory.WithScopeAsync(async services =>
        {
            services.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext
            {
                User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, id), .. roles.Select(r => new Claim(ClaimTypes.Role, r))], "test")),
            };
            var access = services.GetRequiredService<RegionAccess>();
            var answers = new List<bool>();
            foreach (var action in RegionActions)
                answers.Add(await access.MayAsync(action, own ? regions[0] : regions[1]));
            return answers.ToArray();
        });

        var expected = own || person == "staff" ? OnTheirRegion[person] : new bool[RegionActions.Length];
        Assert.Equal(expected, allowed);
    }

    private async Task<string> MemberAsync(MemberRole role)
    {
        var member = await factory.Given.AccountAsync(Roles.Anchor);
        await factory.Given.AddMemberAsync(factory.Given.CastOrganization, member, role);
        return member.Id;
    }

    private async Task<string> PartnerAsync(int regionId, MemberRole role)
    {
        var partner = await factory.Given.AccountAsync(Roles.Anchor);
        await factory.Given.InDatabase(async db =>
        {
            db.RegionPartners.Add(new Raaqj.Web.Domain.Cohort.RegionPartner { CohortRegionId = regionId, UserId = partner.Id, Role = role, JoinedAtUtc = DateTime.UtcNow });
            await db.SaveChangesAsync();
            return true;
        });
        return partner.Id;
    }

    private async Task<string> ReviewerAsync(params Func<TestAccount, Task<int>>[] ties)
    {
        var reviewer = await factory.Given.ReviewerAsync();
        foreach (var tie in ties)
            await tie(reviewer);
        return reviewer.Id;
    }
}
