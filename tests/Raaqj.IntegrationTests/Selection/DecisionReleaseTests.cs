using System.Net;
using Raaqj.IntegrationTests.Infrastructure;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Selection;

namespace Raaqj.IntegrationTests.Selection;

// A round of five submitted regions (Northeast Ohio is the cast anchor's) and one draft, reviewed in part.
internal static class DecisionRound
{
    public static async Task<Dictionary<string, (int Proposal, string Owner)>> BuildAsync(PortalFactory factory)
    {
        var given = factory.Given;
        var regions = new Dictionary<string, (int, string)>
        {
            ["Northeast Ohio"] = (await given.SubmittedProposalAsync(given.RoundId, given.CastOrganization, "Northeast Ohio", [("39035", "OH")]), Accounts.Anchor),
        };
        foreach (var (name, fips, state) in new[] { ("Central Ohio", "39049", "OH"), ("Puget Sound", "53033", "WA"), ("Metro Atlanta", "13121", "GA"), ("Mississippi Delta", "28151", "MS") })
        {
            var (organization, proposal) = await given.SubmittedRegionAsync(name, [(fips, state)]);
            regions[name] = (proposal, organization.Owner.Email);
        }
        var draft = await given.OrganizationAsync("Draft Community Foundation", state: "NC");
        await given.ProposalAsync(given.RoundId, draft, "Charlotte-Piedmont", [("37119", "NC")]);
        regions["Charlotte-Piedmont"] = (0, draft.Owner.Email);
        await given.SubmittedReviewAsync(regions["Northeast Ohio"].Item1, given.Account(Accounts.Reviewer), given.Account(Accounts.Staff).Id, 4);
        return regions;
    }
}

