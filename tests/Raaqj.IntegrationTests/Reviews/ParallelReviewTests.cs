using System.Net;
using Raaqj.IntegrationTests.Infrastructure;

namespace Raaqj.IntegrationTests.Reviews;

public sealed class ParallelReviewTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Builders.ReviewRound.SubmittedAsync(factory);
    }

    [Fact]
    public async Task Two_reviewers_saving_at_the_same_moment_both_keep_their_work()
    {
        var proposal = factory.Query(db => db.Proposals.Single(p => p.RegionName == "Northeast Ohio").Id);
        var criterion = factory.Query(db => db.SelectionCriteria.OrderBy(c => c.Position).First().Id);
        var staff = await factory.SignedInAsync(Accounts.Staff);
        var clients = new List<(HttpClient Client, string Version, string Comment)>();
        foreach (var email in new[] { Accounts.Reviewer, "reviewer3@example.org" })
        {
            var id = factory.Query(db => db.Users.Single(u => u.Email == email).Id);
            await staff.PostFormAsync("/reviews/assignments", "/reviews/assignments/add", ("proposalId", proposal.ToString()), ("reviewerUserId", id), ("dueOn", "2027-01-20"));
            var client = await factory.SignedInAsync(email);
            await client.PostFormAsync("/reviews/mine", $"/reviews/mine/{proposal}/declare", ("Kind", "None"));
            var version = (await client.GetPageAsync($"/reviews/mine/{proposal}")).QuerySelector("input[name='Form.Version']")!.GetAttribute("value")!;
            clients.Add((client, version, $"Notes by {email}"));
        }

        var responses = await Task.WhenAll(clients.Select(c => c.Client.PostFormAsync($"/reviews/mine/{proposal}", $"/reviews/mine/{proposal}",
            ("Form.Version", c.Version), ("Form.Intent", "save"), ("Form.Scores[0].CriterionId", criterion.ToString()),
            ("Form.Scores[0].Score", "3"), ("Form.Scores[0].Comment", c.Comment))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var comments = factory.Query(db => db.ReviewScores.Where(s => s.CriterionId == criterion).Select(s => s.Comment).ToList());
        Assert.Contains($"Notes by {Accounts.Reviewer}", comments);
        Assert.Contains("Notes by reviewer3@example.org", comments);
    }

    [Fact]
    public async Task Simultaneous_first_saves_of_one_review_keep_one_review_and_answer_no_server_error()
    {
        const string email = "reviewer2@example.org";
        var (_, proposal) = await factory.Given.SubmittedRegionAsync("Puget Sound", [("53033", "WA")]);
        var criterion = factory.Query(db => db.SelectionCriteria.OrderBy(c => c.Position).First().Id);
        var staff = await factory.SignedInAsync(Accounts.Staff);
        var id = factory.Query(db => db.Users.Single(u => u.Email == email).Id);
        await staff.PostFormAsync("/reviews/assignments", "/reviews/assignments/add", ("proposalId", proposal.ToString()), ("reviewerUserId", id), ("dueOn", "2027-01-20"));
        var reviewer = await factory.SignedInAsync(email);
        await reviewer.PostFormAsync("/reviews/mine", $"/reviews/mine/{proposal}/declare", ("Kind", "None"));
        var page = await reviewer.GetPageAsync($"/reviews/mine/{proposal}");
        var version = page.QuerySelector("input[name='Form.Version']")!.GetAttribute("value")!;
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => reviewer.PostAsync($"/reviews/mine/{proposal}", new FormUrlEncodedContent(
        [
            new("Form.Version", version), new("Form.Intent", "save"), new("Form.Scores[0].CriterionId", criterion.ToString()),
            new("Form.Scores[0].Score", "3"), new("Form.Scores[0].Comment", "First thoughts"), new("__RequestVerificationToken", token),
        ])))));

        Assert.All(responses, r => Assert.True((int)r.StatusCode < 500, $"answered {(int)r.StatusCode}"));
        Assert.Equal(1, factory.Query(db => db.Reviews.Count(r => r.ProposalId == proposal && r.ReviewerUserId == id)));
    }
}
