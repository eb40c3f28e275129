using System.Net;
using Raaqj.IntegrationTests.Builders;
using Raaqj.IntegrationTests.Infrastructure;

namespace Raaqj.IntegrationTests.Proposals;

// Another organization's proposal does not exist for you: every page, action and file answers 404.
public sealed class ProposalAccessTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    private static readonly string[] Sections = ["", "/region", "/strategy", "/populations", "/stakeholders", "/partnerships", "/job-quality", "/fundraising", "/attachments", "/review", "/print"];

    [Fact]
    public async Task An_anchor_of_another_organization_gets_404_for_every_page_action_and_file()
    {
        await factory.Given.AnchorAsync("anchor2@example.org");
        var owner = await factory.SignedInAsync(Accounts.Anchor);
        var id = await ProposalFiller.StartAsync(owner);
        await UploadTests.UploadAsync(owner, id, "letter.pdf", UploadTests.Pdf);
        var attachmentId = factory.Query(db => db.ProposalAttachments.Single(a => a.ProposalId == id).Id);
        var other = await factory.SignedInAsync("anchor2@example.org");
        var token = (await other.GetPageAsync("/organization")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        foreach (var section in Sections)
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/proposals/{id}{section}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/documents/{attachmentId}")).StatusCode);
        foreach (var action in Sections.Skip(1).Where(s => s is not "/review" and not "/print")
                     .Concat(["/submit", "/reopen", "/withdraw", $"/attachments/{attachmentId}/delete"]))
        {
            var response = await other.PostAsync($"/proposals/{id}{action}", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token, ["Form.Strategy"] = "Hijacked", ["Form.Intent"] = "save", ["Certified"] = "true",
            }));
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"POST {action} answered {(int)response.StatusCode}");
        }
        Assert.NotEqual("Hijacked", factory.Query(db => db.Proposals.Single(p => p.Id == id).Strategy));
        Assert.Equal(1, factory.Query(db => db.ProposalAttachments.Count(a => a.ProposalId == id)));
    }

    [Fact]
    public async Task Staff_and_reviewers_cannot_open_the_applicant_pages()
    {
        var staff = await factory.SignedInAsync(Accounts.Staff);
        var reviewer = await factory.SignedInAsync(Accounts.Reviewer);

        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync("/proposals/1")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.GetAsync("/proposals/1/strategy")).StatusCode);
    }
}
