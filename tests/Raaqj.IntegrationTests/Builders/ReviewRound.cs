using Raaqj.IntegrationTests.Infrastructure;
using Raaqj.Web.Domain.Reviews;

namespace Raaqj.IntegrationTests.Builders;

// The cast anchor's Northeast Ohio proposal, submitted, with two more reviewers beside the cast one:
// reviewer2 (Jordan, living in Ohio, so flagged) and reviewer3 (Morgan, in California).
public static class ReviewRound
{
    public const string OhioReviewer = "reviewer2@example.org";
    public const string OtherReviewer = "reviewer3@example.org";

    public static async Task<int> SubmittedAsync(PortalFactory factory)
    {
        var given = factory.Given;
        await given.ReviewerAsync("OH", email: OhioReviewer, name: "Jordan Reviewer");
        await given.ReviewerAsync("CA", email: OtherReviewer, name: "Morgan Reviewer");
        return await given.SubmittedProposalAsync(given.RoundId, given.CastOrganization, "Northeast Ohio", [("39035", "OH")]);
    }

    // As SubmittedAsync, with reviews submitted by the cast reviewer and reviewer3 and a conflict declared by reviewer2.
    public static async Task<int> ReviewedAsync(PortalFactory factory)
    {
        var proposal = await SubmittedAsync(factory);
        var given = factory.Given;
        var staffId = given.Account(Accounts.Staff).Id;
        await given.SubmittedReviewAsync(proposal, given.Account(Accounts.Reviewer), staffId, 4);
        await given.SubmittedReviewAsync(proposal, given.Account(OtherReviewer), staffId, 3);
        await given.ConflictAsync(proposal, given.Account(OhioReviewer), ConflictKind.Employment);
        return proposal;
    }
}
