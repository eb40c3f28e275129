using System.Net;
using Raaqj.IntegrationTests.Infrastructure;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Notifications;
using Raaqj.Web.Domain.Organizations;
using Raaqj.Web.Features.Notifications;
using Raaqj.Web.Infrastructure.Scheduling;

namespace Raaqj.IntegrationTests.Notifications;

// What people are told, in the portal and by email: digests, reminders, the team, preferences, and that each goes out once.
public sealed class NotificationTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    private string IdOf(string email) => factory.Query(db => db.Users.Single(u => u.Email == email).Id);

    private IReadOnlyList<string> SubjectsTo(string email) => factory.To(email).Select(m => m.Subject ?? "").ToList();

    private async Task AdvanceAndRunAsync(TimeSpan by)
    {
        factory.Clock.Advance(by);
        await factory.RunScheduledJobsAsync();
    }

    private async Task<int[]> TwoSubmittedProposalsAsync()
    {
        var given = factory.Given;
        var first = await given.SubmittedProposalAsync(given.RoundId, await given.AnchorAsync("owner.one@example.org", "Lakeshore Jobs Council"), "Lakeshore");
        var second = await given.SubmittedProposalAsync(given.RoundId, await given.AnchorAsync("owner.two@example.org", "Piedmont Works"), "Piedmont");
        return [first, second];
    }

    private static Task<HttpResponseMessage> AssignAsync(HttpClient staff, int proposal, string reviewerId) =>
        staff.PostFormAsync("/reviews/assignments", "/reviews/assignments/add", ("proposalId", proposal.ToString()), ("reviewerUserId", reviewerId), ("dueOn", "2027-01-20"));

    [Fact]
    public async Task Assignments_made_one_after_another_reach_the_reviewer_as_one_digest_once_assigning_pauses()
    {
        var proposals = await TwoSubmittedProposalsAsync();
        var staff = await factory.SignedInAsync(Accounts.Staff);
        var reviewerId = IdOf(Accounts.Reviewer);

        await AssignAsync(staff, proposals[0], reviewerId);
        factory.Clock.Advance(TimeSpan.FromMinutes(3));
        await AssignAsync(staff, proposals[1], reviewerId);
        await AdvanceAndRunAsync(TimeSpan.FromMinutes(5));
        Assert.Empty(SubjectsTo(Accounts.Reviewer));

        await AdvanceAndRunAsync(TimeSpan.FromMinutes(6));
        var digest = Assert.Single(factory.To(Accounts.Reviewer));
        Assert.Equal("2 proposals were assigned to you for review", digest.Subject);
        Assert.Contains("Lakeshore Jobs Council (Lakeshore)", digest.TextBody);
        Assert.Contains("Piedmont Works (Piedmont)", digest.TextBody);
        Assert.Contains($"{PortalFactory.PublicUrl}/reviews/mine#item-{proposals[0]}", digest.TextBody);

        await AdvanceAndRunAsync(TimeSpan.FromHours(2));
        Assert.Single(factory.To(Accounts.Reviewer));
        var reviewer = await factory.SignedInAsync(Accounts.Reviewer);
        var list = await reviewer.GetPageAsync("/notifications");
        Assert.Equal(2, list.QuerySelectorAll(".notification-unread").Length);
        Assert.Contains("also emailed", list.Text());
    }

    [Fact]
    public async Task Automatic_assignment_tells_each_reviewer_once_in_one_email()
    {
        await Builders.ReviewRound.SubmittedAsync(factory);
        await TwoSubmittedProposalsAsync();
        var staff = await factory.SignedInAsync(Accounts.Staff);

        await staff.PostFormAsync("/reviews/assignments", "/reviews/assignments/auto", ("reviewersPerProposal", "2"), ("dueOn", "2027-01-20"));
        await AdvanceAndRunAsync(TimeSpan.FromMinutes(11));

        var assigned = factory.Query(db => db.ReviewAssignments.GroupBy(a => a.ReviewerUserId).Select(g => new { g.Key, Count = g.Count() }).ToList());
        Assert.NotEmpty(assigned);
        foreach (var reviewer in assigned)
        {
            var email = factory.Query(db => db.Users.Single(u => u.Id == reviewer.Key).Email!);
            var mail = Assert.Single(factory.To(email));
            Assert.Contains(reviewer.Count == 1 ? "A proposal was assigned" : $"{reviewer.Count} proposals were assigned", mail.Subject);
            Assert.Equal(reviewer.Count, factory.Query(db => db.Notifications.Count(n => n.UserId == reviewer.Key && n.Topic == NotificationTopic.ReviewAssignments)));
        }
    }

    [Fact]
    public async Task Staff_get_one_digest_of_the_days_submissions_the_next_morning()
    {
        var draft = await factory.Given.ProposalAsync(factory.Given.RoundId, factory.Given.CastOrganization, "Northeast Ohio");
        var owner = await factory.SignedInAsync(Accounts.Anchor);

        var submitted = await owner.PostFormAsync($"/proposals/{draft}/review", $"/proposals/{draft}/submit", ("Certified", "true"));
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);

        var staff = await factory.SignedInAsync(Accounts.Staff);
        var dashboard = await staff.GetPageAsync("/dashboard/staff");
        Assert.Equal("1 unread", dashboard.QuerySelector(".unread-count")?.TextContent.Trim());
        // Submitted at 10 AM Eastern on Tuesday: the digest leaves at 8 AM on Wednesday, not before.
        await AdvanceAndRunAsync(new DateTime(2026, 11, 25, 12, 59, 0, DateTimeKind.Utc) - factory.Clock.GetUtcNow().UtcDateTime);
        Assert.DoesNotContain(SubjectsTo(Accounts.Staff), s => s.Contains("submitted"));
        await AdvanceAndRunAsync(TimeSpan.FromMinutes(2));
        var digest = Assert.Single(factory.To(Accounts.Staff), m => m.Subject == "1 new proposal submitted");
        Assert.Contains($"{Accounts.AnchorOrganization} submitted its proposal for Northeast Ohio", digest.TextBody);
        Assert.Contains($"{PortalFactory.PublicUrl}/intake/{draft}", digest.TextBody);

        await AdvanceAndRunAsync(TimeSpan.FromDays(1));
        Assert.Single(SubjectsTo(Accounts.Staff), s => s.Contains("submitted"));
    }

    [Fact]
    public async Task Draft_owners_are_reminded_seven_days_and_one_day_before_the_deadline_and_once_each()
    {
        var given = factory.Given;
        await given.ProposalAsync(given.RoundId, given.CastOrganization, "Northeast Ohio");
        var editor = await given.AccountAsync(Raaqj.Web.Domain.Accounts.Roles.Anchor, "editor@cast.example");
        await given.AddMemberAsync(given.CastOrganization, editor, MemberRole.Editor);
        await given.SubmittedProposalAsync(given.RoundId, await given.AnchorAsync("done.early@example.org", "Done Early Board"));
        bool Reminded(string days) => SubjectsTo(Accounts.Anchor).Any(s => s.StartsWith($"Less than {days} left"));

        // The cast round closes three weeks after the start.
        await AdvanceAndRunAsync(TimeSpan.FromDays(13));
        Assert.False(Reminded("7 days"));
        await AdvanceAndRunAsync(TimeSpan.FromDays(1.5));
        Assert.True(Reminded("7 days"));
        await AdvanceAndRunAsync(TimeSpan.FromHours(1));
        await AdvanceAndRunAsync(TimeSpan.FromDays(3));
        Assert.Single(SubjectsTo(Accounts.Anchor), s => s.StartsWith("Less than 7 days"));
        Assert.False(Reminded("1 day"));
        await AdvanceAndRunAsync(TimeSpan.FromDays(3));
        Assert.True(Reminded("1 day"));
        await AdvanceAndRunAsync(TimeSpan.FromHours(1));
        Assert.Single(SubjectsTo(Accounts.Anchor), s => s.StartsWith("Less than 1 day"));

        Assert.Empty(SubjectsTo("editor@cast.example"));
        Assert.Empty(SubjectsTo("done.early@example.org"));
        await AdvanceAndRunAsync(TimeSpan.FromDays(1));
        Assert.Equal(2, SubjectsTo(Accounts.Anchor).Count(s => s.StartsWith("Less than")));
    }

    [Fact]
    public async Task The_owner_is_told_when_a_co_author_joins()
    {
        var owner = await factory.SignedInAsync(Accounts.Anchor);
        await owner.PostFormAsync("/organization/team", "/organization/team/invite", ("Invite.Email", "coauthor@cast.example"), ("Invite.Role", "Editor"));
        var joinLink = factory.LinkInLatestMailTo("coauthor@cast.example");
        var colleague = await factory.RegisteredAnchorAsync("coauthor@cast.example");
        var join = await colleague.GetPageAsync(joinLink);
        var accept = join.QuerySelector("form[action^='/organization/invitations/']")!.GetAttribute("action")!;
        Assert.Equal(HttpStatusCode.Redirect, (await colleague.PostFormAsync(joinLink, accept)).StatusCode);

        var mail = Assert.Single(factory.To(Accounts.Anchor), m => m.Subject?.EndsWith("joined your team") == true);
        Assert.Contains("coauthor@cast.example", mail.TextBody);
        Assert.Contains($"{PortalFactory.PublicUrl}/notifications/email", mail.TextBody);
        var list = await owner.GetPageAsync("/notifications");
        Assert.Contains("joined your team", list.QuerySelector(".notification-unread")!.TextContent);
    }

    [Fact]
    public async Task Someone_who_turns_an_email_off_still_sees_the_notification_in_the_portal()
    {
        var proposals = await TwoSubmittedProposalsAsync();
        var reviewer = await factory.SignedInAsync(Accounts.Reviewer);
        var settings = await reviewer.GetPageAsync("/notifications/email");
        Assert.NotNull(settings.QuerySelector($"input[name=email][value={NotificationTopic.ReviewAssignments}][checked]"));
        Assert.Null(settings.QuerySelector($"input[value={NotificationTopic.NewSubmissions}]"));

        // Only the overdue reminders stay ticked.
        var saved = await reviewer.PostFormAsync("/notifications/email", "/notifications/email", ("email", NotificationTopic.ReviewReminders.ToString()));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.True(factory.Query(db => db.AuditEntries.Any(a => a.Action == AuditActions.EmailPreferencesChanged)));
        Assert.Null((await reviewer.GetPageAsync("/notifications/email")).QuerySelector($"input[value={NotificationTopic.ReviewAssignments}][checked]"));

        var staff = await factory.SignedInAsync(Accounts.Staff);
        await AssignAsync(staff, proposals[0], IdOf(Accounts.Reviewer));
        await AdvanceAndRunAsync(TimeSpan.FromHours(2));

        Assert.Empty(SubjectsTo(Accounts.Reviewer));
        var list = await reviewer.GetPageAsync("/notifications");
        Assert.Contains("Lakeshore Jobs Council (Lakeshore)", list.QuerySelector(".notification-unread")!.TextContent);
        Assert.Contains("not emailed", list.Text());
    }

    [Fact]
    public async Task Opening_a_notification_leads_to_its_page_and_marks_it_read_and_no_one_else_can_open_it()
    {
        var proposals = await TwoSubmittedProposalsAsync();
        var staff = await factory.SignedInAsync(Accounts.Staff);
        await AssignAsync(staff, proposals[0], IdOf(Accounts.Reviewer));
        await AssignAsync(staff, proposals[1], IdOf(Accounts.Reviewer));
        var reviewer = await factory.SignedInAsync(Accounts.Reviewer);
        var list = await reviewer.GetPageAsync("/notifications");
        Assert.Equal("2 unread", list.QuerySelector(".unread-count")?.TextContent.Trim());
        var open = list.QuerySelectorAll("form[action$='/open']").Select(f => f.GetAttribute("action")!).ToList();
        Assert.Equal(2, open.Count);

        Assert.Equal(HttpStatusCode.NotFound, (await staff.PostFormAsync("/notifications", open[0])).StatusCode);
        var opened = await reviewer.PostFormAsync("/notifications", open[0]);
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Equal($"/reviews/mine#item-{proposals[1]}", opened.Headers.Location?.OriginalString);
        Assert.Equal("1 unread", (await reviewer.GetPageAsync("/notifications")).QuerySelector(".unread-count")?.TextContent.Trim());

        Assert.Equal(HttpStatusCode.Redirect, (await reviewer.PostFormAsync("/notifications", "/notifications/read")).StatusCode);
        var after = await reviewer.GetPageAsync("/notifications");
        Assert.Null(after.QuerySelector(".unread-count"));
        Assert.Empty(after.QuerySelectorAll(".notification-unread"));
        Assert.Contains("You are all caught up", (await reviewer.GetPageAsync("/notifications?unread=true")).Text());
    }

    [Fact]
    public async Task Two_instances_running_the_scheduled_jobs_at_once_send_each_digest_once()
    {
        var proposals = await TwoSubmittedProposalsAsync();
        var staff = await factory.SignedInAsync(Accounts.Staff);
        await AssignAsync(staff, proposals[0], IdOf(Accounts.Reviewer));
        await AssignAsync(staff, proposals[1], IdOf(Accounts.Reviewer));
        factory.Clock.Advance(TimeSpan.FromMinutes(11));
        // Two runners, each with its own lease owner, as two instances would have...
        var first = ActivatorUtilities.CreateInstance<ScheduledJobRunner>(factory.Services);
        var second = ActivatorUtilities.CreateInstance<ScheduledJobRunner>(factory.Services);
        var ran = await Task.WhenAll(Task.Run(() => first.RunDueAsync()), Task.Run(() => second.RunDueAsync()));
        Assert.Equal(1, ran.Count(r => r.Contains("email-digests")));
        // ...and the job itself run twice side by side, as if a lease had expired.
        await factory.WithScopeAsync(async services =>
        {
            using var other = factory.Services.CreateScope();
            await Task.WhenAll(services.GetServices<IScheduledJob>().OfType<EmailDigests>().Single().RunAsync(default),
                other.ServiceProvider.GetServices<IScheduledJob>().OfType<EmailDigests>().Single().RunAsync(default));
            return 0;
        });

        Assert.Single(factory.To(Accounts.Reviewer));
    }
}
