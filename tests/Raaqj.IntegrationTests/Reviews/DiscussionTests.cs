using System.Net;
using Raaqj.IntegrationTests.Infrastructure;

namespace Raaqj.IntegrationTests.Reviews;

// The cast reviewer and reviewer3 have submitted reviews of the Ohio proposal; reviewer2 declared a conflict.
public sealed class DiscussionTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Builders.ReviewRound.ReviewedAsync(factory);
    }

    private int Proposal => factory.Query(db => db.Proposals.Single(p => p.RegionName == "Northeast Ohio").Id);

    [Fact]
    public async Task Reviewers_who_submitted_discuss_with_staff_without_learning_each_other_s_names()
    {
        var reviewer = await factory.SignedInAsync(Accounts.Reviewer);

        var page = await reviewer.GetPageAsync($"/reviews/mine/{Proposal}");
        var discussion = page.GetElementById("discussion-heading")!.ParentElement!.TextContent;
        Assert.Contains("Reviewer ", discussion);
        Assert.DoesNotContain("Morgan Reviewer", page.Text());

        await reviewer.PostFormAsync($"/reviews/mine/{Proposal}", $"/reviews/mine/{Proposal}/discussion", ("body", "Is the county match confirmed?"));
        var staff = await factory.SignedInAsync(Accounts.Staff);
        await staff.PostFormAsync($"/intake/{Proposal}", $"/intake/{Proposal}/discussion", ("body", "Yes, the county board voted it."));

        var staffView = (await staff.GetPageAsync($"/intake/{Proposal}")).GetElementById("discussion-heading")!.ParentElement!.TextContent;
        Assert.Contains("Riley Reviewer", staffView);
        Assert.Contains("Is the county match confirmed?", staffView);
        var reviewerView = (await reviewer.GetPageAsync($"/reviews/mine/{Proposal}")).GetElementById("discussion-heading")!.ParentElement!.TextContent;
        Assert.Contains("Program staff", reviewerView);
        Assert.Contains("Yes, the county board voted it.", reviewerView);
    }

    [Fact]
    public async Task A_reviewer_without_a_submitted_review_or_with_a_conflict_cannot_join()
    {
        var conflicted = await factory.SignedInAsync("reviewer2@example.org");
        var response = await conflicted.PostFormAsync("/reviews/mine", $"/reviews/mine/{Proposal}/discussion", ("body", "Let me in"));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);

        var staff = await factory.SignedInAsync(Accounts.Staff);
        var reviewId = factory.Query(db => db.Reviews.Single(r => r.ProposalId == Proposal && db.Users.Any(u => u.Id == r.ReviewerUserId && u.Email == "reviewer3@example.org")).Id);
        await staff.PostFormAsync("/reviews/assignments", $"/reviews/assignments/reviews/{reviewId}/reopen", ("reason", "Checking a score"));
        var reopened = await factory.SignedInAsync("reviewer3@example.org");

        Assert.Null((await reopened.GetPageAsync($"/reviews/mine/{Proposal}")).GetElementById("discussion-heading"));
        Assert.Equal(HttpStatusCode.NotFound, (await reopened.PostFormAsync($"/reviews/mine/{Proposal}", $"/reviews/mine/{Proposal}/discussion", ("body", "Hi"))).StatusCode);
        Assert.DoesNotContain(factory.Query(db => db.DiscussionComments.Select(c => c.Body).ToList()), b => b is "Let me in" or "Hi");
    }
}
