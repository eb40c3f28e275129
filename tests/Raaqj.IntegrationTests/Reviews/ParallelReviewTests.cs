using System.Net;
using Raaqj.IntegrationTests.Infrastructure;

namespace Raaqj.IntegrationTests.Reviews;

public sealed class ParallelReviewTests(FullDemoFactory factory) : IClassFixture<FullDemoFactory>
{
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
}
