using System.Net;
using Raaqj.IntegrationTests.Infrastructure;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Selection;

namespace Raaqj.IntegrationTests.Selection;

/// <summary>Decisions from draft to release, once the demo round is closed for proposals.</summary>
public sealed class DecisionReleaseTests(CompleteDemoFactory factory) : IClassFixture<CompleteDemoFactory>
{
    private const string OhioFeedback = "Strong employer council; firm up the pending foundation match.";

    private int ProposalOf(string region) => factory.Query(db => db.Proposals.Single(p => p.RegionName == region).Id);

    private async Task<HttpClient> StaffWithTheRoundClosedAsync()
    {
        var staff = await factory.SignedInAsync(Accounts.Staff);
        var rfp = factory.Query(db => db.RequestsForAction.First());
        if (rfp.Status == Raaqj.Web.Domain.Rfp.RfpStatus.Published)
            await staff.PostFormAsync($"/rfp/{rfp.Id}", $"/rfp/{rfp.Id}/close", ("version", rfp.Version.ToString()));
        return staff;
    }

    private static async Task<HttpResponseMessage> DecideAsync(HttpClient staff, int proposal, string outcome, string rationale = "Weighed against the portfolio.", string feedback = "")
    {
        var version = (await staff.GetPageAsync($"/selection/decisions/{proposal}")).QuerySelector("input[name='Form.Version']")!.GetAttribute("value")!;
        return await staff.PostFormAsync($"/selection/decisions/{proposal}", $"/selection/decisions/{proposal}",
            ("Form.Version", version), ("Form.Outcome", outcome), ("Form.Rationale", rationale), ("Form.Feedback", feedback));
    }

    /// <summary>Every submitted proposal decided, Northeast Ohio selected with feedback, Central Ohio waitlisted; then released.</summary>
    private async Task<HttpClient> ReleasedAsync()
    {
        var staff = await StaffWithTheRoundClosedAsync();
        if (factory.Query(db => db.SelectionDecisions.Any(d => d.ReleasedOutcome != null)))
            return staff;
        var submitted = factory.Query(db => db.Proposals.Where(p => p.ReceiptNumber != null).Select(p => new { p.Id, p.RegionName }).ToList());
        foreach (var proposal in submitted)
        {
            var (outcome, feedback) = proposal.RegionName switch
            {
                "Northeast Ohio" => ("Selected", OhioFeedback),
                "Central Ohio" => ("Waitlisted", ""),
                "Puget Sound" or "Greater Kansas City" or "Rio Grande Valley" or "Inland Empire" or "Southwestern Pennsylvania" => ("Selected", ""),
                _ => ("Declined", "Thank you."),
            };
            Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(staff, proposal.Id, outcome, feedback: feedback)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Redirect, (await staff.PostFormAsync("/selection/decisions", "/selection/decisions/release")).StatusCode);
        return staff;
    }

    [Fact]
    public async Task A_decision_without_outcome_or_rationale_is_refused_next_to_the_fields_and_nothing_is_saved()
    {
        var staff = await StaffWithTheRoundClosedAsync();
        var proposal = ProposalOf("Metro Atlanta");
        var before = factory.Query(db => db.SelectionDecisions.Where(d => d.ProposalId == proposal).Select(d => d.Rationale).SingleOrDefault());

        var response = await staff.PostFormAsync($"/selection/decisions/{proposal}", $"/selection/decisions/{proposal}", ("Form.Feedback", "Kept as typed"));

        var page = await response.ReadPageAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Choose an outcome.", page.GetElementById("Form_Outcome-error")!.TextContent);
        Assert.Equal("Record why: the rationale stays with the decision.", page.FieldError("Form_Rationale"));
        Assert.Equal("Kept as typed", page.GetElementById("Form_Feedback")!.TextContent);
        Assert.Equal(before, factory.Query(db => db.SelectionDecisions.Where(d => d.ProposalId == proposal).Select(d => d.Rationale).SingleOrDefault()));
    }

