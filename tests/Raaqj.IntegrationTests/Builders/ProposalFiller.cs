using System.Net;
using Raaqj.IntegrationTests.Infrastructure;

namespace Raaqj.IntegrationTests.Builders;

// Fills a proposal's sections through the pages, as co-authors would, with complete and valid answers.
public sealed class ProposalFiller(HttpClient client, int proposalId)
{
    public string Url(string slug) => $"/proposals/{proposalId}/{slug}";

    public async Task<string> VersionOf(string slug) =>
        (await client.GetPageAsync(Url(slug))).QuerySelector("input[name='Form.Version']")!.GetAttribute("value")!;

    public async Task<HttpResponseMessage> Post(string slug, params (string Name, string Value)[] fields)
    {
        var version = await VersionOf(slug);
        return await client.PostFormAsync(Url(slug), Url(slug),
            fields.Append(("Form.Version", version)).Append(("Form.Intent", "save")).ToArray());
    }

    public static readonly (string, string)[] Region =
    [
        ("Form.RegionName", "Northeast Ohio"), ("Form.Counties", "39035"), ("Form.Counties", "39085"),
        ("Form.IsPermanent", "true"), ("Form.PermanentEvidence", "Chartered by the state in 1998."),
        ("Form.IsPlaceBased", "true"), ("Form.PlaceBasedEvidence", "Serves Cuyahoga and Lake counties only."),
        ("Form.HasConvened", "true"), ("Form.ConvenedEvidence", "Convened the healthcare pathways table since 2019."),
    ];

    public static readonly (string, string)[] Strategy = [("Form.Strategy", "Grow healthcare and advanced manufacturing careers for people without degrees.")];

    public static (string, string)[] Populations() =>
        Enumerable.Range(0, 4).SelectMany(i => new[]
        {
            ($"Form.Figures[{i}].Population", (i + 1).ToString()), ($"Form.Figures[{i}].Count", "120000"),
            ($"Form.Figures[{i}].SharePercent", "31.5"), ($"Form.Figures[{i}].Source", "ACS 5-year estimates"), ($"Form.Figures[{i}].Year", "2023"),
        }).ToArray();

    public static readonly (string, string)[] Stakeholders =
    [
        ("Form.Rows[0].Id", "0"), ("Form.Rows[0].Name", "Cleveland Clinic"), ("Form.Rows[0].Sector", "PrivateEmployer"), ("Form.Rows[0].Role", "Co-chair"),
        ("Form.Rows[1].Id", "0"), ("Form.Rows[1].Name", "Cuyahoga County"), ("Form.Rows[1].Sector", "PublicAgency"), ("Form.Rows[1].Role", "Data"),
        ("Form.Rows[2].Id", "0"), ("Form.Rows[2].Name", "Tri-C"), ("Form.Rows[2].Sector", "EducationAndTraining"), ("Form.Rows[2].Role", "Training"),
    ];

    public static readonly (string, string)[] Partnerships =
        [("Form.Rows[0].Id", "0"), ("Form.Rows[0].Partner", "Healthcare pathways table"), ("Form.Rows[0].StartYear", "2019"), ("Form.Rows[0].Achievements", "1,200 placements")];

    public static readonly (string, string)[] JobQuality =
        [("Form.Dimensions", "LivingWage"), ("Form.Dimensions", "EconomicAdvancement"), ("Form.JobQualityRationale", "Wages lag the region's costs.")];

    public static readonly (string, string)[] Fundraising =
    [
        ("Form.AmountRequested", "150000"), ("Form.TotalBudget", "400000"), ("Form.FundraisingNarrative", "County ARPA funds and two foundations."),
        ("Form.Rows[0].Id", "0"), ("Form.Rows[0].Source", "Cuyahoga County"), ("Form.Rows[0].Kind", "Public"), ("Form.Rows[0].Amount", "100000"), ("Form.Rows[0].IsCommitted", "true"),
        ("Form.Rows[1].Id", "0"), ("Form.Rows[1].Source", "Gund Foundation"), ("Form.Rows[1].Kind", "Philanthropic"), ("Form.Rows[1].Amount", "50000"),
    ];

    public async Task FillEverySection()
    {
        foreach (var (slug, fields) in new[] { ("region", Region), ("strategy", Strategy), ("populations", Populations()), ("stakeholders", Stakeholders),
                     ("partnerships", Partnerships), ("job-quality", JobQuality), ("fundraising", Fundraising) })
        {
            var response = await Post(slug, fields);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"saving {slug} answered {(int)response.StatusCode}");
        }
    }

    public static async Task<int> StartAsync(HttpClient owner)
    {
        // Start answers with the existing proposal when the team already has one.
        var response = await owner.PostFormAsync("/dashboard/anchor", "/proposals/start");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
    }
}
