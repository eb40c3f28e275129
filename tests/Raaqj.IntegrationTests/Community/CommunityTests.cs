using System.Net;
using Raaqj.IntegrationTests.Builders;
using Raaqj.IntegrationTests.Infrastructure;
using Raaqj.Web.Domain.Community;
using Raaqj.Web.Domain.Timeline;
using Raaqj.Web.Domain.Time;

namespace Raaqj.IntegrationTests.Community;

// The community of practice through HTTP: staff schedule, the cohort's teams hear of it once and register, the link is
// theirs alone, attendance with guests convenes the cohort, attendees give feedback, and people equipped counts them.
public sealed class CommunityTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    private const string Link = "https://meet.example.org/community-test";

    private string Local(TimeSpan fromNow) =>
        ZoneTime.ToLocal(factory.Clock.GetUtcNow().UtcDateTime.Add(fromNow), "America/New_York").ToString("yyyy-MM-ddTHH:mm");

    private async Task<int> ScheduleAsync(ReleasedCohort cohort, string title, SessionKind kind, int? capacity = null)
    {
        var page = $"/program/{cohort.Program}/community/sessions/new";
        var response = await cohort.Staff.PostFormAsync(page, page, ("Form.Title", title), ("Form.Kind", kind.ToString()), ("Form.Format", "Hybrid"),
            ("Form.StartsAtLocal", Local(TimeSpan.FromHours(2))), ("Form.EndsAtLocal", Local(TimeSpan.FromHours(3))), ("Form.TimeZoneId", "America/New_York"),
            ("Form.Place", "Community Hall, 1 Main Street"), ("Form.VirtualLink", Link), ("Form.Facilitator", "Program team"), ("Form.Capacity", capacity?.ToString() ?? ""),
            ("Form.Description", "Who we are and what we will learn together."));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return factory.Query(db => db.LearningSessions.Single(s => s.Title == title).Id);
    }

    [Fact]
    public async Task Staff_schedule_the_cohort_hears_once_and_registers_for_the_free_seats_with_the_link_and_the_ics_theirs_alone()
    {
        var cohort = await factory.ReleasedCohortAsync();
        var community = $"/program/{cohort.Program}/community";
        var mailsBefore = factory.To(Accounts.Anchor).Count;
        var session = await ScheduleAsync(cohort, "Job quality 101", SessionKind.Webinar, capacity: 1);
        var page = $"{community}/sessions/{session}";

        // Announced once to each member of the cohort's teams, through the outbox.
        Assert.Single(factory.To(Accounts.Anchor).Skip(mailsBefore), m => m.Subject!.Contains("New session: Job quality 101"));
        Assert.Single(factory.To(cohort.Puget.Owner.Email), m => m.Subject!.Contains("New session: Job quality 101"));
        await factory.RunScheduledJobsAsync();
        Assert.Single(factory.To(Accounts.Anchor).Skip(mailsBefore), m => m.Subject!.Contains("New session"));

        var anchor = await factory.SignedInAsync(Accounts.Anchor);
        var before = await anchor.GetStringAsync(page);
        Assert.DoesNotContain(Link, before);
        Assert.Contains("Shown to the people registered", before);
        Assert.DoesNotContain(Link, await anchor.GetStringAsync($"{page}.ics"));

        // One click registers once, however often it is sent.
        Assert.Equal(HttpStatusCode.Redirect, (await anchor.PostFormAsync(page, $"{page}/register", ("Role", "Advocate"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await anchor.PostFormAsync(page, $"{page}/register", ("Role", "Advocate"))).StatusCode);
        Assert.Equal(1, factory.Query(db => db.SessionRegistrations.Count(r => r.LearningSessionId == session)));
        Assert.Contains(Link, await anchor.GetStringAsync(page));
        var workspace = await anchor.GetPageAsync($"/regions/{cohort.Regions["Northeast Ohio"]}");
        Assert.Contains("Registered", workspace.QuerySelector("[data-testid=workspace-sessions]")!.TextContent);
        var ics = await anchor.GetAsync($"{page}.ics");
        Assert.Equal("text/calendar", ics.Content.Headers.ContentType!.MediaType);
        // Long lines are folded (RFC 5545): unfolded, the place and the link are there.
        var calendar = (await ics.Content.ReadAsStringAsync()).Replace("\r\n ", "");
        Assert.Contains($"UID:session-{session}@raaqj-portal", calendar);
        Assert.Contains("LOCATION:Community Hall\\, 1 Main Street · " + Link, calendar);
        // The person's calendar subscription carries the sessions they registered for, link included.
        Assert.Equal(HttpStatusCode.Redirect, (await anchor.PostFormAsync("/calendar", "/calendar/renew")).StatusCode);
        var feed = new Uri((await anchor.GetPageAsync("/calendar")).QuerySelector("[data-testid=feed-url]")!.GetAttribute("value")!).PathAndQuery;
        var subscribed = (await factory.NewClient().GetStringAsync(feed)).Replace("\r\n ", "");
        Assert.Contains($"UID:session-{session}@raaqj-portal", subscribed);
        Assert.Contains(Link, subscribed);

        // The only seat is taken: the next person is told, and nothing is saved.
        var puget = await factory.SignedInAsync(cohort.Puget.Owner.Email);
        Assert.DoesNotContain(Link, await puget.GetStringAsync(page));
        await puget.PostFormAsync(page, $"{page}/register", ("Role", "Employer"));
        Assert.Contains("This session is full", await puget.GetStringAsync(page));
        Assert.Equal(1, factory.Query(db => db.SessionRegistrations.Count(r => r.LearningSessionId == session)));
        Assert.DoesNotContain(Link, await puget.GetStringAsync(page));

        // The registrations are staff's to see; region teams change nothing of the schedule or the attendance.
        Assert.DoesNotContain(Accounts.Anchor, await puget.GetStringAsync(page));
        Assert.Contains(Accounts.Anchor, await cohort.Staff.GetStringAsync(page));
        Assert.Equal(HttpStatusCode.NotFound, (await puget.GetAsync($"{community}/sessions/new")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await puget.GetAsync($"{page}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await puget.PostFormAsync(page, $"{page}/attendance", ("everyone", "true"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await puget.PostFormAsync(page, $"{page}/guests", ("Guest.Name", "Forged Guest"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await puget.PostFormAsync($"{community}/agenda", $"{community}/agenda/topics",
            ("Topic.Name", "Forged"), ("Topic.LearningQuestions", "Why?"))).StatusCode);

        // Outside the cohort, the community does not exist.
        foreach (var outsider in new[] { Accounts.Reviewer, Accounts.Admin })
        {
            var client = await factory.SignedInAsync(outsider);
            foreach (var url in new[] { community, page, $"{page}.ics", $"{community}/agenda" })
                Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);
        }

        // A registration is cancelled before the session begins, and the seat is free again.
        Assert.Equal(HttpStatusCode.Redirect, (await anchor.PostFormAsync(page, $"{page}/cancel")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await puget.PostFormAsync(page, $"{page}/register", ("Role", "Employer"))).StatusCode);
        Assert.Equal(cohort.Puget.Owner.Email, factory.Query(db => db.SessionRegistrations.Where(r => r.LearningSessionId == session)
            .Join(db.Users, r => r.UserId, u => u.Id, (r, u) => u.Email).Single()));
    }

    [Fact]
    public async Task The_launch_convenings_attendance_with_guests_convenes_the_cohort_and_attendees_give_feedback_and_count_once()
    {
        var cohort = await factory.ReleasedCohortAsync();
        var (ohio, pugetRegion) = (cohort.Regions["Northeast Ohio"], cohort.Regions["Puget Sound"]);
        var community = $"/program/{cohort.Program}/community";
        var session = await ScheduleAsync(cohort, "Cohort launch convening", SessionKind.LaunchConvening);
        var page = $"{community}/sessions/{session}";
        var anchor = await factory.SignedInAsync(Accounts.Anchor);
        var puget = await factory.SignedInAsync(cohort.Puget.Owner.Email);
        Assert.Equal(HttpStatusCode.Redirect, (await anchor.PostFormAsync(page, $"{page}/register", ("Role", "PublicServant"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await puget.PostFormAsync(page, $"{page}/register", ("Role", "Employer"))).StatusCode);

        // Before it begins there is no attendance to take.
        await cohort.Staff.PostFormAsync(page, $"{page}/attendance", ("everyone", "true"));
        Assert.Equal(0, factory.Query(db => db.SessionAttendances.Count()));

        factory.Clock.Advance(TimeSpan.FromHours(2.5));
        var staff = await factory.SignedInAsync(Accounts.Staff);
        anchor = await factory.SignedInAsync(Accounts.Anchor);
        puget = await factory.SignedInAsync(cohort.Puget.Owner.Email);
        var anchorId = factory.Query(db => db.Users.Single(u => u.Email == Accounts.Anchor).Id);
        Assert.Equal(HttpStatusCode.Redirect, (await staff.PostFormAsync(page, $"{page}/attendance", ("present", anchorId))).StatusCode);
        Milestone Named(string title) => factory.Query(db => db.Milestones.Single(m => m.ProgramEditionId == cohort.Program && m.Title.StartsWith(title)
            && (m.CohortRegionId == null || m.CohortRegionId == ohio)));
        Assert.Equal(MilestoneStatus.Done, Named("Cohort launch convening attended").Status);
        Assert.NotEqual(MilestoneStatus.Done, Named("Cohort convened").Status);

        // A guest without an account, a bad one refused by its field with what was typed kept, the same guest twice refused.
        var refused = await staff.PostFormAsync(page, $"{page}/guests", ("Guest.Name", "Lena Ortiz"), ("Guest.Email", "not-an-email"), ("Guest.Role", "Advocate"));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var again = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Enter a valid email address", again);
        Assert.Contains("value=\"Lena Ortiz\"", again);
        Assert.Equal(HttpStatusCode.Redirect, (await staff.PostFormAsync(page, $"{page}/guests", ("Guest.Name", "Lena Ortiz"), ("Guest.Email", ""),
            ("Guest.Organization", "Puget Sound Labor Council"), ("Guest.RegionId", pugetRegion.ToString()), ("Guest.Role", "Advocate"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await staff.PostFormAsync(page, $"{page}/guests", ("Guest.Name", "LENA  ortiz"), ("Guest.Email", ""),
            ("Guest.Organization", "Puget Sound Labor Council."), ("Guest.Role", "Advocate"))).StatusCode);
        Assert.Equal(2, factory.Query(db => db.SessionAttendances.Count(a => a.LearningSessionId == session)));
        Assert.Equal(MilestoneStatus.Done, Named("Cohort convened").Status);
        Assert.Contains("All 2 regions attended", Named("Cohort convened").EvidenceNote);

        // Feedback from who was there; the Puget owner registered but was not recorded.
        var ohioFeedback = await anchor.PostFormAsync(page, $"{page}/feedback", ("Feedback.Rating", "5"), ("Feedback.Comment", "Worth the trip."));
        Assert.Equal(HttpStatusCode.Redirect, ohioFeedback.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await puget.PostFormAsync(page, $"{page}/feedback", ("Feedback.Rating", "2"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anchor.PostFormAsync(page, $"{page}/feedback", ("Feedback.Rating", "9"))).StatusCode);
        Assert.Equal(5, factory.Query(db => db.SessionFeedback.Single(f => f.LearningSessionId == session).Rating));

        // People equipped: the anchor and the guest, once each, however often they come.
        var second = await ScheduleAsync(cohort, "Equitable hiring webinar", SessionKind.Webinar);
        Assert.Equal(HttpStatusCode.Redirect, (await anchor.PostFormAsync($"{community}/sessions/{second}", $"{community}/sessions/{second}/register", ("Role", "PublicServant"))).StatusCode);
        factory.Clock.Advance(TimeSpan.FromHours(2.5));
        staff = await factory.SignedInAsync(Accounts.Staff);
        Assert.Equal(HttpStatusCode.Redirect, (await staff.PostFormAsync($"{community}/sessions/{second}", $"{community}/sessions/{second}/attendance", ("everyone", "true"))).StatusCode);
        var overview = await staff.GetPageAsync(community);
        Assert.Equal("2", overview.QuerySelector("[data-testid=people-equipped]")!.TextContent.Trim());
        Assert.Contains("5.0 of 5", overview.QuerySelector("[data-testid=average-rating]")!.TextContent);

        // Removing someone from the attendance is staff's alone, and audited.
        var guest = factory.Query(db => db.SessionAttendances.Single(a => a.Name == "Lena Ortiz").Id);
        Assert.Equal(HttpStatusCode.NotFound, (await (await factory.SignedInAsync(cohort.Puget.Owner.Email)).PostFormAsync(page, $"{page}/attendance/{guest}/remove")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await staff.PostFormAsync(page, $"{page}/attendance/{guest}/remove")).StatusCode);
        Assert.True(factory.Query(db => db.AuditEntries.Count(e => e.Action == Raaqj.Web.Domain.Audit.AuditActions.AttendanceRecorded)) >= 3);
        Assert.Equal("1", (await staff.GetPageAsync(community)).QuerySelector("[data-testid=people-equipped]")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_learning_agenda_keeps_topics_and_resources_and_a_bad_session_form_keeps_what_was_typed()
    {
        var cohort = await factory.ReleasedCohortAsync();
        var agenda = $"/program/{cohort.Program}/community/agenda";
        Assert.Equal(HttpStatusCode.Redirect, (await cohort.Staff.PostFormAsync(agenda, $"{agenda}/topics", ("Topic.Name", "Job quality"),
            ("Topic.LearningQuestions", "What makes a job a quality job here?"))).StatusCode);
        var duplicate = await cohort.Staff.PostFormAsync(agenda, $"{agenda}/topics", ("Topic.Name", "Job quality"), ("Topic.LearningQuestions", "Again"));
        Assert.Contains("already", await duplicate.Content.ReadAsStringAsync());
        var topic = factory.Query(db => db.LearningTopics.Single().Id);
        Assert.Equal(HttpStatusCode.Redirect, (await cohort.Staff.PostFormAsync(agenda, $"{agenda}/resources", ("Resource.Title", "Good Jobs Principles"),
            ("Resource.TopicId", topic.ToString()), ("Resource.Url", "https://www.dol.gov/general/good-jobs/principles"))).StatusCode);
        var file = await cohort.Staff.PostFileAsync(agenda, $"{agenda}/resources", ("Resource.File", "slides.pdf", "%PDF-1.4 slides"u8.ToArray()),
            ("Resource.Title", "Launch slides"), ("Resource.TopicId", topic.ToString()));
        Assert.Equal(HttpStatusCode.Redirect, file.StatusCode);
        // The audit names what was added.
        var resources = factory.Query(db => db.CommunityResources.Select(r => r.Id.ToString()).ToList());
        Assert.Equal(resources.Order(), factory.Query(db => db.AuditEntries.Where(e => e.Action == Raaqj.Web.Domain.Audit.AuditActions.CommunityResourceAdded)
            .Select(e => e.EntityId).ToList()).Order());
        Assert.Equal(topic.ToString(), factory.Query(db => db.AuditEntries.Single(e => e.Action == Raaqj.Web.Domain.Audit.AuditActions.LearningTopicChanged).EntityId));
        var member = await factory.SignedInAsync(Accounts.Anchor);
        var read = await member.GetPageAsync(agenda);
        Assert.Equal(2, read.QuerySelectorAll("[data-testid=resources] li").Length);
        var download = read.QuerySelectorAll("a").Single(a => a.TextContent == "Launch slides").GetAttribute("href")!;
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync(download)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await factory.SignedInAsync(Accounts.Reviewer)).GetAsync(download)).StatusCode);

        var page = $"/program/{cohort.Program}/community/sessions/new";
        var bad = await cohort.Staff.PostFormAsync(page, page, ("Form.Title", "Peer exchange"), ("Form.Kind", "PeerExchange"), ("Form.Format", "Virtual"),
            ("Form.StartsAtLocal", "2027-03-14T02:30"), ("Form.EndsAtLocal", "2027-03-14T01:00"), ("Form.TimeZoneId", "America/New_York"), ("Form.VirtualLink", "meet.example.org"));
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var html = await bad.Content.ReadAsStringAsync();
        Assert.Contains("does not exist in America/New_York", html);
        Assert.Contains("Enter the full link, starting with https://.", html);
        Assert.Contains("value=\"Peer exchange\"", html);
        Assert.Equal(0, factory.Query(db => db.LearningSessions.Count()));
    }
}
