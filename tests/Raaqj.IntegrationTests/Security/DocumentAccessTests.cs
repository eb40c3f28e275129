using System.Net;
using Raaqj.IntegrationTests.Infrastructure;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Domain.Organizations;
using Raaqj.Web.Domain.Proposals;
using Raaqj.Web.Domain.Reviews;
using Raaqj.Web.Infrastructure.Files;

namespace Raaqj.IntegrationTests.Security;

// The one download endpoint, walked for every relation to the file's proposal: the cast reviewer and reviewer3 are
// assigned to Northeast Ohio without a conflict, reviewer2 is assigned but declared one.
public sealed class DocumentAccessTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    private int document;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var given = factory.Given;
        var staffId = given.Account(Accounts.Staff).Id;
        var ohio = await given.SubmittedProposalAsync(given.RoundId, given.CastOrganization, "Northeast Ohio");
        await given.SubmittedReviewAsync(ohio, given.Account(Accounts.Reviewer), staffId, 4);
        await given.AssignmentAsync(ohio, await given.ReviewerAsync(email: "reviewer3@example.org"), staffId);
        await given.ConflictAsync(ohio, given.Account("reviewer3@example.org"), ConflictKind.None, "");
        var conflicted = await given.ReviewerAsync(email: "reviewer2@example.org");
        await given.AssignmentAsync(ohio, conflicted, staffId);
        await given.ConflictAsync(ohio, conflicted, ConflictKind.Employment);
        await given.AnchorAsync("anchor3@example.org");
        foreach (var (email, role) in new[] { ("editor.matrix@example.org", MemberRole.Editor), ("viewer.matrix@example.org", MemberRole.Viewer) })
            await given.AddMemberAsync(given.CastOrganization, await given.AccountAsync(Roles.Anchor, email), role);
        document = await factory.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            var proposal = db.Proposals.Single(p => p.RegionName == "Northeast Ohio");
            var storedName = Guid.NewGuid().ToString("N");
            await services.GetRequiredService<IFileStore>().SaveAsync(storedName, new MemoryStream("%PDF-1.4 matrix"u8.ToArray()));
            var attachment = new ProposalAttachment
            {
                ProposalId = proposal.Id, FileName = "matrix.pdf", StoredName = storedName, ContentType = "application/pdf", SizeBytes = 15,
                Sha256 = "matrix", UploadedByUserId = db.Users.Single(u => u.Email == Accounts.Anchor).Id, UploadedAtUtc = DateTime.UtcNow,
            };
            db.ProposalAttachments.Add(attachment);
            await db.SaveChangesAsync();
            return attachment.Id;
        });
    }


    [Theory]
    [InlineData(Accounts.Staff, HttpStatusCode.OK)]
    [InlineData(Accounts.Anchor, HttpStatusCode.OK)]
    [InlineData("editor.matrix@example.org", HttpStatusCode.OK)]
    [InlineData("viewer.matrix@example.org", HttpStatusCode.OK)]
    [InlineData(Accounts.Reviewer, HttpStatusCode.OK)]
    [InlineData("reviewer2@example.org", HttpStatusCode.NotFound)]
    [InlineData("reviewer3@example.org", HttpStatusCode.OK)]
    [InlineData("anchor3@example.org", HttpStatusCode.NotFound)]
    [InlineData(Accounts.Admin, HttpStatusCode.NotFound)]
    public async Task A_document_is_given_to_exactly_the_people_the_permission_map_allows(string email, HttpStatusCode expected)
    {
        var client = await factory.SignedInAsync(email);

        var response = await client.GetAsync($"/documents/{document}");

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.OK)
            Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
    }

    [Fact]
    public async Task A_visitor_is_sent_to_log_in_and_an_unknown_document_is_not_found()
    {
        var anonymous = await factory.NewClient().GetAsync($"/documents/{document}");
        var unknown = await (await factory.SignedInAsync(Accounts.Staff)).GetAsync("/documents/999999");

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/account/login", anonymous.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
