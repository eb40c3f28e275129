using System.Net;
using System.Text;
using Raaqj.IntegrationTests.Builders;
using Raaqj.IntegrationTests.Infrastructure;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Organizations;
using Raaqj.Web.Domain.Planning;

namespace Raaqj.IntegrationTests.Planning;

// The ecosystem map through HTTP: seeded from the proposal at release, changed by the region's team only (404 for
// anyone else, Viewers read), edits checked against their version, duplicates merged keeping history or kept apart,
// a CSV imported only when every row is right and only once, and engaged organizations counted once.
public sealed class EcosystemTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    private static (string, string)[] Fields(string name, string sector = "Employers", string version = "", string engagement = "Involved", string email = "") =>
    [
        ("Form.Name", name), ("Form.Sector", sector), ("Form.Engagement", engagement), ("Form.Version", version), ("Form.Website", ""), ("Form.Ein", ""),
        ("Form.ContactName", email.Length > 0 ? "Dana Ruiz" : ""), ("Form.ContactEmail", email),
    ];

    private async Task<int> AddAsync(HttpClient client, int region, string name, string sector = "Employers", string engagement = "Involved", string email = "")
    {
        var response = await client.PostFormAsync($"/regions/{region}/stakeholders/new", $"/regions/{region}/stakeholders/new", Fields(name, sector, engagement: engagement, email: email));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
    }

    private Guid VersionOf(int id) => factory.Query(db => db.RegionStakeholders.Single(s => s.Id == id).Version);

    [Fact]
    public async Task A_region_keeps_its_map_from_the_proposal_edits_it_safely_merges_a_duplicate_and_nobody_else_reads_or_changes_it()
    {
        var cohort = await factory.ReleasedCohortAsync();
        var (ohio, puget) = (cohort.Regions["Northeast Ohio"], cohort.Regions["Puget Sound"]);

        // Release seeded each region's map from its proposal, no retyping; bringing them in again adds nothing.
        var named = factory.Query(db => db.Stakeholders.Count(s => db.CohortRegions.Any(r => r.Id == ohio && r.ProposalId == s.ProposalId)));
        Assert.True(named >= 3);
        Assert.Equal(named, factory.Query(db => db.RegionStakeholders.Count(s => s.CohortRegionId == ohio && s.ProposalStakeholderId != null)));
        var anchor = await factory.SignedInAsync(Accounts.Anchor);
        Assert.Equal(HttpStatusCode.Redirect, (await anchor.PostFormAsync($"/regions/{ohio}/stakeholders", $"/regions/{ohio}/stakeholders/from-proposal")).StatusCode);
        Assert.Equal(named, factory.Query(db => db.RegionStakeholders.Count(s => s.CohortRegionId == ohio)));

        // Two editors on the same stakeholder: the second is told, keeps what they typed, and the first's change stands.
        var editorAccount = await factory.Given.AccountAsync(Roles.Anchor);
        await factory.Given.AddMemberAsync(factory.Given.CastOrganization, editorAccount, MemberRole.Editor);
        var editor = await factory.SignedInAsync(editorAccount.Email);
        var acme = await AddAsync(anchor, ohio, "Acme Manufacturing Co.", email: "dana@acme.org");
        var page = $"/regions/{ohio}/stakeholders/{acme}";
        var seen = VersionOf(acme).ToString();
        Assert.Equal(HttpStatusCode.Redirect, (await anchor.PostFormAsync(page, page, Fields("Acme Manufacturing", version: seen))).StatusCode);
        var late = await editor.PostFormAsync(page, page, Fields("Acme Mfg (typed late)", version: seen));
        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        var again = await late.ReadPageAsync();
        Assert.Contains("Someone changed this stakeholder", again.Text());
        Assert.Equal("Acme Mfg (typed late)", again.QuerySelector("#Form_Name")!.GetAttribute("value"));
        Assert.Equal(VersionOf(acme).ToString(), again.QuerySelector("input[name='Form.Version']")!.GetAttribute("value"));
        Assert.Equal("Acme Manufacturing", factory.Query(db => db.RegionStakeholders.Single(s => s.Id == acme).Name));
        // Bad input is refused by its field, keeps what was typed, and changes nothing.
        var bad = await (await anchor.PostFormAsync(page, page, [.. Fields("Acme Manufacturing", version: VersionOf(acme).ToString()).Where(f => f.Item1 != "Form.Ein"), ("Form.Ein", "12-34")])).ReadPageAsync();
        Assert.NotNull(bad.FieldError("Form_Ein"));
        Assert.Equal("12-34", bad.QuerySelector("#Form_Ein")!.GetAttribute("value"));

        // The engagement moves with a note into the history, and the audit says who and what.
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostFormAsync(page, $"{page}/engagement", ("level", "Leading"), ("note", "Chairs the employer council."),
            ("version", VersionOf(acme).ToString()))).StatusCode);
        Assert.Equal([(EngagementLevel?)null, EngagementLevel.Involved], factory.Query(db => db.EngagementChanges.Where(c => c.RegionStakeholderId == acme).OrderBy(c => c.Id).Select(c => c.From).ToList()));
        Assert.Contains("Chairs the employer council.", (await anchor.GetPageAsync(page)).QuerySelector("[data-testid=engagement-history]")!.TextContent);
        Assert.Equal(1, factory.Query(db => db.AuditEntries.Count(a => a.Action == AuditActions.EngagementChanged && a.EntityId == acme.ToString())));

        // The same organization entered again by another person: offered as a duplicate, counted once, merged keeping history.
        var twice = await AddAsync(editor, ohio, "ACME MANUFACTURING, INC.", engagement: "Consulted", email: "lee@acme.org");
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostFormAsync($"/regions/{ohio}/stakeholders/{twice}", $"/regions/{ohio}/stakeholders/{twice}/contacts",
            ("Contact.Name", "Dana Ruiz"), ("Contact.Email", "dana@acme.org"))).StatusCode);
        var map = await anchor.GetPageAsync($"/regions/{ohio}/stakeholders");
        Assert.Equal("1", map.QuerySelector("[data-testid=duplicate-count]")!.TextContent);
        var engagedBefore = int.Parse(map.QuerySelector("[data-testid=engaged]")!.TextContent);
        var duplicates = await anchor.GetPageAsync($"/regions/{ohio}/stakeholders/duplicates");
        Assert.Contains("same name", duplicates.QuerySelector("[data-testid=duplicate-pair]")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await anchor.PostFormAsync($"/regions/{ohio}/stakeholders/duplicates", $"/regions/{ohio}/stakeholders/duplicates/merge",
            ("first", acme.ToString()), ("second", twice.ToString()), ("firstVersion", VersionOf(acme).ToString()), ("secondVersion", VersionOf(twice).ToString()),
            ("keep", acme.ToString()))).StatusCode);
        Assert.Equal(acme, factory.Query(db => db.RegionStakeholders.Single(s => s.Id == twice).MergedIntoId));
        // Lee moved over; Dana, already on the kept record, did not come twice; the duplicate's history stays its own.
        Assert.Equal(["dana@acme.org", "lee@acme.org"], factory.Query(db => db.StakeholderContacts.Where(c => c.RegionStakeholderId == acme).OrderBy(c => c.EmailKey).Select(c => c.EmailKey!).ToList()));
        Assert.Equal(1, factory.Query(db => db.EngagementChanges.Count(c => c.RegionStakeholderId == twice)));
        var after = await anchor.GetPageAsync($"/regions/{ohio}/stakeholders");
        Assert.Equal("0", after.QuerySelector("[data-testid=duplicate-count]")!.TextContent);
        Assert.Equal(engagedBefore, int.Parse(after.QuerySelector("[data-testid=engaged]")!.TextContent));
        // Merging again (a double click) changes nothing.
        Assert.Equal(HttpStatusCode.Redirect, (await anchor.PostFormAsync($"/regions/{ohio}/stakeholders/duplicates", $"/regions/{ohio}/stakeholders/duplicates/merge",
            ("first", acme.ToString()), ("second", twice.ToString()), ("firstVersion", VersionOf(acme).ToString()), ("secondVersion", VersionOf(twice).ToString()),
            ("keep", twice.ToString()))).StatusCode);
        Assert.Null(factory.Query(db => db.RegionStakeholders.Single(s => s.Id == acme).MergedIntoId));
        var contact = factory.Query(db => db.StakeholderContacts.First(c => c.RegionStakeholderId == acme).Id);

        // Outside the region: every page and every post answers 404, and nothing changes.
        var outsider = await factory.SignedInAsync(cohort.Puget.Owner.Email);
        foreach (var url in new[] { "", "/new", $"/{acme}", "/duplicates", "/import", "/export.csv", "/export.xlsx" })
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/regions/{ohio}/stakeholders{url}")).StatusCode);
        var own = $"/regions/{puget}/stakeholders";
        var posts = new (string Url, (string, string)[] Fields)[]
        {
            ("/new", Fields("Sneaky")), ($"/{acme}", Fields("Renamed", version: VersionOf(acme).ToString())),
            ($"/{acme}/engagement", [("level", "Informed"), ("version", VersionOf(acme).ToString())]), ($"/{acme}/contacts", [("Contact.Name", "Eve")]),
            ($"/{acme}/contacts/{contact}/remove", []), ("/from-proposal", []),
            ("/duplicates/apart", [("first", acme.ToString()), ("second", twice.ToString())]),
        };
        foreach (var (url, fields) in posts)
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostFormAsync(own, $"/regions/{ohio}/stakeholders{url}", fields)).StatusCode);
        Assert.Equal("Acme Manufacturing", factory.Query(db => db.RegionStakeholders.Single(s => s.Id == acme).Name));
        Assert.Equal(2, factory.Query(db => db.StakeholderContacts.Count(c => c.RegionStakeholderId == acme)));
        // A viewer reads the map but changes nothing.
        var viewerAccount = await factory.Given.AccountAsync(Roles.Anchor);
        await factory.Given.AddMemberAsync(factory.Given.CastOrganization, viewerAccount, MemberRole.Viewer);
        var viewer = await factory.SignedInAsync(viewerAccount.Email);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync(page)).StatusCode);
        Assert.Null((await viewer.GetPageAsync(page)).QuerySelector($"form[action='{page}/engagement']"));
        Assert.Equal(HttpStatusCode.NotFound, (await viewer.GetAsync($"/regions/{ohio}/stakeholders/new")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await viewer.PostFormAsync(page, $"{page}/engagement", ("level", "Informed"), ("version", VersionOf(acme).ToString()))).StatusCode);
        Assert.Equal(EngagementLevel.Leading, factory.Query(db => db.RegionStakeholders.Single(s => s.Id == acme).Engagement));
    }

    [Fact]
    public async Task A_CSV_with_a_bad_row_imports_nothing_a_good_one_imports_once_and_the_cohort_counts_each_organization_once()
    {
        var cohort = await factory.ReleasedCohortAsync();
        var (ohio, puget) = (cohort.Regions["Northeast Ohio"], cohort.Regions["Puget Sound"]);
        var anchor = await factory.SignedInAsync(Accounts.Anchor);
        var import = $"/regions/{ohio}/stakeholders/import";
        var before = factory.Query(db => db.RegionStakeholders.Count(s => s.CohortRegionId == ohio));

        // A row with an unknown sector: the preview says which line and why, and confirming imports nothing.
        const string header = "name,sector,engagement,website,contact_name,contact_email\n";
        var bad = await anchor.PostFileAsync(import, import, ("file", "map.csv", Encoding.UTF8.GetBytes(header +
            "Fund for Good Jobs,Philanthropy,Involved,goodjobsfund.org,Ana Ortiz,ana@goodjobsfund.org\nLakeshore Bakery,Bakers,Consulted,,,\n")));
        Assert.Equal(HttpStatusCode.Redirect, bad.StatusCode);
        var preview = await anchor.GetPageAsync(bad.Headers.Location!.OriginalString);
        Assert.Contains("1 of 2 row(s) have errors", preview.QuerySelector("[data-testid=import-summary]")!.TextContent);
        Assert.Contains("Sector “Bakers”", preview.QuerySelectorAll("[data-testid=import-row]")[1].TextContent);
        var badId = factory.Query(db => db.StakeholderImports.OrderBy(i => i.Id).Last());
        Assert.Equal(HttpStatusCode.Redirect, (await anchor.PostFormAsync(bad.Headers.Location!.OriginalString, bad.Headers.Location!.OriginalString,
            ("version", badId.Version.ToString()))).StatusCode);
        Assert.Equal(before, factory.Query(db => db.RegionStakeholders.Count(s => s.CohortRegionId == ohio)));
        // Not a CSV at all: refused by the field, nothing kept.
        var binary = await anchor.PostFileAsync(import, import, ("file", "map.xlsx", [0x50, 0x4B, 0x03, 0x04, 0x00]));
        Assert.NotNull((await binary.ReadPageAsync()).FieldError("file"));

        // A good file: previewed, then imported once however often it is confirmed.
        var good = await anchor.PostFileAsync(import, import, ("file", "map.csv", Encoding.UTF8.GetBytes(header +
            "Fund for Good Jobs,Philanthropy,Involved,goodjobsfund.org,Ana Ortiz,ana@goodjobsfund.org\nLakeshore Bakery,Employers,Consulted,,,\n")));
        var location = good.Headers.Location!.OriginalString;
        Assert.Contains("2 row(s) ready", (await anchor.GetPageAsync(location)).QuerySelector("[data-testid=import-summary]")!.TextContent);
        Assert.Equal(before, factory.Query(db => db.RegionStakeholders.Count(s => s.CohortRegionId == ohio)));
        var version = factory.Query(db => db.StakeholderImports.OrderBy(i => i.Id).Last().Version.ToString());
        Assert.Equal(HttpStatusCode.Redirect, (await anchor.PostFormAsync(location, location, ("version", version))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await anchor.PostFormAsync(location, location, ("version", version))).StatusCode);
        Assert.Equal(before + 2, factory.Query(db => db.RegionStakeholders.Count(s => s.CohortRegionId == ohio)));
        Assert.Equal("ana@goodjobsfund.org", factory.Query(db => db.StakeholderContacts.Single(c => c.Name == "Ana Ortiz").EmailKey));
        // The export writes the columns the import reads.
        var csv = await (await anchor.GetAsync($"/regions/{ohio}/stakeholders/export.csv?sector=Philanthropy")).Content.ReadAsStringAsync();
        Assert.StartsWith("name,sector,engagement,ein,website,role,influence,interest,contact_name", csv.TrimStart('\uFEFF'));
        Assert.Contains("Fund for Good Jobs,Philanthropy,Involved", csv);
        Assert.DoesNotContain("Lakeshore Bakery", csv);

        // The same funder engaged in a second region counts once for the program; staff say two others are different.
        var staffProgram = $"/program/{cohort.Program}/ecosystem";
        async Task<int> ProgramEngaged() => int.Parse((await cohort.Staff.GetPageAsync(staffProgram)).QuerySelector("[data-testid=program-engaged]")!.TextContent);
        var engaged = await ProgramEngaged();
        var pugetOwner = await factory.SignedInAsync(cohort.Puget.Owner.Email);
        await AddAsync(pugetOwner, puget, "The Fund for Good Jobs", "Philanthropy");
        Assert.Equal(engaged, await ProgramEngaged());
        var across = (await cohort.Staff.GetPageAsync(staffProgram)).QuerySelectorAll("[data-testid=across-group]");
        Assert.Contains("Entered by 2 regions", Assert.Single(across).TextContent);
        var local = await AddAsync(pugetOwner, puget, "Lakeshore Bakery", "Employers");
        await AddAsync(pugetOwner, puget, "Northwest Bakers Union", "WorkerOrganizationsAndLabor");
        Assert.Equal(engaged + 2, await ProgramEngaged());
        var bakery = factory.Query(db => db.RegionStakeholders.Single(s => s.CohortRegionId == ohio && s.Name == "Lakeshore Bakery").Id);
        // A region's team cannot decide for a pair across regions; staff can.
        Assert.Equal(HttpStatusCode.NotFound, (await anchor.PostFormAsync($"/regions/{ohio}/stakeholders/duplicates", $"/regions/{ohio}/stakeholders/duplicates/apart",
            ("first", bakery.ToString()), ("second", local.ToString()))).StatusCode);
        Assert.Equal(2, (await cohort.Staff.GetPageAsync(staffProgram)).QuerySelectorAll("[data-testid=across-group]").Length);
        Assert.Equal(HttpStatusCode.Redirect, (await cohort.Staff.PostFormAsync(staffProgram, $"{staffProgram}/apart", ("stakeholder", local.ToString()))).StatusCode);
        Assert.Equal(1, factory.Query(db => db.StakeholderDistinctions.Count(d => d.FirstId == bakery && d.SecondId == local)));
        Assert.Single((await cohort.Staff.GetPageAsync(staffProgram)).QuerySelectorAll("[data-testid=across-group]"));
        Assert.Equal(HttpStatusCode.Forbidden, (await anchor.GetAsync(staffProgram)).StatusCode);
    }

    // Timings are in bench/; here, that the map's pages read the same way at any size (no query per row or per pair).
    [Fact]
    public async Task The_map_pages_send_the_same_sql_commands_for_a_handful_and_for_hundreds_of_stakeholders_a_region()
    {
        var cohort = await factory.ReleasedCohortAsync();
        var ohio = cohort.Regions["Northeast Ohio"];
        var anchor = await factory.SignedInAsync(Accounts.Anchor);
        var rfp = factory.Query(db => db.CohortRegions.Single(r => r.Id == ohio).RequestForActionId);
        async Task GrowAsync(int perRegion) => await factory.WithScopeAsync(async s =>
        {
            await Raaqj.Web.Data.Seed.SyntheticEcosystem.AddAsync(s.GetRequiredService<Raaqj.Web.Data.AppDbContext>(), rfp, perRegion, factory.Clock.GetUtcNow().UtcDateTime);
            return true;
        });
        await GrowAsync(60);
        var first = factory.Query(db => db.RegionStakeholders.Where(x => x.CohortRegionId == ohio).OrderBy(x => x.Id).First().Id);
        var pages = new (HttpClient Client, string Url)[]
        {
            (anchor, $"/regions/{ohio}/stakeholders"), (anchor, $"/regions/{ohio}/stakeholders?sort=engagement&dir=desc&page=2"),
            (anchor, $"/regions/{ohio}/stakeholders/duplicates"), (anchor, $"/regions/{ohio}/stakeholders/{first}"), (cohort.Staff, $"/program/{cohort.Program}/ecosystem"),
        };
        var before = new List<int>();
        foreach (var (client, url) in pages)
            before.Add(await factory.SqlCommandsFor(client, url));

        await GrowAsync(400);

        Assert.True(factory.Query(db => db.RegionStakeholders.Count(x => x.CohortRegionId == ohio)) > 460);
        var after = new List<int>();
        foreach (var (client, url) in pages)
            after.Add(await factory.SqlCommandsFor(client, url));
        Assert.Equal(before, after);
        Assert.All(after, count => Assert.InRange(count, 1, 12));
    }
}
