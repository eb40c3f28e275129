using System.Net;
using Raaqj.IntegrationTests.Infrastructure;
using Raaqj.Web.Domain.Audit;

namespace Raaqj.IntegrationTests.Organizations;

public sealed class OrganizationProfileTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    private static (string, string)[] Profile(string name, string ein = "34-5678901", string zip = "43215", string type = "CommunityCollege") =>
    [
        ("Form.LegalName", name), ("Form.Type", type), ("Form.Ein", ein), ("Form.AddressLine1", "1 Main Street"),
        ("Form.AddressLine2", ""), ("Form.City", "Columbus"), ("Form.StateCode", "OH"), ("Form.PostalCode", zip),
        ("Form.Website", "https://example.edu"), ("Form.YearsServingRegion", "12"), ("Form.ConveningTrackRecord", "We convened employers."),
    ];

    [Fact]
    public async Task A_new_anchor_creates_the_profile_and_becomes_its_owner()
    {
        var client = await factory.RegisteredAnchorAsync("founder@college.example");
        Assert.Equal("/organization/new", (await client.GetAsync("/organization")).Headers.Location!.OriginalString);

        var response = await client.PostFormAsync("/organization/new", "/organization/new", Profile("Columbus State College", ein: "345678901"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.GetPageAsync("/organization");
        Assert.Contains("Columbus State College", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("EIN 34-5678901", page.Text());
        Assert.Contains("Owner", page.Text());
        Assert.True(factory.Query(db => db.AuditEntries.Any(a => a.Action == AuditActions.OrganizationCreated && a.ActorEmail == "founder@college.example")));
    }

    [Theory]
    [InlineData("12345", "Form_Ein", "NN-NNNNNNN")]
    [InlineData("07-1234567", "Form_Ein", "NN-NNNNNNN")]
    [InlineData("4321", "Form_PostalCode", "ZIP code")]
    public async Task Bad_input_is_named_next_to_the_field_kept_and_nothing_is_saved(string value, string field, string message)
    {
        var client = await factory.RegisteredAnchorAsync($"bad-{Guid.NewGuid():N}@example.net");
        var fields = Profile("Typed Name Kept").Select(f => f.Item1 == field.Replace('_', '.') ? (f.Item1, value) : f).ToArray();
        var before = factory.Query(db => db.Organizations.Count());

        var page = await (await client.PostFormAsync("/organization/new", "/organization/new", fields)).ReadPageAsync();

        Assert.Contains(message, page.FieldError(field));
        Assert.Equal(value, page.GetElementById(field)!.GetAttribute("value"));
        Assert.Equal("Typed Name Kept", page.GetElementById("Form_LegalName")!.GetAttribute("value"));
        Assert.Equal(before, factory.Query(db => db.Organizations.Count()));
    }

    [Fact]
    public async Task A_missing_kind_of_organization_is_named_next_to_the_select()
    {
        var client = await factory.RegisteredAnchorAsync($"kind-{Guid.NewGuid():N}@example.net");

        var page = await (await client.PostFormAsync("/organization/new", "/organization/new", Profile("No Kind", type: ""))).ReadPageAsync();

        Assert.Contains("Choose the kind of organization", page.FieldError("Form_Type"));
    }

    [Fact]
    public async Task Two_editors_saving_the_profile_at_once_the_second_sees_both_versions()
    {
        var owner = await factory.SignedInAsync(Accounts.Anchor);
        var version = (await owner.GetPageAsync("/organization/edit")).QuerySelector("input[name='Form.Version']")!.GetAttribute("value")!;
        var first = Profile("Great Lakes Workforce Board, Inc.").Append(("Form.Version", version)).ToArray();
        var second = Profile("Great Lakes Workforce Board (renamed)").Append(("Form.Version", version)).ToArray();

        Assert.Equal(HttpStatusCode.Redirect, (await owner.PostFormAsync("/organization/edit", "/organization/edit", first)).StatusCode);
        var page = await (await owner.PostFormAsync("/organization/edit", "/organization/edit", second)).ReadPageAsync();

        Assert.Contains("A colleague saved the profile", page.Text());
        Assert.Contains("Great Lakes Workforce Board, Inc.", page.QuerySelector("aside")!.TextContent);
        Assert.Equal("Great Lakes Workforce Board (renamed)", page.GetElementById("Form_LegalName")!.GetAttribute("value"));
        Assert.Equal("Great Lakes Workforce Board, Inc.", factory.Query(db => db.Organizations.Single(o => o.StateCode == "OH" && o.LegalName.StartsWith("Great")).LegalName));
    }

    [Fact]
    public async Task Other_roles_cannot_open_organization_pages()
    {
        var staff = await factory.SignedInAsync(Accounts.Staff);

        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync("/organization")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync("/organization/team")).StatusCode);
    }
}