// Decisions from draft to release, once the round is closed for proposals.
public sealed class DecisionReleaseTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    private const string OhioFeedback = "Strong employer council; firm up the pending foundation match.";
    private Dictionary<string, (int Proposal, string Owner)> regions = [];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        regions = await DecisionRound.BuildAsync(factory);
    }

    private int ProposalOf(string region) => regions[region].Proposal;

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

    // Every submitted proposal decided, Northeast Ohio selected with feedback, Central Ohio waitlisted; then released.
    private async Task<HttpClient> ReleasedAsync()
    {
        var staff = await StaffWithTheRoundClosedAsync();
        var submitted = factory.Query(db => db.Proposals.Where(p => p.ReceiptNumber != null).Select(p => new { p.Id, p.RegionName }).ToList());
        foreach (var proposal in submitted)
        {
            var (outcome, feedback) = proposal.RegionName switch
            {
                "Northeast Ohio" => ("Selected", OhioFeedback),
                "Central Ohio" => ("Waitlisted", ""),
                "Puget Sound" => ("Selected", ""),
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
        foreach (var secret in new[] { "Riley Reviewer", "Puget Sound", "Waitlisted", "Declined", "Calibrated" })
            Assert.DoesNotContain(secret, dashboard.Text());
        Assert.Contains(factory.To(Accounts.Anchor), m => m.Subject == "Decision on your proposal: Northeast Ohio");
        Assert.Contains(factory.To(regions["Central Ohio"].Owner), m => m.Subject == "Decision on your proposal: Central Ohio" && m.TextBody!.Contains("waitlist"));
        Assert.DoesNotContain(factory.To(regions["Charlotte-Piedmont"].Owner), m => m.Subject!.StartsWith("Decision")); // a draft proposal gets no decision
        Assert.Equal(["Northeast Ohio", "Puget Sound"], factory.Query(db => db.CohortRegions.Select(c => c.RegionName).Order().ToList()));
        Assert.Equal(5, factory.Query(db => db.AuditEntries.Count(a => a.Action == AuditActions.DecisionReleased)));
        Assert.Equal(HttpStatusCode.Forbidden, (await anchor.GetAsync($"/selection/decisions/{ProposalOf("Puget Sound")}")).StatusCode);
        var staffDashboard = await (await factory.SignedInAsync(Accounts.Staff)).GetPageAsync("/dashboard/staff");
        var stats = staffDashboard.GetElementById("selection-heading")!.ParentElement!.QuerySelectorAll(".stat").Select(p => int.Parse(p.TextContent)).ToList();
        Assert.Equal(5, stats[2]); // released
        Assert.Equal(2, stats[3]); // in the cohort
    }

    [Fact]
    public async Task A_released_decision_changes_only_through_a_new_audited_draft_and_release_and_a_waitlisted_region_can_be_selected()
    {
        var staff = await ReleasedAsync();
        var centralOhio = ProposalOf("Central Ohio");
        var applicant = await factory.SignedInAsync(regions["Central Ohio"].Owner);

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
        Assert.Contains(factory.To(regions["Central Ohio"].Owner), m => m.TextBody!.Contains("Congratulations: Central Ohio is selected"));
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

// Release before every proposal has an outcome.
public sealed class ReleaseRuleTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    [Fact]
    public async Task Release_is_refused_while_a_proposal_has_no_outcome()
    {
        await DecisionRound.BuildAsync(factory);
        var staff = await factory.SignedInAsync(Accounts.Staff);
        var rfp = factory.Query(db => db.RequestsForAction.First());
        await staff.PostFormAsync($"/rfp/{rfp.Id}", $"/rfp/{rfp.Id}/close", ("version", rfp.Version.ToString()));

        await staff.PostFormAsync("/selection/decisions", "/selection/decisions/release");

        Assert.Contains("5 still have none", (await staff.GetPageAsync("/selection/decisions")).QuerySelector("[role=alert]")!.TextContent);
        Assert.Equal(0, factory.Query(db => db.SelectionDecisions.Count(d => d.ReleasedOutcome != null)));
    }
}

// A proposal decided while the round was open and then withdrawn.
public sealed class WithdrawnProposalReleaseTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    [Fact]
    public async Task A_withdrawn_proposal_keeps_its_draft_decision_to_itself_and_the_others_are_released()
    {
        var regions = await DecisionRound.BuildAsync(factory);
        var staff = await factory.SignedInAsync(Accounts.Staff);
        var proposals = factory.Query(db => db.Proposals.Where(p => p.ReceiptNumber != null).Select(p => new { p.Id, p.RegionName }).ToList());
        var withdrawn = proposals.Single(p => p.RegionName == "Metro Atlanta").Id;
        foreach (var proposal in proposals)
            await staff.PostFormAsync($"/selection/decisions/{proposal.Id}", $"/selection/decisions/{proposal.Id}", ("Form.Outcome", "Waitlisted"), ("Form.Rationale", "Drafted early."));
        var owner = await factory.SignedInAsync(regions["Metro Atlanta"].Owner);
        await owner.PostFormAsync($"/proposals/{withdrawn}/review", $"/proposals/{withdrawn}/withdraw");
        var rfp = factory.Query(db => db.RequestsForAction.First());
        await staff.PostFormAsync($"/rfp/{rfp.Id}", $"/rfp/{rfp.Id}/close", ("version", rfp.Version.ToString()));

        var released = await staff.PostFormAsync("/selection/decisions", "/selection/decisions/release");

        Assert.Equal(HttpStatusCode.Redirect, released.StatusCode);
        Assert.Contains("Released 4 decision(s)", (await staff.GetPageAsync("/selection/decisions")).QuerySelector("[role=status]")!.TextContent);
        Assert.Null(factory.Query(db => db.SelectionDecisions.Single(d => d.ProposalId == withdrawn).ReleasedOutcome));
        Assert.DoesNotContain(factory.To(regions["Metro Atlanta"].Owner), m => m.Subject!.StartsWith("Decision"));
        Assert.Contains(factory.To(regions["Puget Sound"].Owner), m => m.Subject!.StartsWith("Decision"));
    }
}

