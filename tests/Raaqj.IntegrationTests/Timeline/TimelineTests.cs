using System.Net;
using Ical.Net;
using Raaqj.IntegrationTests.Builders;
using Raaqj.IntegrationTests.Infrastructure;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Organizations;
using Raaqj.Web.Domain.Timeline;
using Raaqj.Web.Features.Timeline;

namespace Raaqj.IntegrationTests.Timeline;

// The program's calendar through HTTP: milestones completed by program events, region pages for their own team
// only, the calendar feed, and reminders sent once.
public sealed class TimelineTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    private DateOnly Today => DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime);

    private Task<int> ProgramAsync(HttpClient staff, int roundId, DateOnly startsOn) => factory.ProgramAsync(staff, roundId, startsOn);

    private Task<ReleasedCohort> CohortAsync() => factory.ReleasedCohortAsync();

    [Fact]
    public async Task Publishing_the_request_for_action_completes_the_program_milestone_it_proves()
    {
        var staff = await factory.SignedInAsync(Accounts.Staff);
        var round = await factory.Given.DraftRoundAsync();
        var program = await ProgramAsync(staff, round, Today.AddMonths(-2));
        var version = factory.Query(db => db.RequestsForAction.Single(r => r.Id == round).Version);

        Assert.Equal(HttpStatusCode.Redirect, (await staff.PostFormAsync($"/rfp/{round}", $"/rfp/{round}/publish", ("version", version.ToString()))).StatusCode);

        var launched = factory.Query(db => db.Milestones.Single(m => m.ProgramEditionId == program && m.CompletesOn == ProgramEvents.RfpPublished.Key));
        Assert.Equal(MilestoneStatus.Done, launched.Status);
        Assert.Equal(Today, launched.CompletedOn);
        Assert.Contains("published", launched.EvidenceNote);
        Assert.Equal(MilestoneStatus.NotStarted, factory.Query(db => db.Milestones.Single(m => m.ProgramEditionId == program && m.CompletesOn == ProgramEvents.DecisionsReleased.Key).Status));
        Assert.Equal(1, factory.Query(db => db.AuditEntries.Count(a => a.Action == AuditActions.MilestoneCompletedByEvent)));
    }

    [Fact]
    public async Task Releasing_decisions_completes_regions_selected_and_gives_each_region_the_template_milestones()
    {
        var (staff, program, regions, _) = await CohortAsync();

        var selected = factory.Query(db => db.Milestones.Single(m => m.ProgramEditionId == program && m.CompletesOn == ProgramEvents.DecisionsReleased.Key));
        Assert.Equal(MilestoneStatus.Done, selected.Status);
        Assert.Contains("released", selected.EvidenceNote);
        var templates = factory.Query(db => db.MilestoneTemplates.Count(t => t.ProgramEditionId == program));
        Assert.Equal(ProgramPlan.Region.Count, templates);
        foreach (var region in regions.Values)
            Assert.Equal(templates, factory.Query(db => db.Milestones.Count(m => m.CohortRegionId == region && m.TemplateId != null)));
        var tracker = await staff.GetPageAsync($"/program/{program}/tracker");
        Assert.Equal(2 * templates, tracker.QuerySelectorAll("[data-testid=tracker-cell]").Length);
        Assert.Equal(0, factory.Query(db => db.Milestones.Count(m => m.CohortRegionId != null && m.OwnerUserId == null)));
    }

    [Fact]
    public async Task An_anchor_reads_and_updates_only_its_own_regions_milestones_and_reviewers_see_none()
    {
        var (_, _, regions, puget) = await CohortAsync();
        var anchor = await factory.SignedInAsync(Accounts.Anchor);
        var ohio = regions["Northeast Ohio"];
        var pugetRegion = regions["Puget Sound"];
        var mine = factory.Query(db => db.Milestones.Where(m => m.CohortRegionId == ohio).OrderBy(m => m.Id).Select(m => new { m.Id, m.Version }).First());
        var theirs = factory.Query(db => db.Milestones.Where(m => m.CohortRegionId == pugetRegion).OrderBy(m => m.Id).Select(m => m.Id).First());

        Assert.Equal(HttpStatusCode.OK, (await anchor.GetAsync($"/regions/{ohio}/timeline")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anchor.GetAsync($"/regions/{pugetRegion}/timeline")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anchor.GetAsync($"/regions/{pugetRegion}/milestones/{theirs}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anchor.GetAsync($"/regions/{ohio}/milestones/{theirs}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anchor.GetAsync($"/calendar/milestones/{theirs}.ics")).StatusCode);

        var done = await anchor.PostFormAsync($"/regions/{ohio}/milestones/{mine.Id}", $"/regions/{ohio}/milestones/{mine.Id}",
            ("Form.Version", mine.Version.ToString()), ("Form.Status", "Done"), ("Form.CompletedOn", Today.ToString("yyyy-MM-dd")), ("Form.EvidenceNote", "Team confirmed at the launch."));
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal(MilestoneStatus.Done, factory.Query(db => db.Milestones.Single(m => m.Id == mine.Id).Status));

        // Posting to another region's milestone, directly or through its own region's address, changes nothing.
        var pugetVersion = factory.Query(db => db.Milestones.Single(m => m.Id == theirs).Version);
        var forged = await anchor.PostFormAsync($"/regions/{ohio}/timeline", $"/regions/{pugetRegion}/milestones/{theirs}",
            ("Form.Version", pugetVersion.ToString()), ("Form.Status", "Done"), ("Form.CompletedOn", Today.ToString("yyyy-MM-dd")), ("Form.EvidenceNote", "Not ours."));
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.Equal(MilestoneStatus.NotStarted, factory.Query(db => db.Milestones.Single(m => m.Id == theirs).Status));

        var reviewer = await factory.SignedInAsync(Accounts.Reviewer);
        Assert.Equal(HttpStatusCode.NotFound, (await reviewer.GetAsync($"/regions/{ohio}/timeline")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reviewer.GetAsync($"/regions/{ohio}/milestones/{mine.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.GetAsync("/program")).StatusCode);
        Assert.DoesNotContain("Northeast Ohio", (await reviewer.GetPageAsync("/milestones/mine")).Text());

        // A viewer of the region's team reads its timeline but cannot change it.
        var viewer = await factory.Given.AccountAsync(Raaqj.Web.Domain.Accounts.Roles.Anchor);
        await factory.Given.AddMemberAsync(puget, viewer, MemberRole.Viewer);
        var viewing = await factory.SignedInAsync(viewer.Email);
        Assert.Equal(HttpStatusCode.OK, (await viewing.GetAsync($"/regions/{pugetRegion}/timeline")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await viewing.GetAsync($"/regions/{pugetRegion}/milestones/{theirs}")).StatusCode);
    }

    [Fact]
    public async Task Marking_done_without_evidence_is_refused_next_to_the_field_and_changes_nothing()
    {
        var (_, _, regions, _) = await CohortAsync();
        var anchor = await factory.SignedInAsync(Accounts.Anchor);
        var ohio = regions["Northeast Ohio"];
        var mine = factory.Query(db => db.Milestones.Where(m => m.CohortRegionId == ohio).OrderBy(m => m.Id).Select(m => new { m.Id, m.Version }).First());

        var response = await anchor.PostFormAsync($"/regions/{ohio}/milestones/{mine.Id}", $"/regions/{ohio}/milestones/{mine.Id}",
            ("Form.Version", mine.Version.ToString()), ("Form.Status", "Done"), ("Form.CompletedOn", Today.AddDays(3).ToString("yyyy-MM-dd")), ("Form.EvidenceLink", "javascript:alert(1)"));

        var page = await response.ReadPageAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("The date it was done cannot be in the future.", page.FieldError("Form_CompletedOn"));
        Assert.Equal("Enter a web address starting with https://.", page.FieldError("Form_EvidenceLink"));
        Assert.Equal("javascript:alert(1)", page.GetElementById("Form_EvidenceLink")!.GetAttribute("value"));
        Assert.Equal(MilestoneStatus.NotStarted, factory.Query(db => db.Milestones.Single(m => m.Id == mine.Id).Status));
    }

    [Fact]
    public async Task A_file_is_evidence_enough_and_only_the_regions_team_and_staff_download_it()
    {
        var (staff, _, regions, _) = await CohortAsync();
        var anchor = await factory.SignedInAsync(Accounts.Anchor);
        var ohio = regions["Northeast Ohio"];
        var mine = factory.Query(db => db.Milestones.Where(m => m.CohortRegionId == ohio).OrderBy(m => m.Id).Select(m => new { m.Id, m.Version }).First());
        var page = $"/regions/{ohio}/milestones/{mine.Id}";
        var storedBefore = factory.StoredFileCount;

        var refused = await anchor.PostFileAsync(page, page, ("Form.EvidenceFile", "minutes.pdf", "MZ not a pdf"u8.ToArray()),
            ("Form.Version", mine.Version.ToString()), ("Form.Status", "Done"), ("Form.CompletedOn", Today.ToString("yyyy-MM-dd")), ("Form.EvidenceNote", "Kept as typed."));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var again = await refused.ReadPageAsync();
        Assert.Equal("The file's content is not a real PDF file.", again.FieldError("Form_EvidenceFile"));
        Assert.Equal("Kept as typed.", again.GetElementById("Form_EvidenceNote")!.TextContent.Trim());
        Assert.Contains("You chose minutes.pdf", again.Text());
        Assert.Equal(MilestoneStatus.NotStarted, factory.Query(db => db.Milestones.Single(m => m.Id == mine.Id).Status));
        Assert.Equal(storedBefore, factory.StoredFileCount);

        var done = await anchor.PostFileAsync(page, page, ("Form.EvidenceFile", "Launch minutes.pdf", Proposals.UploadTests.Pdf),
            ("Form.Version", mine.Version.ToString()), ("Form.Status", "Done"), ("Form.CompletedOn", Today.ToString("yyyy-MM-dd")));
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var file = factory.Query(db => db.MilestoneEvidence.Single(e => e.MilestoneId == mine.Id));
        Assert.Equal("Launch minutes.pdf", file.FileName);
        Assert.Equal(MilestoneStatus.Done, factory.Query(db => db.Milestones.Single(m => m.Id == mine.Id).Status));
        Assert.Equal(storedBefore + 1, factory.StoredFileCount);
        Assert.Contains("Launch minutes.pdf", factory.Query(db => db.AuditEntries.Where(a => a.Action == AuditActions.MilestoneUpdated).OrderBy(a => a.Id).Last().After!));
        Assert.Equal($"/documents/{file.Id}", (await anchor.GetPageAsync($"/regions/{ohio}/timeline")).QuerySelector($"a[href='/documents/{file.Id}']")?.GetAttribute("href"));

        Assert.Equal(HttpStatusCode.OK, (await anchor.GetAsync($"/documents/{file.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync($"/documents/{file.Id}")).StatusCode);
        await factory.Given.AnchorAsync("anchor3@example.org");
        foreach (var outsider in new[] { Accounts.Reviewer, "anchor3@example.org", Accounts.Admin })
            Assert.Equal(HttpStatusCode.NotFound, (await (await factory.SignedInAsync(outsider)).GetAsync($"/documents/{file.Id}")).StatusCode);

        // Removing the only file of a done milestone leaves it without evidence: refused; with a note instead, the file goes.
        var version = factory.Query(db => db.Milestones.Single(m => m.Id == mine.Id).Version).ToString();
        var bare = await anchor.PostFormAsync(page, page, ("Form.Version", version), ("Form.Status", "Done"), ("Form.CompletedOn", Today.ToString("yyyy-MM-dd")),
            ("Form.RemoveFiles", file.Id.ToString()));
        Assert.Equal("Say what shows it is done: a note, a link or a file.", (await bare.ReadPageAsync()).FieldError("Form_EvidenceNote"));
        var replaced = await anchor.PostFormAsync(page, page, ("Form.Version", version), ("Form.Status", "Done"), ("Form.CompletedOn", Today.ToString("yyyy-MM-dd")),
            ("Form.RemoveFiles", file.Id.ToString()), ("Form.EvidenceNote", "Minutes are on the shared drive."));
        Assert.Equal(HttpStatusCode.Redirect, replaced.StatusCode);
        Assert.Equal(0, factory.Query(db => db.MilestoneEvidence.Count(e => e.MilestoneId == mine.Id)));
        Assert.Equal(storedBefore, factory.StoredFileCount);
        Assert.Equal(HttpStatusCode.NotFound, (await anchor.GetAsync($"/documents/{file.Id}")).StatusCode);
    }

    [Fact]
    public async Task Staff_attach_evidence_to_a_program_milestone_which_only_staff_download()
    {
        var (staff, program, _, _) = await CohortAsync();
        var plan = factory.Query(db => db.Milestones.Where(m => m.ProgramEditionId == program && m.CohortRegionId == null && m.Status != MilestoneStatus.Done && m.DueByEndOfMonth != null)
            .OrderBy(m => m.Id).First());
        var milestone = plan.Id;
        var page = $"/program/{program}/milestones/{milestone}";
        (string, string)[] form =
        [
            ("Form.Version", plan.Version.ToString()), ("Form.Title", plan.Title), ("Form.PhaseId", plan.PhaseId?.ToString() ?? ""), ("Form.DueKind", MilestoneForm.ByMonth),
            ("Form.DueByEndOfMonth", plan.DueByEndOfMonth!.Value.ToString()), ("Form.OwnerUserId", plan.OwnerUserId ?? ""), ("Form.Status", "Done"),
            ("Form.CompletedOn", Today.ToString("yyyy-MM-dd")),
        ];

        var saved = await staff.PostFileAsync(page, page, ("Form.EvidenceFile", "Strategy.pdf", Proposals.UploadTests.Pdf), form);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var file = factory.Query(db => db.MilestoneEvidence.Single(e => e.MilestoneId == milestone));
        Assert.Equal(MilestoneStatus.Done, factory.Query(db => db.Milestones.Single(m => m.Id == milestone).Status));
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync($"/documents/{file.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await factory.SignedInAsync(Accounts.Anchor)).GetAsync($"/documents/{file.Id}")).StatusCode);
        Assert.Contains("Strategy.pdf", (await staff.GetPageAsync(page)).QuerySelector("[data-testid=evidence-files]")!.TextContent);
    }

    [Fact]
    public async Task The_calendar_feed_parses_keeps_its_uids_and_answers_404_once_revoked()
    {
        await CohortAsync();
        var anchor = await factory.SignedInAsync(Accounts.Anchor);
        Assert.Equal(HttpStatusCode.Redirect, (await anchor.PostFormAsync("/calendar", "/calendar/renew")).StatusCode);
        var feed = new Uri((await anchor.GetPageAsync("/calendar")).QuerySelector("[data-testid=feed-url]")!.GetAttribute("value")!).PathAndQuery;
        var anonymous = factory.NewClient();

        var first = await anonymous.GetAsync(feed);
        var second = await anonymous.GetStringAsync(feed);

        Assert.Equal("text/calendar", first.Content.Headers.ContentType!.MediaType);
        var calendar = Calendar.Load(await first.Content.ReadAsStringAsync())!;
        var ohio = factory.Query(db => db.CohortRegions.Single(r => r.RegionName == "Northeast Ohio").Id);
        Assert.Equal(factory.Query(db => db.Milestones.Count(m => m.CohortRegionId == ohio)), calendar.Events.Count);
        Assert.All(calendar.Events, e => Assert.False(e.DtStart!.HasTime));
        Assert.Equal(calendar.Events.Select(e => e.Uid).Order(), Calendar.Load(second)!.Events.Select(e => e.Uid).Order());
        Assert.Contains("VALUE=DATE", second);
        Assert.Contains("DTSTAMP:", second);

        Assert.Equal(HttpStatusCode.Redirect, (await anchor.PostFormAsync("/calendar", "/calendar/revoke")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(feed)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/calendar/feed/not-a-token.ics")).StatusCode);
    }

    [Fact]
    public async Task Reminders_go_once_per_milestone_and_kind_however_often_the_job_runs()
    {
        await CohortAsync();
        var owned = factory.Query(db => db.Milestones.Count(m => m.OwnerUserId != null && m.Status != MilestoneStatus.Done));
        Assert.True(owned > 0);

        await RunRemindersAsync();
        var sent = factory.Query(db => db.MilestoneReminders.Count());
        await RunRemindersAsync();

        Assert.True(sent > 0, "month 10 has late milestones");
        Assert.Equal(sent, factory.Query(db => db.MilestoneReminders.Count()));
        Assert.Equal(sent, factory.Query(db => db.Notifications.Count(n => n.Topic == Raaqj.Web.Domain.Notifications.NotificationTopic.MilestoneReminders)));
        Assert.Equal(sent, factory.Query(db => db.OutboxMessages.Count(m => m.Subject.StartsWith("Late:") || m.Subject.StartsWith("Due "))));
        await factory.DeliverMailAsync();
        Assert.Contains(factory.To(Accounts.Anchor), m => m.Subject!.StartsWith("Late: ") && m.Subject.EndsWith("(Northeast Ohio)"));
    }

    [Fact]
    public async Task Two_reminder_runs_racing_on_one_database_send_each_reminder_once()
    {
        await CohortAsync();

        await Task.WhenAll(RunRemindersAsync(), RunRemindersAsync());

        var reminders = factory.Query(db => db.MilestoneReminders.Select(r => new { r.MilestoneId, r.Kind }).ToList());
        Assert.NotEmpty(reminders);
        Assert.Equal(reminders.Count, reminders.Distinct().Count());
        Assert.Equal(reminders.Count, factory.Query(db => db.Notifications.Count(n => n.Topic == Raaqj.Web.Domain.Notifications.NotificationTopic.MilestoneReminders)));
        Assert.Equal(reminders.Count, factory.Query(db => db.OutboxMessages.Count(m => m.Subject.StartsWith("Late:") || m.Subject.StartsWith("Due "))));
    }

    // Timings are in bench/; here, that the pages read the same way whatever the plan's size.
    [Fact]
    public async Task The_timeline_and_tracker_send_the_same_sql_commands_for_the_plan_and_for_200_milestones_and_30_a_region()
    {
        var (staff, program, _, _) = await CohortAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await staff.PostFormAsync($"/program/{program}", $"/program/{program}/baselines", ("name", "As approved"))).StatusCode);
        var timelineBefore = await factory.SqlCommandsFor(staff, $"/program/{program}");
        var trackerBefore = await factory.SqlCommandsFor(staff, $"/program/{program}/tracker");

        await factory.WithScopeAsync(async s =>
        {
            await Raaqj.Web.Data.Seed.SyntheticMilestones.AddAsync(s.GetRequiredService<Raaqj.Web.Data.AppDbContext>(), program, 200, 30, factory.Clock.GetUtcNow().UtcDateTime);
            return true;
        });
        var timeline = await staff.GetPageAsync($"/program/{program}");
        var tracker = await staff.GetPageAsync($"/program/{program}/tracker");

        Assert.Equal(200 + ProgramPlan.Program.Count, timeline.QuerySelectorAll(".gantt-table tbody tr").Length);
        Assert.Equal(2 * (30 + ProgramPlan.Region.Count), tracker.QuerySelectorAll("[data-testid=tracker-cell]").Length);
        Assert.Equal(timelineBefore, await factory.SqlCommandsFor(staff, $"/program/{program}"));
        Assert.Equal(trackerBefore, await factory.SqlCommandsFor(staff, $"/program/{program}/tracker"));
        Assert.InRange(timelineBefore, 1, 8);
    }

    // The job itself in a scope of its own, as each instance's runner calls it (the lease is bypassed on purpose).
    private Task RunRemindersAsync() => factory.WithScopeAsync(async services =>
    {
        await services.GetServices<Raaqj.Web.Infrastructure.Scheduling.IScheduledJob>().OfType<MilestoneReminders>().Single().RunAsync(CancellationToken.None);
        return true;
    });
}
