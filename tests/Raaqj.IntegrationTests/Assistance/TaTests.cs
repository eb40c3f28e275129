using System.Net;
using Raaqj.IntegrationTests.Builders;
using Raaqj.IntegrationTests.Infrastructure;
using Raaqj.IntegrationTests.Proposals;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Domain.Assistance;
using Raaqj.Web.Domain.Notifications;
using Raaqj.Web.Domain.Organizations;

namespace Raaqj.IntegrationTests.Assistance;

// Technical assistance through HTTP: a region asks, the request is routed and timed, the expert answers with a file,
// the region rates it; nobody else reads or changes any of it.
public sealed class TaTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    private const int Apprenticeship = 2;

    private async Task TagAsync(HttpClient staff, string userId, int area, bool available = true)
    {
        var fields = new List<(string, string)> { ("areas", area.ToString()) };
        if (available)
            fields.Add(("available", "true"));
        Assert.Equal(HttpStatusCode.Redirect, (await staff.PostFormAsync("/ta/experts", $"/ta/experts/{userId}", fields.ToArray())).StatusCode);
    }

    private static Task<HttpResponseMessage> AskAsync(HttpClient client, int region, string title = "Apprenticeship standards for hospitals") =>
        client.PostFormAsync($"/regions/{region}/ta/new", $"/regions/{region}/ta/new", ("Form.AreaId", Apprenticeship.ToString()), ("Form.Title", title),
            ("Form.Question", "How do we register a multi-employer apprenticeship for patient care technicians?"), ("Form.Tried", "Read the state guide."),
            ("Form.Urgency", "Normal"), ("Form.PreferredTimes", "Tuesday mornings"));

    private int RequestId(string title) => factory.Query(db => db.TaRequests.Single(r => r.Title == title).Id);

    private string Version(int id) => factory.Query(db => db.TaRequests.Single(r => r.Id == id).Version).ToString();

    [Fact]
    public async Task A_request_goes_to_the_least_loaded_expert_of_its_area_on_the_programs_clocks_and_only_its_people_see_it()
    {
        var cohort = await factory.ReleasedCohortAsync();
        var (ohio, puget) = (cohort.Regions["Northeast Ohio"], cohort.Regions["Puget Sound"]);
        var busy = await factory.Given.AccountAsync(Roles.Staff, "busy.expert@example.org", "Busy Expert");
        var free = await factory.Given.AccountAsync(Roles.Staff, "free.expert@example.org", "Free Expert");
        await TagAsync(cohort.Staff, busy.Id, Apprenticeship);
        await TagAsync(cohort.Staff, free.Id, Apprenticeship);
        var pugetOwner = await factory.SignedInAsync(cohort.Puget.Owner.Email);
        Assert.Equal(HttpStatusCode.Redirect, (await AskAsync(pugetOwner, puget, "First one")).StatusCode);
        var first = factory.Query(db => db.TaRequests.Single());
        var anchor = await factory.SignedInAsync(Accounts.Anchor);

        var asked = await AskAsync(anchor, ohio);

        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        var request = factory.Query(db => db.TaRequests.Single(r => r.CohortRegionId == ohio));
        Assert.Equal(TaStatus.Assigned, request.Status);
        Assert.Equal(first.ExpertUserId == busy.Id ? free.Id : busy.Id, request.ExpertUserId);
        Assert.True(request.FirstAnswerDueUtc > request.RequestedAtUtc && request.ResolutionDueUtc > request.FirstAnswerDueUtc);
        var expertEmail = request.ExpertUserId == busy.Id ? busy.Email : free.Email;
        Assert.Single(factory.To(expertEmail), m => m.Subject!.Contains("Apprenticeship standards for hospitals"));
        Assert.Equal($"/ta/{request.Id}", asked.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.OK, (await anchor.GetAsync($"/ta/{request.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await factory.SignedInAsync(expertEmail)).GetAsync($"/ta/{request.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await pugetOwner.GetAsync($"/ta/{request.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await pugetOwner.PostFormAsync($"/regions/{puget}/ta", $"/ta/{request.Id}/replies",
            ("Reply.Body", "Not ours."), ("Reply.Version", request.Version.ToString()))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await pugetOwner.PostFormAsync($"/regions/{puget}/ta", $"/ta/{request.Id}/steps",
            ("step", "Withdraw"), ("version", request.Version.ToString()))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await pugetOwner.GetAsync($"/regions/{ohio}/ta")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await pugetOwner.PostFormAsync($"/regions/{puget}/ta/new", $"/regions/{ohio}/ta/new",
            ("Form.AreaId", Apprenticeship.ToString()), ("Form.Title", "Forged"), ("Form.Question", "Not ours."), ("Form.Urgency", "Normal"))).StatusCode);
        Assert.Equal(0, factory.Query(db => db.TaRequests.Count(r => r.Title == "Forged")));
        foreach (var outsider in new[] { Accounts.Reviewer, Accounts.Admin })
            Assert.Equal(HttpStatusCode.NotFound, (await (await factory.SignedInAsync(outsider)).GetAsync($"/ta/{request.Id}")).StatusCode);
        Assert.Equal(1, factory.Query(db => db.TaMessages.Count(m => m.TaRequestId == request.Id)));

        // A viewer of the region reads it, but asks and replies nothing.
        var viewerAccount = await factory.Given.AccountAsync(Roles.Anchor);
        await factory.Given.AddMemberAsync(factory.Given.CastOrganization, viewerAccount, MemberRole.Viewer);
        var viewer = await factory.SignedInAsync(viewerAccount.Email);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"/ta/{request.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await viewer.GetAsync($"/regions/{ohio}/ta/new")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await viewer.PostFormAsync($"/ta/{request.Id}", $"/ta/{request.Id}/replies", ("Reply.Body", "Me too."), ("Reply.Version", Version(request.Id)))).StatusCode);
    }

    [Fact]
    public async Task The_expert_answers_with_a_file_the_region_rates_it_and_the_status_table_refuses_the_rest()
    {
        var cohort = await factory.ReleasedCohortAsync();
        var (ohio, puget) = (cohort.Regions["Northeast Ohio"], cohort.Regions["Puget Sound"]);
        var expertAccount = await factory.Given.AccountAsync(Roles.Staff, "apprenticeship.expert@example.org", "Ada Expert");
        await TagAsync(cohort.Staff, expertAccount.Id, Apprenticeship);
        var anchor = await factory.SignedInAsync(Accounts.Anchor);
        await AskAsync(anchor, ohio);
        var id = RequestId("Apprenticeship standards for hospitals");
        var expert = await factory.SignedInAsync(expertAccount.Email);

        var replied = await expert.PostFileAsync($"/ta/{id}", $"/ta/{id}/replies", ("Reply.File", "Registration checklist.pdf", UploadTests.Pdf),
            ("Reply.Body", "Here is the checklist; start with the occupation's work process."), ("Reply.Hours", "1.5"), ("Reply.Version", Version(id)));

        Assert.Equal(HttpStatusCode.Redirect, replied.StatusCode);
        var request = factory.Query(db => db.TaRequests.Single(r => r.Id == id));
        Assert.Equal(TaStatus.InProgress, request.Status);
        Assert.NotNull(request.FirstAnsweredAtUtc);
        var file = factory.Query(db => db.TaMessageFiles.Single().Id);
        Assert.Equal(HttpStatusCode.OK, (await anchor.GetAsync($"/documents/{file}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await factory.SignedInAsync(cohort.Puget.Owner.Email)).GetAsync($"/documents/{file}")).StatusCode);
        Assert.Single(factory.To(Accounts.Anchor), m => m.Subject == "New reply: Apprenticeship standards for hospitals");
        Assert.Equal(1.5m, factory.Query(db => db.TaMessages.Sum(m => m.Hours)));
        var csv = await cohort.Staff.GetStringAsync("/ta/export.csv?open=true");
        Assert.Contains("Apprenticeship standards for hospitals,Northeast Ohio,Apprenticeship,Normal,In progress,Ada Expert", csv);
        Assert.Contains(",1.5,", csv);
        var excel = await cohort.Staff.GetAsync("/ta/export.xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", excel.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await anchor.GetAsync("/ta/export.csv")).StatusCode);

        // The region cannot resolve its own request; a stale version is refused; the expert resolves.
        var refused = await anchor.PostFormAsync($"/ta/{id}", $"/ta/{id}/steps", ("step", "Resolve"), ("version", Version(id)));
        Assert.Contains("not open to you", (await anchor.GetPageAsync(refused.Headers.Location!.OriginalString)).Text());
        var stale = request.Version.ToString();
        Assert.Equal(HttpStatusCode.Redirect, (await expert.PostFormAsync($"/ta/{id}", $"/ta/{id}/steps", ("step", "Resolve"), ("version", Version(id)))).StatusCode);
        Assert.Equal(TaStatus.Resolved, factory.Query(db => db.TaRequests.Single(r => r.Id == id).Status));
        await expert.PostFormAsync($"/ta/{id}", $"/ta/{id}/steps", ("step", "Close"), ("version", stale));
        Assert.Equal(TaStatus.Resolved, factory.Query(db => db.TaRequests.Single(r => r.Id == id).Status));

        // Confirming needs a rating; with one, the request closes and keeps it.
        await anchor.PostFormAsync($"/ta/{id}", $"/ta/{id}/steps", ("step", "Confirm"), ("version", Version(id)));
        Assert.Equal(TaStatus.Resolved, factory.Query(db => db.TaRequests.Single(r => r.Id == id).Status));
        Assert.Equal(HttpStatusCode.Redirect, (await anchor.PostFormAsync($"/ta/{id}", $"/ta/{id}/steps",
            ("step", "Confirm"), ("version", Version(id)), ("rating", "5"), ("comment", "Exactly what we needed."))).StatusCode);
        var closed = factory.Query(db => db.TaRequests.Single(r => r.Id == id));
        Assert.Equal((TaStatus.Closed, 5), (closed.Status, closed.Rating!.Value));
        Assert.Contains("Rated 5 of 5", (await anchor.GetPageAsync($"/ta/{id}")).Text());

        // The dashboard counts it by area and by region: its hours, its first answer, its rating; for staff alone.
        var dashboard = await cohort.Staff.GetPageAsync("/ta/dashboard");
        var rows = dashboard.QuerySelectorAll("[data-testid=ta-figures-row]").Select(r => r.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains("Apprenticeship") && r.Contains("1.5") && r.Contains("5.0 (1)"));
        Assert.Contains(rows, r => r.Contains("Northeast Ohio") && r.Contains("5.0 (1)"));
        Assert.NotEqual("—", dashboard.QuerySelector("[data-testid=median-first-answer]")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.Forbidden, (await anchor.GetAsync("/ta/dashboard")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anchor.GetAsync($"/regions/{ohio}/ta")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anchor.GetAsync($"/regions/{puget}/ta")).StatusCode);
    }

    [Fact]
    public async Task With_no_available_expert_staff_hear_of_it_and_route_it_by_hand()
    {
        var cohort = await factory.ReleasedCohortAsync();
        var ohio = cohort.Regions["Northeast Ohio"];
        var away = await factory.Given.AccountAsync(Roles.Staff, "away.expert@example.org", "Away Expert");
        await TagAsync(cohort.Staff, away.Id, Apprenticeship, available: false);
        var anchor = await factory.SignedInAsync(Accounts.Anchor);

        await AskAsync(anchor, ohio);

        var id = RequestId("Apprenticeship standards for hospitals");
        Assert.Equal((TaStatus.New, (string?)null), factory.Query(db => db.TaRequests.Where(r => r.Id == id).Select(r => new { r.Status, r.ExpertUserId }).AsEnumerable()
            .Select(r => (r.Status, r.ExpertUserId)).Single()));
        Assert.Contains(factory.Query(db => db.Notifications.Where(n => n.Topic == NotificationTopic.TechnicalAssistance).Select(n => n.UserId).ToList()),
            user => user == factory.Given.Account(Accounts.Staff).Id);
        var queue = await cohort.Staff.GetPageAsync("/ta?open=true");
        Assert.Contains("Apprenticeship standards for hospitals", queue.QuerySelector("[data-testid=ta-requests]")!.TextContent);

        Assert.Equal(HttpStatusCode.Redirect, (await cohort.Staff.PostFormAsync($"/ta/{id}", $"/ta/{id}/assign", ("expertUserId", away.Id), ("version", Version(id)))).StatusCode);
        Assert.Equal((TaStatus.Assigned, away.Id), factory.Query(db => db.TaRequests.Where(r => r.Id == id).Select(r => new { r.Status, r.ExpertUserId }).AsEnumerable()
            .Select(r => (r.Status, r.ExpertUserId!)).Single()));
        Assert.Single(factory.To(away.Email), m => m.Subject == "TA request for you: Apprenticeship standards for hospitals");
        Assert.Equal(HttpStatusCode.NotFound, (await anchor.GetAsync("/ta")).StatusCode);
    }

    [Fact]
    public async Task Clock_warnings_reach_the_expert_and_the_liaison_once_however_often_or_concurrently_the_job_runs()
    {
        var cohort = await factory.ReleasedCohortAsync();
        var ohio = cohort.Regions["Northeast Ohio"];
        var expertAccount = await factory.Given.AccountAsync(Roles.Staff, "slow.expert@example.org", "Slow Expert");
        await TagAsync(cohort.Staff, expertAccount.Id, Apprenticeship);
        var page = $"/program/{cohort.Program}/cohort";
        Assert.Equal(HttpStatusCode.Redirect, (await cohort.Staff.PostFormAsync(page, $"{page}/{ohio}/liaison", ("liaisonUserId", factory.Given.Account(Accounts.Staff).Id))).StatusCode);
        await AskAsync(await factory.SignedInAsync(Accounts.Anchor), ohio);
        var request = factory.Query(db => db.TaRequests.Single());

        await RunClockWatchAsync();
        Assert.Equal(0, factory.Query(db => db.TaClockWarnings.Count()));

        factory.Clock.Advance(request.FirstAnswerDueUtc - factory.Clock.GetUtcNow().UtcDateTime - TimeSpan.FromHours(2));
        await RunClockWatchAsync();
        await Task.WhenAll(RunClockWatchAsync(), RunClockWatchAsync());

        Assert.Equal([TaClockKind.FirstAnswerSoon], factory.Query(db => db.TaClockWarnings.Select(w => w.Kind).ToList()));
        Assert.Single(factory.To(expertAccount.Email), m => m.Subject!.StartsWith("Due within a day: Apprenticeship standards"));
        Assert.Single(factory.To(factory.Given.Account(Accounts.Staff).Email), m => m.Subject!.StartsWith("Due within a day: Apprenticeship standards"));

        // Past the deadline the first answer's warning was already sent; the breach shows in the queue.
        factory.Clock.Advance(TimeSpan.FromHours(3));
        await RunClockWatchAsync();
        Assert.Equal(1, factory.Query(db => db.TaClockWarnings.Count()));
        var staff = await factory.SignedInAsync(Accounts.Staff);
        Assert.Contains("clock missed", (await staff.GetPageAsync("/ta?breached=true")).QuerySelector("[data-testid=ta-requests]")!.TextContent);
    }

    [Fact]
    public async Task A_resolved_request_nobody_confirms_closes_itself_after_fourteen_days()
    {
        var cohort = await factory.ReleasedCohortAsync();
        var expertAccount = await factory.Given.AccountAsync(Roles.Staff, "done.expert@example.org", "Done Expert");
        await TagAsync(cohort.Staff, expertAccount.Id, Apprenticeship);
        await AskAsync(await factory.SignedInAsync(Accounts.Anchor), cohort.Regions["Northeast Ohio"]);
        var id = RequestId("Apprenticeship standards for hospitals");
        var expert = await factory.SignedInAsync(expertAccount.Email);
        Assert.Equal(HttpStatusCode.Redirect, (await expert.PostFormAsync($"/ta/{id}", $"/ta/{id}/steps", ("step", "Resolve"), ("version", Version(id)))).StatusCode);

        factory.Clock.Advance(TimeSpan.FromDays(13));
        await RunClockWatchAsync();
        Assert.Equal(TaStatus.Resolved, factory.Query(db => db.TaRequests.Single().Status));
        factory.Clock.Advance(TimeSpan.FromDays(1));
        await RunClockWatchAsync();

        var closed = factory.Query(db => db.TaRequests.Single());
        Assert.Equal(TaStatus.Closed, closed.Status);
        Assert.Null(closed.Rating);
    }

    [Fact]
    public async Task Staff_set_the_clocks_and_holidays_that_new_requests_are_timed_on()
    {
        var cohort = await factory.ReleasedCohortAsync();
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        var noHolidays = new BusinessClock("America/New_York", new HashSet<DateOnly>(), BusinessClock.DefaultCloseOfBusiness);
        var holiday = noHolidays.ClockStarts(now);
        var version = factory.Query(db => db.TaClockSettings.Select(c => c.Version).FirstOrDefault()).ToString();

        var refused = await cohort.Staff.PostFormAsync("/ta/clocks", "/ta/clocks", ("Form.Version", version), ("Form.FirstAnswerDays", "3"),
            ("Form.ResolveHighDays", "8"), ("Form.ResolveNormalDays", "4"), ("Form.ResolveLowDays", "15"));
        Assert.Equal("Normal urgency cannot be faster than high urgency.", (await refused.ReadPageAsync()).FieldError("Form_ResolveNormalDays"));
        Assert.Equal(HttpStatusCode.Redirect, (await cohort.Staff.PostFormAsync("/ta/clocks", "/ta/clocks", ("Form.Version", version), ("Form.FirstAnswerDays", "3"),
            ("Form.ResolveHighDays", "4"), ("Form.ResolveNormalDays", "8"), ("Form.ResolveLowDays", "15"))).StatusCode);
        // A holiday without a date is refused by its field, keeping the name typed; then the same day twice.
        var undated = await (await cohort.Staff.PostFormAsync("/ta/clocks", "/ta/clocks/holidays", ("Holiday.Date", ""), ("Holiday.Name", "Founders' day"))).ReadPageAsync();
        Assert.Equal("Enter the holiday's date.", undated.FieldError("Holiday_Date"));
        Assert.Equal("Founders' day", undated.QuerySelector("#Holiday_Name")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.Redirect, (await cohort.Staff.PostFormAsync("/ta/clocks", "/ta/clocks/holidays",
            ("Holiday.Date", holiday.ToString("yyyy-MM-dd")), ("Holiday.Name", "Founders' day"))).StatusCode);
        var twice = await (await cohort.Staff.PostFormAsync("/ta/clocks", "/ta/clocks/holidays",
            ("Holiday.Date", holiday.ToString("yyyy-MM-dd")), ("Holiday.Name", "Again"))).ReadPageAsync();
        Assert.Equal("That day is already a holiday.", twice.FieldError("Holiday_Date"));
        Assert.Equal(1, factory.Query(db => db.ProgramHolidays.Count()));
        await AskAsync(await factory.SignedInAsync(Accounts.Anchor), cohort.Regions["Northeast Ohio"]);

        var request = factory.Query(db => db.TaRequests.Single());
        var withHoliday = new BusinessClock("America/New_York", new HashSet<DateOnly> { holiday }, BusinessClock.DefaultCloseOfBusiness);
        Assert.Equal(withHoliday.Deadline(request.RequestedAtUtc, 3), request.FirstAnswerDueUtc);
        Assert.NotEqual(noHolidays.Deadline(request.RequestedAtUtc, 3), request.FirstAnswerDueUtc);
        Assert.Equal(withHoliday.Deadline(request.RequestedAtUtc, 8), request.ResolutionDueUtc);
        Assert.Contains("Founders' day", (await cohort.Staff.GetPageAsync("/ta/clocks")).QuerySelector("[data-testid=holidays]")!.TextContent);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await factory.SignedInAsync(Accounts.Anchor)).GetAsync("/ta/clocks")).StatusCode);
    }

    private Task RunClockWatchAsync() => factory.WithScopeAsync(async services =>
    {
        await services.GetServices<Raaqj.Web.Infrastructure.Scheduling.IScheduledJob>().OfType<Raaqj.Web.Features.Assistance.TaClockWatch>().Single().RunAsync(CancellationToken.None);
        return true;
    });
}
