using System.Net;
using Raaqj.IntegrationTests.Builders;
using Raaqj.IntegrationTests.Infrastructure;
using Raaqj.Web.Domain.Proposals;

namespace Raaqj.IntegrationTests.Proposals;

// The deadline is the server's: one second before it a proposal goes in, one second after it does not.
public sealed class DeadlineTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    [Fact]
    public async Task Submission_is_accepted_one_second_before_the_deadline_and_refused_one_second_after()
    {
        await factory.Given.AnchorAsync("anchor2@example.org");
        var deadline = new DateTimeOffset(factory.Query(db => db.RequestsForAction.Single().ClosesAtUtc), TimeSpan.Zero);
        var early = await CompleteProposalAsync(Accounts.Anchor);
        var late = await CompleteProposalAsync("anchor2@example.org");

        factory.Clock.SetUtcNow(deadline.AddSeconds(-1));
        var accepted = await (await factory.SignedInAsync(Accounts.Anchor)).PostFormAsync($"/proposals/{early}/review", $"/proposals/{early}/submit", ("Certified", "true"));

        factory.Clock.SetUtcNow(deadline.AddSeconds(1));
        // The clock moved past the sign-in's lifetime too: sign in again, as a person would.
        var owner = await factory.SignedInAsync("anchor2@example.org");
        var version = await new ProposalFiller(owner, late).VersionOf("strategy");
        var submit = await owner.PostFormAsync($"/proposals/{late}/review", $"/proposals/{late}/submit", ("Certified", "true"));
        var save = await owner.PostFormAsync($"/proposals/{late}/review", $"/proposals/{late}/strategy", ("Form.Strategy", "Late change"), ("Form.Version", version), ("Form.Intent", "save"));
        var withdraw = await owner.PostFormAsync($"/proposals/{late}/review", $"/proposals/{late}/withdraw");

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal(ProposalStatus.Submitted, factory.Query(db => db.Proposals.Single(p => p.Id == early).Status));
        Assert.Contains("closed", (await submit.ReadPageAsync()).Text());
        Assert.Contains("The deadline has passed.", (await save.ReadPageAsync()).Text());
        Assert.Contains("no longer takes proposals", (await withdraw.ReadPageAsync()).Text());
        var refused = factory.Query(db => db.Proposals.Single(p => p.Id == late));
        Assert.Equal(ProposalStatus.Draft, refused.Status);
        Assert.NotEqual("Late change", refused.Strategy);
    }

    private async Task<int> CompleteProposalAsync(string owner)
    {
        var client = await factory.SignedInAsync(owner);
        var id = await ProposalFiller.StartAsync(client);
        await new ProposalFiller(client, id).FillEverySection();
        return id;
    }
}
