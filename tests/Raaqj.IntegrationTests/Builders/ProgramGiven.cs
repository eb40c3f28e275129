using System.Net;
using Raaqj.IntegrationTests.Infrastructure;

namespace Raaqj.IntegrationTests.Builders;

// The cast's round with a program started nine months ago, two regions submitted, selected and released: the cast
// anchor's Northeast Ohio and Puget Sound (another organization's).
public sealed record ReleasedCohort(HttpClient Staff, int Program, Dictionary<string, int> Regions, TestOrganization Puget);

// A program and its cohort made as staff make them, through the pages.
public static class ProgramGiven
{
    private static readonly string[] Phases = ["Strategic development", "RFP launch and program planning", "Cohort launch", "Regional planning"];

    public static async Task<int> ProgramAsync(this PortalFactory factory, HttpClient staff, int roundId, DateOnly startsOn)
    {
        var fields = new List<(string, string)>
        {
            ("Form.Name", "Test program"), ("Form.RequestForActionId", roundId.ToString()), ("Form.StartsOn", startsOn.ToString("yyyy-MM-dd")),
            ("Form.TimeZoneId", "America/New_York"), ("Form.ReminderDaysBefore", "7"),
        };
        int[][] months = [[1, 3], [3, 7], [8, 8], [9, 12]];
        for (var i = 0; i < Phases.Length; i++)
            fields.AddRange([($"Form.Phases[{i}].Name", Phases[i]), ($"Form.Phases[{i}].FirstMonth", months[i][0].ToString()), ($"Form.Phases[{i}].LastMonth", months[i][1].ToString())]);
        var response = await staff.PostFormAsync("/program/new", "/program/new", fields.ToArray());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return factory.Query(db => db.ProgramEditions.Single(p => p.RequestForActionId == roundId).Id);
    }

    public static async Task<ReleasedCohort> ReleasedCohortAsync(this PortalFactory factory)
    {
        var given = factory.Given;
        var staff = await factory.SignedInAsync(Accounts.Staff);
        var program = await factory.ProgramAsync(staff, given.RoundId, DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime).AddMonths(-9));
        var ohio = await given.SubmittedProposalAsync(given.RoundId, given.CastOrganization, "Northeast Ohio", [("39035", "OH")]);
        var (puget, pugetProposal) = await given.SubmittedRegionAsync("Puget Sound", [("53033", "WA")]);
        var rfp = factory.Query(db => db.RequestsForAction.Single(r => r.Id == given.RoundId));
        Assert.Equal(HttpStatusCode.Redirect, (await staff.PostFormAsync($"/rfp/{rfp.Id}", $"/rfp/{rfp.Id}/close", ("version", rfp.Version.ToString()))).StatusCode);
        foreach (var proposal in new[] { ohio, pugetProposal })
        {
            var version = (await staff.GetPageAsync($"/selection/decisions/{proposal}")).QuerySelector("input[name='Form.Version']")!.GetAttribute("value")!;
            Assert.Equal(HttpStatusCode.Redirect, (await staff.PostFormAsync($"/selection/decisions/{proposal}", $"/selection/decisions/{proposal}",
                ("Form.Version", version), ("Form.Outcome", "Selected"), ("Form.Rationale", "Strong."), ("Form.Feedback", ""))).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Redirect, (await staff.PostFormAsync("/selection/decisions", "/selection/decisions/release")).StatusCode);
        var regions = factory.Query(db => db.CohortRegions.ToDictionary(r => r.RegionName, r => r.Id));
        return new ReleasedCohort(staff, program, regions, puget);
    }
}
