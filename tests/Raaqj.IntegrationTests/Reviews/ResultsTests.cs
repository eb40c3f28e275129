using System.Net;
using Raaqj.IntegrationTests.Infrastructure;

namespace Raaqj.IntegrationTests.Reviews;

public sealed class ResultsTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Builders.ReviewRound.SubmittedAsync(factory);
    }

    private async Task SubmitAllScores(string email, int proposal, int score)
    {
        var reviewerId = factory.Query(db => db.Users.Single(u => u.Email == email).Id);
        var staff = await factory.SignedInAsync(Accounts.Staff);
        await staff.PostFormAsync("/reviews/assignments", "/reviews/assignments/add", ("proposalId", proposal.ToString()), ("reviewerUserId", reviewerId), ("dueOn", "2027-01-20"));
        var reviewer = await factory.SignedInAsync(email);
        await reviewer.PostFormAsync("/reviews/mine", $"/reviews/mine/{proposal}/declare", ("Kind", "None"));
        var criteria = factory.Query(db => db.SelectionCriteria.OrderBy(c => c.Position).Select(c => c.Id).ToList());
        var version = (await reviewer.GetPageAsync($"/reviews/mine/{proposal}")).QuerySelector("input[name='Form.Version']")!.GetAttribute("value")!;
        var fields = new List<(string, string)> { ("Form.Version", version), ("Form.Intent", "submit"), ("Form.Recommendation", "Recommend"), ("Form.OverallComment", "Done.") };
        for (var i = 0; i < criteria.Count; i++)
            fields.AddRange([($"Form.Scores[{i}].CriterionId", criteria[i].ToString()), ($"Form.Scores[{i}].Score", score.ToString()), ($"Form.Scores[{i}].Comment", "Reason")]);
        var response = await reviewer.PostFormAsync($"/reviews/mine/{proposal}", $"/reviews/mine/{proposal}", [.. fields]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task Staff_see_weighted_totals_mean_spread_calibrated_score_and_disagreement()
    {
        var proposal = factory.Query(db => db.Proposals.Single(p => p.RegionName == "Northeast Ohio").Id);
        await SubmitAllScores(Accounts.Reviewer, proposal, 5);
        await SubmitAllScores("reviewer3@example.org", proposal, 2);
        var staff = await factory.SignedInAsync(Accounts.Staff);

        var page = await staff.GetPageAsync("/reviews/results");

        var row = page.QuerySelectorAll("tbody tr").First(r => r.TextContent.Contains(Accounts.AnchorOrganization));
        Assert.Contains("2 of 2", row.TextContent);
        Assert.Contains("100.0, 25.0", row.TextContent);
        Assert.Contains("62.5", row.TextContent);
        Assert.Contains("Reviewers disagree", row.TextContent);
        Assert.Contains("Riley Reviewer", page.GetElementById("severity-heading")!.ParentElement!.TextContent);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await factory.SignedInAsync(Accounts.Reviewer)).GetAsync("/reviews/results")).StatusCode);

        var csv = await (await staff.GetAsync("/reviews/results/scores.csv")).Content.ReadAsStringAsync();
        var lines = csv.Trim().Split('\n');
        Assert.StartsWith("Receipt,Organization,Reviewer", lines[0].TrimStart('\uFEFF'));
        Assert.Equal(1 + 2 * factory.Query(db => db.SelectionCriteria.Count()), lines.Length);
        Assert.Contains("Riley Reviewer", csv);
        Assert.Contains("Reason", csv);
        var xlsx = await staff.GetAsync("/reviews/results/scores.xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
    }
}
