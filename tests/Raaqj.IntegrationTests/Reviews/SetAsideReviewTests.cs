using System.Net;
using Raaqj.IntegrationTests.Infrastructure;
using Raaqj.Web.Features.Selection;

namespace Raaqj.IntegrationTests.Reviews;

// The cast reviewer and reviewer3 have submitted reviews of the Ohio proposal.
public sealed class SetAsideReviewTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Builders.ReviewRound.ReviewedAsync(factory);
    }

    private int Proposal => factory.Query(db => db.Proposals.Single(p => p.RegionName == "Northeast Ohio").Id);

    private Task<int?> CountingReviewsOfOhio() => factory.WithScopeAsync(async services =>
        (await services.GetRequiredService<SelectionBoardHandler>().Handle())!.Rows.Single(r => r.ProposalId == Proposal).Reviews?.CompleteReviews);

    [Fact]
    public async Task A_conflict_declared_after_submitting_takes_the_review_out_of_every_figure_and_the_discussion()
    {
        Assert.Equal(2, await CountingReviewsOfOhio());
        var reviewer = await factory.SignedInAsync(Accounts.Reviewer);
        Assert.Equal(HttpStatusCode.Redirect, (await reviewer.PostFormAsync($"/reviews/mine/{Proposal}", $"/reviews/mine/{Proposal}/discussion", ("body", "Before"))).StatusCode);

        await reviewer.PostFormAsync("/reviews/mine", $"/reviews/mine/{Proposal}/declare", ("Kind", "Employment"), ("Note", "I found I consult for them"));

        Assert.Equal(1, await CountingReviewsOfOhio());
        var staff = await factory.SignedInAsync(Accounts.Staff);
        var results = await staff.GetPageAsync("/reviews/results");
        Assert.Contains("1 set aside", results.Text());
        Assert.Contains("declared a conflict after submitting", results.Text());
        var post = await reviewer.PostFormAsync("/reviews/mine", $"/reviews/mine/{Proposal}/discussion", ("body", "After"));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.DoesNotContain("After", factory.Query(db => db.DiscussionComments.Select(c => c.Body).ToList()));
    }

}

public sealed class RemovedReviewerTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Builders.ReviewRound.ReviewedAsync(factory);
    }

    private int Proposal => factory.Query(db => db.Proposals.Single(p => p.RegionName == "Northeast Ohio").Id);

    [Fact]
    public async Task A_reviewer_taken_off_a_proposal_counts_no_more_and_can_no_longer_post()
    {
        const string email = "reviewer3@example.org";
        var reviewer = await factory.SignedInAsync(email);
        var assignment = factory.Query(db => db.ReviewAssignments.Single(a => a.ProposalId == Proposal && db.Users.Any(u => u.Id == a.ReviewerUserId && u.Email == email)).Id);
        var staff = await factory.SignedInAsync(Accounts.Staff);

        Assert.Equal(HttpStatusCode.Redirect, (await staff.PostFormAsync("/reviews/assignments", $"/reviews/assignments/{assignment}/remove")).StatusCode);

        var post = await reviewer.PostFormAsync("/reviews/mine", $"/reviews/mine/{Proposal}/discussion", ("body", "Still here?"));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Contains("set aside", (await staff.GetPageAsync("/reviews/results")).Text());
    }
}
