using System.Net;
using Microsoft.EntityFrameworkCore;
using Raaqj.IntegrationTests.Builders;
using Raaqj.IntegrationTests.Infrastructure;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Rfp;

namespace Raaqj.IntegrationTests.Rfp;

public sealed class RfpEditingTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    private async Task<(HttpClient Client, int Id)> CreateDraftAsync(RfpFormBuilder form)
    {
        var client = await factory.SignedInAsync(Accounts.Staff);
        var response = await client.PostFormAsync("/rfp/new", "/rfp/new", form.Build());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (client, int.Parse(response.Headers.Location!.OriginalString.Split('/').Last()));
    }

    private static async Task<Guid> VersionOnPage(HttpClient client, string path) =>
        Guid.Parse((await client.GetPageAsync(path)).QuerySelector("input[name=version], input[name='Form.Version']")!.GetAttribute("value")!);

    [Fact]
    public async Task Staff_create_a_draft_with_dates_in_a_named_time_zone_and_it_is_audited()
    {
        var (_, id) = await CreateDraftAsync(new RfpFormBuilder().With("Title", "Draft in Chicago time"));

        var rfp = factory.Query(db => db.RequestsForAction.Include(r => r.Criteria).Single(r => r.Id == id));
        Assert.Equal(RfpStatus.Draft, rfp.Status);
        Assert.Equal(new DateTime(2027, 4, 15, 22, 0, 0, DateTimeKind.Utc), rfp.ClosesAtUtc);
        Assert.Equal(["Strategy", "Partnerships"], rfp.Criteria.OrderBy(c => c.Position).Select(c => c.Title));
        Assert.True(factory.Query(db => db.AuditEntries.Any(a => a.Action == AuditActions.RfpCreated && a.EntityId == id.ToString())));
    }

    [Fact]
    public async Task A_draft_that_cannot_be_published_shows_a_disabled_Publish_button_that_says_why()
    {
        var (client, id) = await CreateDraftAsync(new RfpFormBuilder().WithCriteria(("Strategy", 50), ("Partnerships", 30)));

        var page = await client.GetPageAsync($"/rfp/{id}");

        var button = page.QuerySelectorAll("form button").Single(b => b.TextContent.Trim() == "Publish");
        Assert.True(button.HasAttribute("disabled"));
        Assert.Contains("Fix the 1 item(s) listed below to publish", page.GetElementById(button.GetAttribute("aria-describedby")!)!.TextContent);
    }

    [Fact]
    public async Task Publishing_with_weights_that_do_not_total_100_shows_the_error_and_saves_nothing()
    {
        var (client, id) = await CreateDraftAsync(new RfpFormBuilder().WithCriteria(("Strategy", 50), ("Partnerships", 30)));
        var version = await VersionOnPage(client, $"/rfp/{id}");
        var auditBefore = factory.Query(db => db.AuditEntries.Count());

        var response = await client.PostFormAsync($"/rfp/{id}", $"/rfp/{id}/publish", ("version", version.ToString()));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("weights total 80; they must total 100", (await response.ReadPageAsync()).Text());
        var rfp = factory.Query(db => db.RequestsForAction.AsNoTracking().Single(r => r.Id == id));
        Assert.Equal(RfpStatus.Draft, rfp.Status);
        Assert.Null(rfp.PublishedAtUtc);
        Assert.Equal(version, rfp.Version);
        Assert.Equal(auditBefore, factory.Query(db => db.AuditEntries.Count()));
    }

    [Fact]
    public async Task Publishing_then_closing_changes_the_status_and_both_are_audited()
    {
        var (client, id) = await CreateDraftAsync(new RfpFormBuilder()
            .With("OpensAtLocal", "2027-06-01T09:00").With("ClosesAtLocal", "2027-07-01T17:00")
            .With("ReviewStartsOn", "2027-07-02").With("ReviewEndsOn", "2027-07-30"));

        var published = await client.PostFormAsync($"/rfp/{id}", $"/rfp/{id}/publish", ("version", (await VersionOnPage(client, $"/rfp/{id}")).ToString()));
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal(RfpStatus.Published, factory.Query(db => db.RequestsForAction.Single(r => r.Id == id).Status));

        var closed = await client.PostFormAsync($"/rfp/{id}", $"/rfp/{id}/close", ("version", (await VersionOnPage(client, $"/rfp/{id}")).ToString()));
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);

        var actions = factory.Query(db => db.AuditEntries.Where(a => a.EntityId == id.ToString()).Select(a => new { a.Action, a.Before, a.After }).ToList());
        Assert.Contains(actions, a => a.Action == AuditActions.RfpPublished && a.Before!.Contains("Draft") && a.After!.Contains("Published"));
        Assert.Contains(actions, a => a.Action == AuditActions.RfpClosed && a.After!.Contains("Closed"));
        Assert.Equal(RfpStatus.Closed, factory.Query(db => db.RequestsForAction.Single(r => r.Id == id).Status));
    }

    [Fact]
    public async Task A_published_request_cannot_lose_a_criterion_that_reviews_will_use()
    {
        var client = await factory.SignedInAsync(Accounts.Staff);
        var roundId = factory.Given.RoundId;
        var rfp = factory.Query(db => db.RequestsForAction.Include(r => r.Criteria).AsNoTracking().Single(r => r.Id == roundId));
        var kept = rfp.Criteria.OrderBy(c => c.Position).Skip(1).Select(c => (c.Title, c.Weight, c.ScaleMin, c.ScaleMax, c.Id)).ToArray();

        var response = await client.PostFormAsync($"/rfp/{rfp.Id}/edit", $"/rfp/{rfp.Id}/edit",
            new RfpFormBuilder().With("Title", rfp.Title).WithCriteria(kept).Build(rfp.Version));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("criteria cannot be removed", (await response.ReadPageAsync()).Text());
        Assert.Equal(rfp.Criteria.Count, factory.Query(db => db.SelectionCriteria.Count(c => c.RequestForActionId == rfp.Id)));
    }

    [Fact]
    public async Task Bad_input_is_named_next_to_its_field_keeps_what_was_typed_and_saves_nothing()
    {
        var client = await factory.SignedInAsync(Accounts.Staff);
        var before = factory.Query(db => db.RequestsForAction.Count());

        var response = await client.PostFormAsync("/rfp/new", "/rfp/new", new RfpFormBuilder()
            .With("Title", "").With("Summary", "Kept summary text")
            .With("ClosesAtLocal", "2027-02-01T17:00")
            .WithCriteria(("", 100)).Build());
        var page = await response.ReadPageAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Give the request a title", page.FieldError("Form_Title"));
        Assert.Contains("after the opening date", page.FieldError("Form_ClosesAtLocal"));
        Assert.Contains("Give the criterion a title", page.FieldError("Form_Criteria_0__Title"));
        Assert.Equal("Kept summary text", page.GetElementById("Form_Summary")!.TextContent);
        Assert.Equal(before, factory.Query(db => db.RequestsForAction.Count()));
    }

    [Fact]
    public async Task Two_staff_saving_the_same_version_the_second_is_refused_with_both_versions_shown()
    {
        var (first, id) = await CreateDraftAsync(new RfpFormBuilder().With("Title", "Shared draft"));
        var second = await factory.SignedInAsync(Accounts.Staff);
        var version = await VersionOnPage(first, $"/rfp/{id}/edit");

        var firstSave = await first.PostFormAsync($"/rfp/{id}/edit", $"/rfp/{id}/edit", new RfpFormBuilder().With("Title", "Title from the first editor").Build(version));
        var secondSave = await second.PostFormAsync($"/rfp/{id}/edit", $"/rfp/{id}/edit", new RfpFormBuilder().With("Title", "Title from the second editor").Build(version));
        var page = await secondSave.ReadPageAsync();

        Assert.Equal(HttpStatusCode.Redirect, firstSave.StatusCode);
        Assert.Equal(HttpStatusCode.OK, secondSave.StatusCode);
        Assert.Contains("Someone else saved this request", page.Text());
        Assert.Equal("Title from the second editor", page.GetElementById("Form_Title")!.GetAttribute("value"));
        Assert.Contains("Title from the first editor", page.QuerySelector("aside")!.TextContent);
        Assert.Equal("Title from the first editor", factory.Query(db => db.RequestsForAction.Single(r => r.Id == id).Title));
    }

    [Fact]
    public async Task Adding_a_criterion_row_keeps_what_was_typed_and_saves_nothing()
    {
        var client = await factory.SignedInAsync(Accounts.Staff);
        var before = factory.Query(db => db.RequestsForAction.Count());
        var fields = new RfpFormBuilder().With("Title", "Not saved yet").Build()
            .Where(f => f.Key != "intent").Append(new("intent", "add-criterion"));

        var page = await (await client.PostFormAsync("/rfp/new", "/rfp/new", fields)).ReadPageAsync();

        Assert.NotNull(page.GetElementById("Form_Criteria_2__Title"));
        Assert.Equal("Not saved yet", page.GetElementById("Form_Title")!.GetAttribute("value"));
        Assert.Equal(before, factory.Query(db => db.RequestsForAction.Count()));
    }

    [Fact]
    public async Task Publishing_a_preview_someone_has_since_changed_is_refused()
    {
        var (client, id) = await CreateDraftAsync(new RfpFormBuilder().With("Title", "Stale preview")
            .With("OpensAtLocal", "2028-01-10T09:00").With("ClosesAtLocal", "2028-02-01T17:00")
            .With("ReviewStartsOn", "2028-02-02").With("ReviewEndsOn", "2028-02-28"));
        var staleVersion = await VersionOnPage(client, $"/rfp/{id}");
        await client.PostFormAsync($"/rfp/{id}/edit", $"/rfp/{id}/edit", new RfpFormBuilder().With("Title", "Changed meanwhile")
            .With("OpensAtLocal", "2028-01-10T09:00").With("ClosesAtLocal", "2028-02-01T17:00")
            .With("ReviewStartsOn", "2028-02-02").With("ReviewEndsOn", "2028-02-28").Build(staleVersion));

        var response = await client.PostFormAsync($"/rfp/{id}", $"/rfp/{id}/publish", ("version", staleVersion.ToString()));

        Assert.Contains("changed by someone else", (await response.ReadPageAsync()).Text());
        Assert.Equal(RfpStatus.Draft, factory.Query(db => db.RequestsForAction.Single(r => r.Id == id).Status));
    }

    [Fact]
    public async Task A_draft_may_leave_its_texts_empty_until_publishing()
    {
        var (client, id) = await CreateDraftAsync(new RfpFormBuilder().With("Title", "Bare draft").With("Summary", "").With("Eligibility", ""));

        Assert.Equal("", factory.Query(db => db.RequestsForAction.Single(r => r.Id == id).Summary));
        Assert.Contains("Fill in the summary, eligibility and program description", (await client.GetPageAsync($"/rfp/{id}")).Text());
    }

    [Fact]
    public async Task A_published_request_cannot_be_moved_over_another_published_round()
    {
        var (client, id) = await CreateDraftAsync(new RfpFormBuilder().With("Title", "Later round")
            .With("OpensAtLocal", "2029-01-10T09:00").With("ClosesAtLocal", "2029-02-01T17:00")
            .With("ReviewStartsOn", "2029-02-02").With("ReviewEndsOn", "2029-02-28"));
        await client.PostFormAsync($"/rfp/{id}", $"/rfp/{id}/publish", ("version", (await VersionOnPage(client, $"/rfp/{id}")).ToString()));
        var version = factory.Query(db => db.RequestsForAction.Single(r => r.Id == id).Version);
        var criteria = factory.Query(db => db.SelectionCriteria.Where(c => c.RequestForActionId == id).OrderBy(c => c.Position)
            .Select(c => new { c.Title, c.Weight, c.ScaleMin, c.ScaleMax, c.Id }).ToList()).Select(c => (c.Title, c.Weight, c.ScaleMin, c.ScaleMax, c.Id)).ToArray();

        var response = await client.PostFormAsync($"/rfp/{id}/edit", $"/rfp/{id}/edit", new RfpFormBuilder().With("Title", "Later round")
            .With("OpensAtLocal", "2026-12-01T09:00").With("ClosesAtLocal", "2027-01-05T17:00")
            .With("ReviewStartsOn", "2027-01-06").With("ReviewEndsOn", "2027-01-30").WithCriteria(criteria).Build(version));

        Assert.Contains("overlapping period", (await response.ReadPageAsync()).Text());
        Assert.Equal(2029, factory.Query(db => db.RequestsForAction.Single(r => r.Id == id).OpensAtUtc.Year));
    }

    [Fact]
    public async Task Unknown_request_answers_404()
    {
        var client = await factory.SignedInAsync(Accounts.Staff);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/rfp/9999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/rfp/9999/edit")).StatusCode);
    }

    [Fact]
    public async Task A_deadline_in_the_spring_gap_is_refused_by_the_field_instead_of_failing()
    {
        var client = await factory.SignedInAsync(Accounts.Staff);
        var form = new RfpFormBuilder().With("TimeZoneId", "America/New_York").With("OpensAtLocal", "2027-03-01T09:00").With("ClosesAtLocal", "2027-03-14T02:30");

        var response = await client.PostFormAsync("/rfp/new", "/rfp/new", form.Build());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("does not exist", (await response.ReadPageAsync()).FieldError("Form_ClosesAtLocal"));
    }
}
