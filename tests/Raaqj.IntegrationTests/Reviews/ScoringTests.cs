using System.Net;
using Raaqj.IntegrationTests.Infrastructure;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Reviews;

namespace Raaqj.IntegrationTests.Reviews;

public sealed class ScoringTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    private const string Reviewer = "reviewer3@example.org";
    private HttpClient reviewer = default!;
    private int proposal;
    private List<int> criteria = [];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        proposal = await Builders.ReviewRound.SubmittedAsync(factory);
        criteria = factory.Query(db => db.SelectionCriteria.OrderBy(c => c.Position).Select(c => c.Id).ToList());
        var reviewerId = factory.Query(db => db.Users.Single(u => u.Email == Reviewer).Id);
        if (!factory.Query(db => db.ReviewAssignments.Any(a => a.ProposalId == proposal && a.ReviewerUserId == reviewerId)))
        {
            var staff = await factory.SignedInAsync(Accounts.Staff);
            await staff.PostFormAsync("/reviews/assignments", "/reviews/assignments/add", ("proposalId", proposal.ToString()), ("reviewerUserId", reviewerId), ("dueOn", "2027-01-20"));
        }
        reviewer = await factory.SignedInAsync(Reviewer);
        if (!factory.Query(db => db.ConflictDeclarations.Any(c => c.ReviewerUserId == reviewerId)))
            await reviewer.PostFormAsync("/reviews/mine", $"/reviews/mine/{proposal}/declare", ("Kind", "None"));
    }


    private async Task<HttpResponseMessage> Post(string intent, Func<int, (string Score, string Comment)> score, string recommendation = "Recommend", string overall = "Strong plan.", string? version = null)
    {
        version ??= (await reviewer.GetPageAsync($"/reviews/mine/{proposal}")).QuerySelector("input[name='Form.Version']")!.GetAttribute("value")!;
        var fields = new List<(string, string)> { ("Form.Version", version), ("Form.Intent", intent), ("Form.Recommendation", recommendation), ("Form.OverallComment", overall) };
        for (var i = 0; i < criteria.Count; i++)
        {
            var (value, comment) = score(i);
            fields.Add(($"Form.Scores[{i}].CriterionId", criteria[i].ToString()));
            if (value != "")
                fields.Add(($"Form.Scores[{i}].Score", value));
            fields.Add(($"Form.Scores[{i}].Comment", comment));
        }
        return await reviewer.PostFormAsync($"/reviews/mine/{proposal}", $"/reviews/mine/{proposal}", [.. fields]);
    }

    [Fact]
    public async Task A_reviewer_saves_a_draft_is_refused_with_the_field_named_then_submits_and_the_review_is_locked()
    {
        var draft = await Post("save", i => (i == 0 ? "4" : "", i == 0 ? "Clear evidence" : ""));
        Assert.Equal(HttpStatusCode.Redirect, draft.StatusCode);
        Assert.Equal(ReviewStatus.Draft, factory.Query(db => db.Reviews.Single(r => r.ProposalId == proposal).Status));

        var outOfScale = await (await Post("save", i => (i == 1 ? "9" : "3", "Because"))).ReadPageAsync();
        Assert.Contains("whole number from 1 to 5", outOfScale.FieldError("Form_Scores_1__Score"));

        var missingComment = await (await Post("submit", i => ("3", i == 2 ? "" : "Because"))).ReadPageAsync();
        Assert.Contains("Explain the score", missingComment.FieldError("Form_Scores_2__Comment"));
        Assert.Equal(ReviewStatus.Draft, factory.Query(db => db.Reviews.Single(r => r.ProposalId == proposal).Status));

        var submitted = await Post("submit", i => ((i % 5 + 1).ToString(), "Because of the evidence"));
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.Equal(ReviewStatus.Submitted, factory.Query(db => db.Reviews.Single(r => r.ProposalId == proposal).Status));
        Assert.True(factory.Query(db => db.AuditEntries.Any(a => a.Action == AuditActions.ReviewSubmitted && a.EntityId == proposal.ToString())));

        var change = await (await Post("save", _ => ("1", "Changed my mind"))).ReadPageAsync();
        Assert.Contains("submitted and locked", change.Text());
        Assert.DoesNotContain(factory.Query(db => db.ReviewScores.Select(s => s.Comment).ToList()), c => c == "Changed my mind");

        // Staff reopen it, with a reason.
        var staff = await factory.SignedInAsync(Accounts.Staff);
        var reviewId = factory.Query(db => db.Reviews.Single(r => r.ProposalId == proposal).Id);
        await staff.PostFormAsync("/reviews/assignments", $"/reviews/assignments/reviews/{reviewId}/reopen", ("reason", ""));
        Assert.Equal(ReviewStatus.Submitted, factory.Query(db => db.Reviews.Single(r => r.Id == reviewId).Status));
        await staff.PostFormAsync("/reviews/assignments", $"/reviews/assignments/reviews/{reviewId}/reopen", ("reason", "The reviewer asked to correct a score"));
        Assert.Equal(ReviewStatus.Draft, factory.Query(db => db.Reviews.Single(r => r.Id == reviewId).Status));
        Assert.True(factory.Query(db => db.AuditEntries.Any(a => a.Action == AuditActions.ReviewReopened && a.Summary.Contains("correct a score"))));
        Assert.Equal(HttpStatusCode.Redirect, (await Post("save", _ => ("2", "Corrected"))).StatusCode);
    }

    [Fact]
    public async Task The_assigned_reviewer_downloads_the_proposal_s_attachments_and_others_cannot()
    {
        const string storedName = "0123456789abcdef0123456789abcdef";
        Directory.CreateDirectory(factory.FilesFolder);
        await File.WriteAllBytesAsync(Path.Combine(factory.FilesFolder, storedName), "%PDF-1.4 letter"u8.ToArray());
        var attachmentId = factory.Query(db =>
        {
            var attachment = new Raaqj.Web.Domain.Proposals.ProposalAttachment
            {
                ProposalId = proposal, FileName = "letter.pdf", StoredName = storedName, ContentType = "application/pdf", SizeBytes = 15,
                Sha256 = new string('0', 64), UploadedByUserId = db.Users.First().Id, UploadedAtUtc = DateTime.UtcNow,
            };
            db.ProposalAttachments.Add(attachment);
            db.SaveChanges();
            return attachment.Id;
        });

        var download = await reviewer.GetAsync($"/documents/{attachmentId}");
        var other = await (await factory.SignedInAsync("reviewer2@example.org")).GetAsync($"/documents/{attachmentId}");

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Contains($"/documents/{attachmentId}", (await reviewer.GetPageAsync($"/reviews/mine/{proposal}")).Source.Text);
    }

    [Fact]
    public async Task Only_the_assigned_reviewer_who_declared_no_conflict_can_open_the_proposal()
    {
        var other = await factory.SignedInAsync("reviewer2@example.org");
        await factory.Given.AnchorAsync("anchor2@example.org");
        var anchor = await factory.SignedInAsync("anchor2@example.org");

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/reviews/mine/{proposal}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await anchor.GetAsync($"/reviews/mine/{proposal}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reviewer.GetAsync($"/reviews/mine/{proposal}")).StatusCode);
    }
}