    [Fact]
    public async Task Two_staff_deciding_the_same_proposal_at_once_are_told_and_the_second_loses_nothing()
    {
        var staff = await StaffWithTheRoundClosedAsync();
        var other = await factory.SignedInAsync(Accounts.Staff);
        var proposal = ProposalOf("Mississippi Delta");
        var version = (await staff.GetPageAsync($"/selection/decisions/{proposal}")).QuerySelector("input[name='Form.Version']")!.GetAttribute("value")!;

        await staff.PostFormAsync($"/selection/decisions/{proposal}", $"/selection/decisions/{proposal}", ("Form.Version", version), ("Form.Outcome", "Declined"), ("Form.Rationale", "First"));
        var second = await other.PostFormAsync($"/selection/decisions/{proposal}", $"/selection/decisions/{proposal}", ("Form.Version", version), ("Form.Outcome", "Waitlisted"), ("Form.Rationale", "Second"));

        var page = await second.ReadPageAsync();
        Assert.Contains("Someone else recorded a decision", page.QuerySelector(".alert-danger")!.TextContent);
        Assert.Contains("First", page.QuerySelector(".alert-info")!.TextContent);
        Assert.Equal("Second", page.GetElementById("Form_Rationale")!.TextContent);
        Assert.Equal("First", factory.Query(db => db.SelectionDecisions.Single(d => d.ProposalId == proposal).Rationale));
    }

    [Fact]
    public async Task Releasing_emails_every_applicant_creates_the_cohort_and_each_applicant_sees_only_their_own_decision()
    {
        await ReleasedAsync();
        var anchor = await factory.SignedInAsync(Accounts.Anchor);

        var dashboard = await anchor.GetPageAsync("/dashboard/anchor");

        var decision = dashboard.GetElementById("decision")!.TextContent;
        Assert.Contains("Selected", decision);
        Assert.Contains(OhioFeedback, decision);
        Assert.DoesNotContain("Weighed against the portfolio", dashboard.Text()); // the rationale is staff's
        foreach (var secret in new[] { "Riley Reviewer", "Morgan Reviewer", "Jordan Reviewer", "Puget Sound", "Waitlisted", "Declined", "Calibrated" })
            Assert.DoesNotContain(secret, dashboard.Text());
        Assert.Contains(factory.To(Accounts.Anchor), m => m.Subject == "Decision on your proposal: Northeast Ohio");
        Assert.Contains(factory.To("anchor10@example.org"), m => m.Subject == "Decision on your proposal: Central Ohio" && m.TextBody!.Contains("waitlist"));
        Assert.DoesNotContain(factory.To("anchor2@example.org"), m => m.Subject!.StartsWith("Decision")); // a draft proposal gets no decision
        Assert.Contains("Northeast Ohio", factory.Query(db => db.CohortRegions.Select(c => c.RegionName).ToList()));
        Assert.Equal(Accounts.DemoSubmitted, factory.Query(db => db.AuditEntries.Count(a => a.Action == AuditActions.DecisionReleased)) - ReleasedAgain());
        Assert.Equal(HttpStatusCode.Forbidden, (await anchor.GetAsync($"/selection/decisions/{ProposalOf("Puget Sound")}")).StatusCode);
        var staffDashboard = await (await factory.SignedInAsync(Accounts.Staff)).GetPageAsync("/dashboard/staff");
        var stats = staffDashboard.GetElementById("selection-heading")!.ParentElement!.QuerySelectorAll(".stat").Select(p => int.Parse(p.TextContent)).ToList();
        Assert.Equal(Accounts.DemoSubmitted, stats[2]); // released
        Assert.InRange(stats[3], 6, 7);                // in the cohort (7 once Central Ohio is selected too)
    }

    private int ReleasedAgain() => factory.Query(db => db.AuditEntries.Count(a => a.Action == AuditActions.DecisionReleased && a.Summary.StartsWith("Released Selected to Central Ohio")));

    [Fact]
    public async Task A_released_decision_changes_only_through_a_new_audited_draft_and_release_and_a_waitlisted_region_can_be_selected()
    {
        var staff = await ReleasedAsync();
        var centralOhio = ProposalOf("Central Ohio");
        var applicant = await factory.SignedInAsync("anchor10@example.org");

        var changed = await DecideAsync(staff, centralOhio, "Selected", "A place opened in the cohort.", "Welcome to the cohort.");
        var beforeRelease = (await applicant.GetPageAsync("/dashboard/anchor")).GetElementById("decision")!.TextContent;
        await staff.PostFormAsync("/selection/decisions", "/selection/decisions/release");
        var afterRelease = (await applicant.GetPageAsync("/dashboard/anchor")).GetElementById("decision")!.TextContent;

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Contains("Waitlisted", beforeRelease);
        Assert.Contains("Selected", afterRelease);
        Assert.Contains("Welcome to the cohort.", afterRelease);
        var entries = factory.Query(db => db.AuditEntries.Where(a => a.EntityType == nameof(SelectionDecision) && a.EntityId == centralOhio.ToString()).OrderBy(a => a.Id).ToList());
        var recorded = entries.Last(a => a.Action == AuditActions.DecisionRecorded);
        Assert.Contains("Waitlisted", recorded.Before);
        Assert.Contains("Selected", recorded.After);
        Assert.Contains("released as Waitlisted", recorded.Summary);
        Assert.Equal(2, entries.Count(a => a.Action == AuditActions.DecisionReleased));
        Assert.Contains("Central Ohio", factory.Query(db => db.CohortRegions.Select(c => c.RegionName).ToList()));
        Assert.Contains(factory.To("anchor10@example.org"), m => m.TextBody!.Contains("Congratulations: Central Ohio is selected"));
    }

