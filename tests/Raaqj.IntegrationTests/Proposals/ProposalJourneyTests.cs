using System.Net;
using Microsoft.EntityFrameworkCore;
using Raaqj.IntegrationTests.Builders;
using Raaqj.IntegrationTests.Infrastructure;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Proposals;

namespace Raaqj.IntegrationTests.Proposals;

public sealed class ProposalJourneyTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    private const string Owner = Accounts.Anchor;

    [Fact]
    public async Task The_owner_fills_every_section_submits_and_gets_a_receipt_and_the_team_an_email()
    {
        var owner = await factory.SignedInAsync(Owner);
        var id = await ProposalFiller.StartAsync(owner);
        var filler = new ProposalFiller(owner, id);

        await filler.FillEverySection();
        var review = await owner.GetPageAsync(filler.Url("review"));
        Assert.Contains("Nothing is missing", review.Text());

        var refused = await owner.PostFormAsync(filler.Url("review"), $"/proposals/{id}/submit");
        Assert.Contains("Tick the certification", (await refused.ReadPageAsync()).FieldError("Certified"));
        var submitted = await owner.PostFormAsync(filler.Url("review"), $"/proposals/{id}/submit", ("Certified", "true"));

        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var proposal = factory.Query(db => db.Proposals.Single(p => p.Id == id));
        Assert.Equal(ProposalStatus.Submitted, proposal.Status);
        Assert.Equal($"RAAQJ-2026-{id:0000}", proposal.ReceiptNumber);
        Assert.Contains(factory.To(Owner), m => m.Subject == $"Proposal submitted: receipt {proposal.ReceiptNumber}");
        Assert.True(factory.Query(db => db.AuditEntries.Any(a => a.Action == AuditActions.ProposalSubmitted && a.EntityId == id.ToString())));

        var locked = await filler.Post("strategy", ("Form.Strategy", "Changed after submission"));
        Assert.Contains("not a draft", (await locked.ReadPageAsync()).Text());
        Assert.DoesNotContain("Changed after submission", factory.Query(db => db.Proposals.Single(p => p.Id == id).Strategy));
        var print = await owner.GetPageAsync($"/proposals/{id}/print");
        Assert.Contains("Cuyahoga, OH (39035)", print.Text());
        Assert.Contains(proposal.ReceiptNumber!, print.Text());

        var reopened = await owner.PostFormAsync(filler.Url("review"), $"/proposals/{id}/reopen");
        Assert.Equal(HttpStatusCode.Redirect, reopened.StatusCode);
        Assert.Equal(ProposalStatus.Draft, factory.Query(db => db.Proposals.Single(p => p.Id == id).Status));
        Assert.True(factory.Query(db => db.AuditEntries.Any(a => a.Action == AuditActions.ProposalReopened && a.EntityId == id.ToString())));
    }

    [Fact]
    public async Task The_owner_withdraws_before_the_deadline_the_team_is_told_and_it_is_audited()
    {
        await factory.Given.AnchorAsync("anchor2@example.org");
        var owner = await factory.SignedInAsync("anchor2@example.org");
        var id = await ProposalFiller.StartAsync(owner);

        var response = await owner.PostFormAsync($"/proposals/{id}/review", $"/proposals/{id}/withdraw");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(ProposalStatus.Withdrawn, factory.Query(db => db.Proposals.Single(p => p.Id == id).Status));
        Assert.Contains(factory.To("anchor2@example.org"), m => m.Subject == "Proposal withdrawn");
        Assert.True(factory.Query(db => db.AuditEntries.Any(a => a.Action == AuditActions.ProposalWithdrawn && a.EntityId == id.ToString())));
        Assert.Contains("Withdrawn", (await owner.GetPageAsync("/dashboard/anchor")).Text());
        await owner.PostFormAsync($"/proposals/{id}/review", $"/proposals/{id}/reopen");
        Assert.Equal(ProposalStatus.Draft, factory.Query(db => db.Proposals.Single(p => p.Id == id).Status));
    }

    [Fact]
    public async Task Section_totals_and_the_match_ratio_are_computed_from_the_saved_rows()
    {
        await factory.Given.AnchorAsync("anchor2@example.org");
        var owner = await factory.SignedInAsync("anchor2@example.org");
        var id = await ProposalFiller.StartAsync(owner);

        await new ProposalFiller(owner, id).Post("fundraising", ProposalFiller.Fundraising);

        var proposal = factory.Query(db => db.Proposals.Include(p => p.MatchCommitments).Single(p => p.Id == id));
        Assert.Equal(100000m, proposal.CommittedMatch);
        Assert.Equal(50000m, proposal.PendingMatch);
        Assert.Equal(1.00m, proposal.MatchRatio);
        Assert.Contains("$150,000", (await owner.GetPageAsync($"/proposals/{id}/fundraising")).Text());
    }
}
