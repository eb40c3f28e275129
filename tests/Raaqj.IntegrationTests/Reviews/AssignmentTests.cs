using System.Net;
using Raaqj.IntegrationTests.Infrastructure;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Reviews;

namespace Raaqj.IntegrationTests.Reviews;

// One submitted proposal (Northeast Ohio); reviewer2 lives in Ohio and is flagged.
public sealed class AssignmentTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Builders.ReviewRound.SubmittedAsync(factory);
    }

    private string IdOf(string email) => factory.Query(db => db.Users.Single(u => u.Email == email).Id);

    private int Submitted => factory.Query(db => db.Proposals.Single(p => p.RegionName == "Northeast Ohio").Id);

    private async Task<HttpResponseMessage> AutoAssign(HttpClient staff, int perProposal) =>
        await staff.PostFormAsync("/reviews/assignments", "/reviews/assignments/auto", ("reviewersPerProposal", perProposal.ToString()), ("dueOn", "2027-01-20"));

    [Fact]
    public async Task Auto_assignment_avoids_flagged_and_declared_conflicts_and_names_what_it_cannot_cover()
    {
        var staff = await factory.SignedInAsync(Accounts.Staff);

        await AutoAssign(staff, 2);
        var assigned = factory.Query(db => db.ReviewAssignments.Where(a => a.ProposalId == Submitted).Select(a => a.ReviewerUserId).ToList());
        Assert.Equal(2, assigned.Count);
        Assert.DoesNotContain(IdOf("reviewer2@example.org"), assigned);
        Assert.True(factory.Query(db => db.AuditEntries.Any(a => a.Action == AuditActions.ReviewsAutoAssigned)));

        // reviewer1 declares a conflict: off the proposal for good.
        var reviewer = await factory.SignedInAsync(Accounts.Reviewer);
        Assert.Contains(Accounts.AnchorOrganization, (await reviewer.GetPageAsync("/reviews/mine")).Text());
        await reviewer.PostFormAsync("/reviews/mine", $"/reviews/mine/{Submitted}/declare", ("Kind", "BoardSeat"), ("Note", "I sit on their board"));
        Assert.False(factory.Query(db => db.ReviewAssignments.Any(a => a.ProposalId == Submitted && a.ReviewerUserId == IdOf(Accounts.Reviewer))));
        Assert.Equal(ConflictKind.BoardSeat, factory.Query(db => db.ConflictDeclarations.Single(c => c.ReviewerUserId == IdOf(Accounts.Reviewer)).Kind));

        var again = await AutoAssign(staff, 2);
        var page = await staff.GetPageAsync(again.Headers.Location!.OriginalString);
        Assert.Contains("could not get enough reviewers", page.Text());
        Assert.Contains($"{Accounts.AnchorOrganization} (Northeast Ohio)", page.QuerySelector(".alert-danger")!.TextContent);
        var now = factory.Query(db => db.ReviewAssignments.Where(a => a.ProposalId == Submitted).Select(a => a.ReviewerUserId).ToList());
        Assert.DoesNotContain(IdOf(Accounts.Reviewer), now);
        Assert.DoesNotContain(IdOf("reviewer2@example.org"), now);

        // Nor can staff put the conflicted reviewer back by hand.
        await staff.PostFormAsync("/reviews/assignments", "/reviews/assignments/add", ("proposalId", Submitted.ToString()), ("reviewerUserId", IdOf(Accounts.Reviewer)), ("dueOn", "2027-01-20"));
        Assert.DoesNotContain(IdOf(Accounts.Reviewer), factory.Query(db => db.ReviewAssignments.Where(a => a.ProposalId == Submitted).Select(a => a.ReviewerUserId).ToList()));
    }

    [Fact]
    public async Task A_reviewer_cannot_declare_on_a_proposal_not_assigned_to_them_and_others_cannot_open_the_queue()
    {
        var reviewer = await factory.SignedInAsync("reviewer3@example.org");
        var anchor = await factory.SignedInAsync(Accounts.Anchor);
        var draft = await factory.Given.ProposalAsync(factory.Given.RoundId, await factory.Given.OrganizationAsync());

        var response = await reviewer.PostFormAsync("/reviews/mine", $"/reviews/mine/{draft}/declare", ("Kind", "None"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await anchor.GetAsync("/reviews/mine")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.GetAsync("/reviews/assignments")).StatusCode);
    }

    [Fact]
    public async Task A_flagged_reviewer_is_added_by_hand_only_with_a_reason_that_is_audited_and_full_reviewers_are_not_offered()
    {
        var staff = await factory.SignedInAsync(Accounts.Staff);
        var flagged = IdOf("reviewer2@example.org");
        var full = await factory.Given.ReviewerAsync(maxProposals: 1, name: "Fiona Full");
        await factory.Given.AssignmentAsync(await factory.Given.SubmittedProposalAsync(factory.Given.RoundId, await factory.Given.OrganizationAsync(), "Puget Sound", [("53033", "WA")]),
            full, IdOf(Accounts.Staff));

        var page = await staff.GetPageAsync("/reviews/assignments");
        var options = page.QuerySelector($"#add-{Submitted}")!.QuerySelectorAll("option").Select(o => o.TextContent).ToList();
        var refused = await staff.PostFormAsync("/reviews/assignments", "/reviews/assignments/add", ("proposalId", Submitted.ToString()), ("reviewerUserId", flagged), ("dueOn", "2027-01-20"));
        var problem = (await staff.GetPageAsync("/reviews/assignments")).QuerySelector("[role=alert]")!.TextContent;
        var added = await staff.PostFormAsync("/reviews/assignments", "/reviews/assignments/add", ("proposalId", Submitted.ToString()), ("reviewerUserId", flagged),
            ("dueOn", "2027-01-20"), ("reason", "Moved to Oregon last month"));

        Assert.DoesNotContain(options, o => o.Contains("Fiona Full"));
        Assert.Contains(options, o => o.Contains("Jordan Reviewer") && o.Contains("possible conflict: lives in OH"));
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("Say why you assign them anyway", problem);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.True(factory.Query(db => db.ReviewAssignments.Any(a => a.ProposalId == Submitted && a.ReviewerUserId == flagged)));
        Assert.Contains("Moved to Oregon last month", factory.Query(db => db.AuditEntries.Single(a => a.Action == AuditActions.ReviewerAssigned && a.EntityId == Submitted.ToString()).Summary));
    }
}