    [Fact]
    public async Task A_region_told_it_is_selected_cannot_be_moved_out_of_the_cohort_here()
    {
        var staff = await ReleasedAsync();
        var ohio = ProposalOf("Northeast Ohio");

        var response = await DecideAsync(staff, ohio, "Declined");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("can no longer change", (await response.ReadPageAsync()).GetElementById("Form_Outcome-error")!.TextContent);
        Assert.Equal(DecisionOutcome.Selected, factory.Query(db => db.SelectionDecisions.Single(d => d.ProposalId == ohio).Outcome));
    }
}

/// <summary>Release before every proposal has an outcome, on a demo of its own (the tests above release everything).</summary>
public sealed class ReleaseRuleTests(CompleteDemoFactory factory) : IClassFixture<CompleteDemoFactory>
{
    [Fact]
    public async Task Release_is_refused_while_a_proposal_has_no_outcome()
    {
        var staff = await factory.SignedInAsync(Accounts.Staff);
        var rfp = factory.Query(db => db.RequestsForAction.First());
        await staff.PostFormAsync($"/rfp/{rfp.Id}", $"/rfp/{rfp.Id}/close", ("version", rfp.Version.ToString()));

        await staff.PostFormAsync("/selection/decisions", "/selection/decisions/release");

        Assert.Contains($"{Accounts.DemoSubmitted} still have none", (await staff.GetPageAsync("/selection/decisions")).QuerySelector("[role=alert]")!.TextContent);
        Assert.Equal(0, factory.Query(db => db.SelectionDecisions.Count(d => d.ReleasedOutcome != null)));
    }
}

/// <summary>A proposal decided while the round was open and then withdrawn, on a demo of its own.</summary>
public sealed class WithdrawnProposalReleaseTests(CompleteDemoFactory factory) : IClassFixture<CompleteDemoFactory>
{
    [Fact]
    public async Task A_withdrawn_proposal_keeps_its_draft_decision_to_itself_and_the_others_are_released()
    {
        var staff = await factory.SignedInAsync(Accounts.Staff);
        var proposals = factory.Query(db => db.Proposals.Where(p => p.ReceiptNumber != null).Select(p => new { p.Id, p.RegionName }).ToList());
        var withdrawn = proposals.Single(p => p.RegionName == "Metro Atlanta").Id;
        foreach (var proposal in proposals)
            await staff.PostFormAsync($"/selection/decisions/{proposal.Id}", $"/selection/decisions/{proposal.Id}", ("Form.Outcome", "Waitlisted"), ("Form.Rationale", "Drafted early."));
        var owner = await factory.SignedInAsync("anchor4@example.org");
        await owner.PostFormAsync($"/proposals/{withdrawn}/review", $"/proposals/{withdrawn}/withdraw");
        var rfp = factory.Query(db => db.RequestsForAction.First());
        await staff.PostFormAsync($"/rfp/{rfp.Id}", $"/rfp/{rfp.Id}/close", ("version", rfp.Version.ToString()));

        var released = await staff.PostFormAsync("/selection/decisions", "/selection/decisions/release");

        Assert.Equal(HttpStatusCode.Redirect, released.StatusCode);
        Assert.Contains($"Released {Accounts.DemoSubmitted - 1} decision(s)", (await staff.GetPageAsync("/selection/decisions")).QuerySelector("[role=status]")!.TextContent);
        Assert.Null(factory.Query(db => db.SelectionDecisions.Single(d => d.ProposalId == withdrawn).ReleasedOutcome));
        Assert.DoesNotContain(factory.To("anchor4@example.org"), m => m.Subject!.StartsWith("Decision"));
        Assert.Contains(factory.To("anchor3@example.org"), m => m.Subject!.StartsWith("Decision"));
    }
}

