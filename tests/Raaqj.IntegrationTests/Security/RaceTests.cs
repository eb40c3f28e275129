using Raaqj.IntegrationTests.Builders;
using Raaqj.IntegrationTests.Infrastructure;
using Raaqj.IntegrationTests.Proposals;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Proposals;

namespace Raaqj.IntegrationTests.Security;

// Identical requests at the same moment (double clicks, two tabs): one takes effect, the others are told, none answers 500.
public sealed class RaceTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    private static async Task<HttpResponseMessage[]> AtOnce(int count, Func<Task<HttpResponseMessage>> request) =>
        await Task.WhenAll(Enumerable.Range(0, count).Select(_ => Task.Run(request)));

    private static void NoServerErrors(IEnumerable<HttpResponseMessage> responses) =>
        Assert.All(responses, r => Assert.True((int)r.StatusCode < 500, $"answered {(int)r.StatusCode}"));

    [Fact]
    public async Task Ten_simultaneous_submits_record_one_submission_one_audit_entry_and_one_email_each()
    {
        var owner = await factory.SignedInAsync(Accounts.Anchor);
        var id = await ProposalFiller.StartAsync(owner);
        await new ProposalFiller(owner, id).FillEverySection();
        var page = await owner.GetPageAsync($"/proposals/{id}/review");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var responses = await AtOnce(10, () => owner.PostAsync($"/proposals/{id}/submit",
            new FormUrlEncodedContent([new("Certified", "true"), new("__RequestVerificationToken", token)])));

        NoServerErrors(responses);
        Assert.Equal(1, factory.Query(db => db.AuditEntries.Count(a => a.Action == AuditActions.ProposalSubmitted && a.EntityId == id.ToString())));
        Assert.Single(factory.To(Accounts.Anchor), m => m.Subject?.StartsWith("Proposal submitted", StringComparison.Ordinal) == true);
        Assert.Equal(ProposalStatus.Submitted, factory.Query(db => db.Proposals.Single(p => p.Id == id).Status));
    }

    [Fact]
    public async Task Twenty_identical_team_invitations_store_one_and_send_one_email()
    {
        await factory.Given.AnchorAsync("anchor3@example.org");
        var owner = await factory.SignedInAsync("anchor3@example.org");
        var page = await owner.GetPageAsync("/organization/team");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var responses = await AtOnce(20, () => owner.PostAsync("/organization/team/invite",
            new FormUrlEncodedContent([new("Invite.Email", "twenty@example.org"), new("Invite.Role", "Editor"), new("__RequestVerificationToken", token)])));

        NoServerErrors(responses);
        Assert.Equal(1, factory.Query(db => db.OrganizationInvitations.Count(i => i.Email == "twenty@example.org")));
        Assert.Single(factory.To("twenty@example.org"));
    }

    [Fact]
    public async Task Parallel_uploads_never_pass_the_proposal_limit_and_a_double_click_stores_one_file()
    {
        await factory.Given.AnchorAsync("anchor2@example.org");
        var owner = await factory.SignedInAsync("anchor2@example.org");
        var id = await ProposalFiller.StartAsync(owner);
        // Eight different files of 9 MB: together 72 MB, over the 50 MB a proposal may hold.
        var files = Enumerable.Range(0, 8).Select(i =>
        {
            var bytes = new byte[9 * 1024 * 1024];
            UploadTests.Pdf.CopyTo(bytes, 0);
            bytes[^1] = (byte)i;
            return bytes;
        }).ToList();

        var responses = await Task.WhenAll(files.Select((bytes, i) => Task.Run(() => UploadTests.UploadAsync(owner, id, $"part{i}.pdf", bytes))));
        var twice = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() => UploadTests.UploadAsync(owner, id, "same.pdf", UploadTests.Pdf))));

        NoServerErrors(responses.Concat(twice));
        var stored = factory.Query(db => db.ProposalAttachments.Where(a => a.ProposalId == id).Select(a => new { a.FileName, a.SizeBytes }).ToList());
        Assert.True(stored.Sum(a => a.SizeBytes) <= Raaqj.Web.Domain.Documents.UploadRules.MaxRecordBytes, $"{stored.Sum(a => a.SizeBytes)} bytes stored");
        Assert.True(stored.Count(a => a.FileName == "same.pdf") <= 1);
        Assert.Equal(factory.Query(db => db.Proposals.Single(p => p.Id == id).AttachmentBytes), stored.Sum(a => a.SizeBytes));
    }

    [Fact]
    public async Task Simultaneous_organization_creations_make_one_organization_and_no_server_error()
    {
        var newcomer = await factory.RegisteredAnchorAsync("founder@example.org");
        var page = await newcomer.GetPageAsync("/organization/new");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        KeyValuePair<string, string>[] fields =
        [
            new("Form.LegalName", "Founders Workforce Alliance"), new("Form.Type", "WorkforceBoard"), new("Form.Ein", "12-3456789"),
            new("Form.AddressLine1", "1 Main St"), new("Form.City", "Dayton"), new("Form.StateCode", "OH"), new("Form.PostalCode", "45402"),
            new("Form.YearsServingRegion", "12"), new("Form.ConveningTrackRecord", "We convened employers and colleges for a decade."),
            new("__RequestVerificationToken", token),
        ];

        var responses = await AtOnce(10, () => newcomer.PostAsync("/organization/new", new FormUrlEncodedContent(fields)));

        NoServerErrors(responses);
        Assert.Equal(1, factory.Query(db => db.Organizations.Count(o => o.LegalName == "Founders Workforce Alliance")));
    }

    [Fact]
    public async Task Simultaneous_accepts_of_one_invitation_make_one_membership_and_no_server_error()
    {
        await factory.Given.AnchorAsync("anchor4@example.org");
        var owner = await factory.SignedInAsync("anchor4@example.org");
        await owner.PostFormAsync("/organization/team", "/organization/team/invite", ("Invite.Email", "joiner@example.org"), ("Invite.Role", "Editor"));
        var joinLink = factory.LinkInLatestMailTo("joiner@example.org");
        var joiner = await factory.RegisteredAnchorAsync("joiner@example.org");
        var join = await joiner.GetPageAsync(joinLink);
        var accept = join.QuerySelector("form[action^='/organization/invitations/']")!;
        var token = accept.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var responses = await AtOnce(10, () => joiner.PostAsync(accept.GetAttribute("action")!, new FormUrlEncodedContent([new("__RequestVerificationToken", token)])));

        NoServerErrors(responses);
        var userId = factory.Query(db => db.Users.Single(u => u.Email == "joiner@example.org").Id);
        Assert.Equal(1, factory.Query(db => db.OrganizationMembers.Count(m => m.UserId == userId)));
        Assert.Equal(1, factory.Query(db => db.AuditEntries.Count(a => a.Action == AuditActions.MemberJoined && a.ActorEmail == "joiner@example.org")));
    }
}
