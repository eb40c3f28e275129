using System.Net;
using Raaqj.IntegrationTests.Builders;
using Raaqj.IntegrationTests.Infrastructure;
using Raaqj.IntegrationTests.Proposals;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Domain.Notifications;
using Raaqj.Web.Domain.Organizations;

namespace Raaqj.IntegrationTests.Workspace;

// A cohort region's workspace through HTTP: its team and staff only, Viewers read, partners invited once, the
// library's versions, and announcements that reach each person once.
public sealed class WorkspaceTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    private static Task<HttpResponseMessage> AddFileAsync(HttpClient client, int region, string fileName, byte[] content, string title = "Stakeholder map") =>
        client.PostFileAsync($"/regions/{region}", $"/regions/{region}/library", ("file", fileName, content), ("title", title));

    [Fact]
    public async Task A_member_of_one_region_never_reads_or_changes_anothers_workspace()
    {
        var cohort = await factory.ReleasedCohortAsync();
        var (ohio, puget) = (cohort.Regions["Northeast Ohio"], cohort.Regions["Puget Sound"]);
        var anchor = await factory.SignedInAsync(Accounts.Anchor);
        var pugetOwner = await factory.SignedInAsync(cohort.Puget.Owner.Email);
        Assert.Equal(HttpStatusCode.Redirect, (await AddFileAsync(pugetOwner, puget, "Puget map.pdf", UploadTests.Pdf)).StatusCode);
        var pugetFile = factory.Query(db => db.RegionFileVersions.Single().Id);

        Assert.Equal(HttpStatusCode.OK, (await anchor.GetAsync($"/regions/{ohio}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anchor.GetAsync($"/regions/{puget}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anchor.GetAsync($"/documents/{pugetFile}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anchor.PostFileAsync($"/regions/{ohio}", $"/regions/{puget}/library", ("file", "ours.pdf", UploadTests.Pdf), ("title", "Not ours"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anchor.PostFormAsync($"/regions/{ohio}", $"/regions/{puget}/partners", ("Invite.Email", "spy@example.org"), ("Invite.Role", "Editor"))).StatusCode);
        var pugetFileId = factory.Query(db => db.RegionFiles.Single().Id);
        Assert.Equal(HttpStatusCode.NotFound, (await anchor.PostFileAsync($"/regions/{ohio}", $"/regions/{puget}/library/{pugetFileId}", ("file", "v2.pdf", UploadTests.Pdf),
            ("version", factory.Query(db => db.RegionFiles.Single().Version).ToString()))).StatusCode);
        Assert.Equal(1, factory.Query(db => db.RegionFileVersions.Count()));
        Assert.Equal(0, factory.Query(db => db.RegionInvitations.Count()));

        foreach (var outsider in new[] { Accounts.Reviewer, Accounts.Admin })
        {
            var client = await factory.SignedInAsync(outsider);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/regions/{ohio}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/documents/{pugetFile}")).StatusCode);
        }
        Assert.Equal(HttpStatusCode.OK, (await cohort.Staff.GetAsync($"/regions/{puget}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await cohort.Staff.GetAsync($"/documents/{pugetFile}")).StatusCode);
    }

    [Fact]
    public async Task A_viewer_reads_the_workspace_and_its_files_but_cannot_add_or_invite()
    {
        var cohort = await factory.ReleasedCohortAsync();
        var ohio = cohort.Regions["Northeast Ohio"];
        var owner = await factory.SignedInAsync(Accounts.Anchor);
        Assert.Equal(HttpStatusCode.Redirect, (await AddFileAsync(owner, ohio, "Map.pdf", UploadTests.Pdf)).StatusCode);
        var viewerAccount = await factory.Given.AccountAsync(Roles.Anchor);
        await factory.Given.AddMemberAsync(factory.Given.CastOrganization, viewerAccount, MemberRole.Viewer);
        var viewer = await factory.SignedInAsync(viewerAccount.Email);

        var page = await viewer.GetPageAsync($"/regions/{ohio}");

        Assert.Contains("Map.pdf", page.QuerySelector("[data-testid=library]")!.TextContent);
        Assert.Null(page.QuerySelector("input[type=file]"));
        Assert.Null(page.QuerySelector("input[name='Invite.Email']"));
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"/documents/{factory.Query(db => db.RegionFileVersions.Single().Id)}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await AddFileAsync(viewer, ohio, "Mine.pdf", UploadTests.Pdf)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await viewer.PostFormAsync($"/regions/{ohio}", $"/regions/{ohio}/partners", ("Invite.Email", "friend@example.org"), ("Invite.Role", "Editor"))).StatusCode);
        Assert.Equal(1, factory.Query(db => db.RegionFileVersions.Count()));
    }

    [Fact]
    public async Task A_partner_invitation_works_once_for_the_invited_address_and_opens_that_region_only()
    {
        var cohort = await factory.ReleasedCohortAsync();
        var (ohio, puget) = (cohort.Regions["Northeast Ohio"], cohort.Regions["Puget Sound"]);
        var owner = await factory.SignedInAsync(Accounts.Anchor);
        var invited = await owner.PostFormAsync($"/regions/{ohio}", $"/regions/{ohio}/partners", ("Invite.Email", "college@example.org"), ("Invite.Role", "Editor"));
        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        var again = await owner.PostFormAsync($"/regions/{ohio}", $"/regions/{ohio}/partners", ("Invite.Email", "college@example.org"), ("Invite.Role", "Viewer"));
        Assert.Equal("An invitation to this address is already waiting. Revoke it first to send a new one.", (await again.ReadPageAsync()).FieldError("Invite_Email"));
        var link = factory.LinkInLatestMailTo("college@example.org");
        Assert.Single(factory.To("college@example.org"));

        // Someone else signed in cannot accept it; the invited address can, once.
        var stranger = await factory.SignedInAsync((await factory.Given.AccountAsync(Roles.Anchor)).Email);
        Assert.Contains("Log out, then log in", (await stranger.GetPageAsync(link)).Text());
        var token = new Uri("http://x" + link).Query.Split('=')[1];
        Assert.Contains("does not work", (await (await stranger.PostFormAsync(link, "/regions/join", ("token", Uri.UnescapeDataString(token)))).ReadPageAsync()).Text());
        await factory.Given.AccountAsync(Roles.Reviewer, "college@example.org");
        var partner = await factory.SignedInAsync("college@example.org");
        var accepted = await partner.PostFormAsync(link, "/regions/join", ("token", Uri.UnescapeDataString(token)));
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal($"/regions/{ohio}", accepted.Headers.Location!.OriginalString);
        var twice = await partner.GetAsync(link);
        Assert.Contains("does not work", (await twice.ReadPageAsync()).Text());
        Assert.Equal(1, factory.Query(db => db.RegionPartners.Count(p => p.CohortRegionId == ohio)));

        // The partner is an Editor of the region: adds to its library, sees its team, and nothing of another region.
        var rejoined = await factory.SignedInAsync("college@example.org");
        Assert.Equal(HttpStatusCode.Redirect, (await AddFileAsync(rejoined, ohio, "Curriculum.pdf", UploadTests.Pdf, "Curriculum")).StatusCode);
        Assert.Contains("college@example.org", (await owner.GetPageAsync($"/regions/{ohio}")).QuerySelector("[data-testid=region-team]")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await rejoined.GetAsync($"/regions/{puget}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await rejoined.GetAsync($"/regions/{ohio}/timeline")).StatusCode);

        // Removed, the partner loses the region at once.
        var partnerId = factory.Query(db => db.RegionPartners.Single().Id);
        Assert.Equal(HttpStatusCode.Redirect, (await owner.PostFormAsync($"/regions/{ohio}", $"/regions/{ohio}/partners/{partnerId}/remove")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await rejoined.GetAsync($"/regions/{ohio}")).StatusCode);
    }

    [Fact]
    public async Task The_library_keeps_every_version_refuses_a_stale_one_and_a_bad_file_next_to_its_field()
    {
        var cohort = await factory.ReleasedCohortAsync();
        var ohio = cohort.Regions["Northeast Ohio"];
        var owner = await factory.SignedInAsync(Accounts.Anchor);

        var bad = await AddFileAsync(owner, ohio, "map.pdf", "MZ"u8.ToArray(), "Kept title");
        var page = await bad.ReadPageAsync();
        Assert.Equal("The file's content is not a real PDF file.", page.FieldError("Library_File"));
        Assert.Equal("Kept title", page.GetElementById("Library_Title")!.GetAttribute("value"));

        Assert.Equal(HttpStatusCode.Redirect, (await AddFileAsync(owner, ohio, "Map v1.pdf", UploadTests.Pdf)).StatusCode);
        var file = factory.Query(db => db.RegionFiles.Single());
        var url = $"/regions/{ohio}/library/{file.Id}";
        Assert.Equal(HttpStatusCode.Redirect, (await owner.PostFileAsync($"/regions/{ohio}", url, ("file", "Map v2.pdf", UploadTests.Pdf), ("version", file.Version.ToString()))).StatusCode);
        var stale = await owner.PostFileAsync($"/regions/{ohio}", url, ("file", "Map v3.pdf", UploadTests.Pdf), ("version", file.Version.ToString()));
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("Someone added a version of this file a moment ago", (await stale.ReadPageAsync()).Text());
        // A refused version says why by that file's own field.
        var current = factory.Query(db => db.RegionFiles.Single()).Version.ToString();
        var refused = await (await owner.PostFileAsync($"/regions/{ohio}", url, ("file", "Map v3.pdf", "MZ"u8.ToArray()), ("version", current))).ReadPageAsync();
        Assert.Equal("The file's content is not a real PDF file.", refused.FieldError($"version-file-{file.Id}"));

        var versions = factory.Query(db => db.RegionFileVersions.OrderBy(v => v.Number).Select(v => new { v.Id, v.Number, v.FileName }).ToList());
        Assert.Equal([1, 2], versions.Select(v => v.Number));
        Assert.Equal(2, factory.StoredFileCount);
        var library = (await owner.GetPageAsync($"/regions/{ohio}")).QuerySelector("[data-testid=library]")!;
        Assert.Contains("Map v2.pdf", library.TextContent);
        Assert.Contains("Version 1", library.TextContent);
        foreach (var version in versions)
            Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync($"/documents/{version.Id}")).StatusCode);
    }

    [Fact]
    public async Task An_announcement_reaches_everyone_in_the_regions_once_even_when_the_form_is_sent_twice()
    {
        var cohort = await factory.ReleasedCohortAsync();
        var (ohio, puget) = (cohort.Regions["Northeast Ohio"], cohort.Regions["Puget Sound"]);
        var page = $"/program/{cohort.Program}/cohort";
        var key = Guid.NewGuid().ToString();
        (string, string)[] form = [("Form.Key", key), ("Form.RegionId", ""), ("Form.Title", "Convening agenda"), ("Form.Body", "The agenda for March is in your library.")];

        var first = await cohort.Staff.PostFormAsync(page, $"{page}/announcements", form);
        var second = await cohort.Staff.PostFormAsync(page, $"{page}/announcements", form);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(1, factory.Query(db => db.Announcements.Count()));
        var notices = factory.Query(db => db.Notifications.Where(n => n.Topic == NotificationTopic.Announcements).Select(n => n.UserId).ToList());
        Assert.Equal(notices.Count, notices.Distinct().Count());
        Assert.Contains(factory.Given.Account(Accounts.Anchor).Id, notices);
        Assert.Single(factory.To(Accounts.Anchor), m => m.Subject == "Convening agenda");
        Assert.Single(factory.To(cohort.Puget.Owner.Email), m => m.Subject == "Convening agenda");
        Assert.Contains("Convening agenda", (await (await factory.SignedInAsync(Accounts.Anchor)).GetPageAsync($"/regions/{ohio}")).Text());

        // To one region only: the other never hears of it.
        Assert.Equal(HttpStatusCode.Redirect, (await cohort.Staff.PostFormAsync(page, $"{page}/announcements",
            ("Form.Key", Guid.NewGuid().ToString()), ("Form.RegionId", puget.ToString()), ("Form.Title", "Puget site visit"), ("Form.Body", "We visit on the 12th."))).StatusCode);
        Assert.DoesNotContain(factory.To(Accounts.Anchor), m => m.Subject == "Puget site visit");
        Assert.Single(factory.To(cohort.Puget.Owner.Email), m => m.Subject == "Puget site visit");
        Assert.DoesNotContain("Puget site visit", (await (await factory.SignedInAsync(Accounts.Anchor)).GetPageAsync($"/regions/{ohio}")).Text());

        var empty = await cohort.Staff.PostFormAsync(page, $"{page}/announcements", ("Form.Key", Guid.NewGuid().ToString()), ("Form.Title", ""), ("Form.Body", "Text kept."));
        var again = await empty.ReadPageAsync();
        Assert.Equal("Give the announcement a title.", again.FieldError("Form_Title"));
        Assert.Equal("Text kept.", again.GetElementById("Form_Body")!.TextContent.Trim());
        Assert.Equal(2, factory.Query(db => db.Announcements.Count()));
    }

    [Fact]
    public async Task Staff_name_a_liaison_whom_the_region_sees_and_only_staff_may_be_named()
    {
        var cohort = await factory.ReleasedCohortAsync();
        var ohio = cohort.Regions["Northeast Ohio"];
        var page = $"/program/{cohort.Program}/cohort";
        var staffId = factory.Given.Account(Accounts.Staff).Id;

        Assert.Equal(HttpStatusCode.Redirect, (await cohort.Staff.PostFormAsync(page, $"{page}/{ohio}/liaison", ("liaisonUserId", factory.Given.Account(Accounts.Anchor).Id))).StatusCode);
        Assert.Null(factory.Query(db => db.CohortRegions.Single(r => r.Id == ohio).LiaisonUserId));
        Assert.Equal(HttpStatusCode.Redirect, (await cohort.Staff.PostFormAsync(page, $"{page}/{ohio}/liaison", ("liaisonUserId", staffId))).StatusCode);

        Assert.Equal(staffId, factory.Query(db => db.CohortRegions.Single(r => r.Id == ohio).LiaisonUserId));
        var workspace = await (await factory.SignedInAsync(Accounts.Anchor)).GetPageAsync($"/regions/{ohio}");
        Assert.Contains(factory.Given.Account(Accounts.Staff).Email, workspace.QuerySelector("[aria-labelledby=liaison-heading]")!.TextContent);
        Assert.Equal(2, (await cohort.Staff.GetPageAsync(page)).QuerySelectorAll("[data-testid=cohort-row]").Length);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await factory.SignedInAsync(Accounts.Anchor)).GetAsync(page)).StatusCode);
    }
}
