using System.Net;
using Raaqj.IntegrationTests.Builders;
using Raaqj.IntegrationTests.Infrastructure;
using Raaqj.IntegrationTests.Proposals;
using Raaqj.Web.Domain.Reporting;
using Raaqj.Web.Features.Reports;

namespace Raaqj.IntegrationTests.Reports;

// Indicators and period reports through HTTP: staff add an indicator every region reports; a region submits its report
// for the period (a value short of the target path needs its explanation), staff ask for changes and then accept, and
// only then does the value count; versions are kept; nobody outside the region reads or changes any of it; and each
// reminder of a report due or late goes once.
public sealed class ReportsTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    // The cohort joins in month 10 (Nov 24 to Dec 23, 2026): its first report is for month 10, due Jan 7, 2027.
    private const int Month = 10;

    private async Task<int> ProgramIndicatorAsync(ReleasedCohort cohort)
    {
        var url = $"/program/{cohort.Program}/indicators/new";
        Assert.Equal(HttpStatusCode.Redirect, (await cohort.Staff.PostFormAsync(url, url, ("Form.Name", "Employers engaged"), ("Form.Unit", "employers"),
            ("Form.Direction", "Increase"), ("Form.Baseline", "0"), ("Form.BaselineMonth", "9"), ("Form.Target", "30"), ("Form.TargetMonth", "12"), ("Form.Frequency", "Monthly"),
            ("Form.Definition", "Counted once."), ("Form.Source", "Partner log"), ("Form.Version", ""))).StatusCode);
        return factory.Query(db => db.Indicators.Single().Id);
    }

    private static (string, string)[] Report(int indicator, string value, string explanation, bool submit, string? version) =>
    [
        ("Form.Lines[0].IndicatorId", indicator.ToString()), ("Form.Lines[0].Value", value), ("Form.Lines[0].Explanation", explanation),
        ("Form.Narrative", "Met six employers."), ("Form.Submit", submit ? "true" : "false"), ("Form.Version", version ?? ""),
    ];

    private string ReportVersion(int region) => factory.Query(db => db.PeriodReports.Single(r => r.CohortRegionId == region).Version).ToString();

    [Fact]
    public async Task A_region_explains_a_missed_target_staff_ask_for_changes_then_accept_and_only_then_the_value_counts()
    {
        var cohort = await factory.ReleasedCohortAsync();
        var indicator = await ProgramIndicatorAsync(cohort);
        var ohio = cohort.Regions["Northeast Ohio"];
        var anchor = await factory.SignedInAsync(Accounts.Anchor);
        var reports = $"/regions/{ohio}/reports";
        var report = $"{reports}/{Month}";
        Assert.Contains("Month 10", (await anchor.GetPageAsync(reports)).QuerySelector("[data-testid=report-periods]")!.TextContent);

        // 6 employers is short of the path (10 by the end of month 10): without an explanation nothing is saved, and the value stays in the form.
        var refused = await (await anchor.PostFormAsync(report, report, Report(indicator, "6", "", submit: true, null))).ReadPageAsync();
        Assert.Contains("short of its target path (10 by the end of this period)", refused.FieldError("Form_Lines_0__Explanation"));
        Assert.Equal("6", refused.QuerySelector("#Form_Lines_0__Value")!.GetAttribute("value"));
        Assert.Equal(0, factory.Query(db => db.PeriodReports.Count()));

        // Explained, it goes in; the same form sent twice (a double click) makes one version.
        var explained = Report(indicator, "6", "Two employers postponed to January.", submit: true, null);
        Assert.Equal(HttpStatusCode.Redirect, (await anchor.PostFormAsync(report, report, explained)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await anchor.PostFormAsync(report, report, explained)).StatusCode);
        Assert.Equal((ReportStatus.Submitted, 1), factory.Query(db => (db.PeriodReports.Single().Status, db.ReportVersions.Count())));

        // The region cannot accept its own report; staff must say what to change when they send it back.
        Assert.Equal(HttpStatusCode.NotFound, (await anchor.PostFormAsync(report, $"{report}/accept", ("Decision.Version", ReportVersion(ohio)))).StatusCode);
        var noNote = await (await cohort.Staff.PostFormAsync(report, $"{report}/changes", ("Decision.Note", ""), ("Decision.Version", ReportVersion(ohio)))).ReadPageAsync();
        Assert.Contains("Say what the region should change.", noNote.FieldError("Decision_Note"));
        Assert.Equal(HttpStatusCode.Redirect, (await cohort.Staff.PostFormAsync(report, $"{report}/changes", ("Decision.Note", "Add the employer names."),
            ("Decision.Version", ReportVersion(ohio)))).StatusCode);
        Assert.Equal(ReportStatus.ChangesRequested, factory.Query(db => db.PeriodReports.Single().Status));
        Assert.Contains("Add the employer names.", (await anchor.GetPageAsync(report)).QuerySelector("[data-testid=changes-requested]")!.TextContent);

        // Nothing counts until accepted.
        var chart = $"/regions/{ohio}/indicators/{indicator}";
        Assert.DoesNotContain("6 employers", (await anchor.GetPageAsync(chart)).QuerySelector("[data-testid=indicator-values]")!.TextContent);

        // The team changes the value and submits again; staff accept version 2; the chart and the cohort chart show it.
        Assert.Equal(HttpStatusCode.Redirect, (await anchor.PostFormAsync(report, report, Report(indicator, "11", "", submit: true, ReportVersion(ohio)))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await cohort.Staff.PostFormAsync(report, $"{report}/accept", ("Decision.Note", ""), ("Decision.Version", ReportVersion(ohio)))).StatusCode);
        Assert.Equal((ReportStatus.Accepted, 2), factory.Query(db => (db.PeriodReports.Single().Status, db.ReportVersions.Count())));
        Assert.Contains("11 employers", (await anchor.GetPageAsync(chart)).QuerySelector("[data-testid=indicator-values]")!.TextContent);
        Assert.Contains("11 employers", (await cohort.Staff.GetPageAsync($"/program/{cohort.Program}/indicators/{indicator}")).QuerySelector("[data-testid=indicator-values]")!.TextContent);
        Assert.Contains("6 employers → 11 employers", (await anchor.GetPageAsync($"{report}/versions/2")).QuerySelector("[data-testid=version-changes]")!.TextContent);
        Assert.Contains("Two employers postponed", (await anchor.GetPageAsync($"{report}/versions/1")).Text());

        // Accepted, the report no longer changes.
        Assert.Contains("accepted", (await (await anchor.PostFormAsync(reports, report, Report(indicator, "40", "", submit: false, ReportVersion(ohio)))).ReadPageAsync()).Text());
        Assert.Equal(11m, factory.Query(db => db.ReportValues.Single().Value));
        Assert.Equal(4, factory.Query(db => db.AuditEntries.Count(a => a.Action == "Reporting.ReportSubmitted" || a.Action == "Reporting.ReportAccepted"
            || a.Action == "Reporting.ReportChangesRequested")));
    }

    [Fact]
    public async Task Nobody_outside_the_region_reads_or_changes_its_reports_indicators_or_evidence()
    {
        var cohort = await factory.ReleasedCohortAsync();
        var indicator = await ProgramIndicatorAsync(cohort);
        var (ohio, puget) = (cohort.Regions["Northeast Ohio"], cohort.Regions["Puget Sound"]);
        var anchor = await factory.SignedInAsync(Accounts.Anchor);
        var report = $"/regions/{ohio}/reports/{Month}";
        Assert.Equal(HttpStatusCode.Redirect, (await anchor.PostFileAsync(report, report, ("Form.EvidenceFile", "sign-in.pdf", UploadTests.Pdf),
            Report(indicator, "12", "", submit: true, null))).StatusCode);
        var file = factory.Query(db => db.ReportEvidence.Single().Id);
        Assert.Equal(HttpStatusCode.OK, (await anchor.GetAsync($"/documents/{file}")).StatusCode);
        var ownUrl = $"/regions/{ohio}/indicators/new";
        Assert.Equal(HttpStatusCode.Redirect, (await anchor.PostFormAsync(ownUrl, ownUrl, ("Form.Name", "Workers trained"), ("Form.Unit", "workers"), ("Form.Direction", "Increase"),
            ("Form.Baseline", "0"), ("Form.BaselineMonth", "9"), ("Form.Target", "100"), ("Form.TargetMonth", "12"), ("Form.Frequency", "Quarterly"), ("Form.Version", ""))).StatusCode);
        var own = factory.Query(db => db.Indicators.Single(i => i.CohortRegionId == ohio).Id);

        var outsider = await factory.SignedInAsync(cohort.Puget.Owner.Email);
        foreach (var path in new[] { "/reports", $"/reports/{Month}", $"/reports/{Month}/versions/1", $"/indicators/{indicator}", $"/indicators/{own}", $"/indicators/{own}/edit", "/indicators/new" })
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/regions/{ohio}{path}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/documents/{file}")).StatusCode);
        var theirs = $"/regions/{puget}/reports";
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostFormAsync(theirs, report, Report(indicator, "1", "x", submit: false, ReportVersion(ohio)))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostFormAsync(theirs, $"{report}/accept", ("Decision.Version", ReportVersion(ohio)))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostFormAsync(theirs, $"/regions/{ohio}/indicators/{own}/edit", ("Form.Name", "Taken"), ("Form.Baseline", "0"),
            ("Form.BaselineMonth", "9"), ("Form.Target", "5"), ("Form.TargetMonth", "12"), ("Form.Version", ""))).StatusCode);
        Assert.Equal(12m, factory.Query(db => db.ReportValues.Single().Value));
        Assert.Equal("Workers trained", factory.Query(db => db.Indicators.Single(i => i.Id == own).Name));

        // Puget's own page asks for the program's indicator and never Ohio's own; its team sees none of Ohio's values.
        var puget10 = await outsider.GetPageAsync($"{theirs}/{Month}");
        Assert.Single(puget10.QuerySelectorAll("[data-testid=report-line]"));
        Assert.DoesNotContain("Workers trained", puget10.Text());
        Assert.DoesNotContain("12 employers", (await outsider.GetPageAsync($"/regions/{puget}/indicators/{indicator}")).Text());

        // The program's indicators and the reports list are staff's alone.
        foreach (var path in new[] { "/reports", "/indicators", $"/indicators/{indicator}", "/indicators/new" })
            Assert.Equal(HttpStatusCode.Forbidden, (await anchor.GetAsync($"/program/{cohort.Program}{path}")).StatusCode);
        Assert.Contains("Awaiting review", (await cohort.Staff.GetPageAsync($"/program/{cohort.Program}/reports")).QuerySelector("[data-testid=reports-due]")!.TextContent);
    }

    [Fact]
    public async Task A_report_coming_due_and_then_late_is_reminded_once_each_however_often_the_job_runs()
    {
        var cohort = await factory.ReleasedCohortAsync();
        await ProgramIndicatorAsync(cohort);
        int Reminders(string title) => factory.Query(db => db.Notifications.Count(n => n.Title.StartsWith(title)));

        // Jan 2, 2027: five days before month 10's report is due (Jan 7), within the program's seven.
        factory.Clock.SetUtcNow(new DateTimeOffset(2027, 1, 2, 15, 0, 0, TimeSpan.Zero));
        await RunRemindersAsync();
        await RunRemindersAsync();
        Assert.Equal(2, Reminders("Report due"));
        Assert.Equal(2, factory.Query(db => db.ReportReminders.Count()));
        Assert.Equal(0, Reminders("Late: your report"));

        // Jan 8: late, once.
        factory.Clock.SetUtcNow(new DateTimeOffset(2027, 1, 8, 15, 0, 0, TimeSpan.Zero));
        await RunRemindersAsync();
        await RunRemindersAsync();
        Assert.Equal(2, Reminders("Late: your report"));
        Assert.Equal(2, Reminders("Report due"));
        Assert.Equal(4, factory.Query(db => db.ReportReminders.Count()));
        Assert.Equal(4, factory.Query(db => db.OutboxMessages.Count(m => m.Subject.Contains("your report") || m.Subject.StartsWith("Report due"))));
        // Signed in afresh: six weeks on, the first session has expired.
        var staff = await factory.SignedInAsync(Accounts.Staff);
        Assert.Contains("2 late", (await staff.GetPageAsync($"/program/{cohort.Program}/reports")).QuerySelector("[data-testid=report-counts]")!.TextContent);
    }

    [Fact]
    public async Task The_reporting_pages_read_with_as_many_queries_at_three_indicators_a_region_as_at_forty_a_year_of_reports_each()
    {
        var cohort = await factory.ReleasedCohortAsync();
        var indicator = await ProgramIndicatorAsync(cohort);
        var ohio = cohort.Regions["Northeast Ohio"];
        var anchor = await factory.SignedInAsync(Accounts.Anchor);
        async Task GrowAsync(int indicators, int versions) => await factory.WithScopeAsync(async s =>
        {
            await Raaqj.Web.Data.Seed.SyntheticReports.AddAsync(s.GetRequiredService<Raaqj.Web.Data.AppDbContext>(), cohort.Program, indicators, 12, versions, factory.Clock.GetUtcNow().UtcDateTime);
            return true;
        });
        await GrowAsync(2, 1);
        var program = $"/program/{cohort.Program}";
        var regionPages = new[] { $"/regions/{ohio}/reports", $"/regions/{ohio}/reports/{Month}", $"/regions/{ohio}/reports/{Month}/versions/1", $"/regions/{ohio}/indicators/{indicator}" };
        var staffPages = new[] { $"{program}/reports?all=true", $"{program}/indicators", $"{program}/indicators/{indicator}" };
        async Task<List<int>> CountAsync()
        {
            var counts = new List<int>();
            foreach (var url in regionPages)
                counts.Add(await factory.SqlCommandsFor(anchor, url));
            foreach (var url in staffPages)
                counts.Add(await factory.SqlCommandsFor(cohort.Staff, url));
            return counts;
        }
        var before = await CountAsync();

        // The year again for every region, at 40 indicators (the program's one and 39 of its own) and three versions of each report.
        await factory.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<Raaqj.Web.Data.AppDbContext>();
            db.ReportVersions.RemoveRange(db.ReportVersions);
            db.ReportValues.RemoveRange(db.ReportValues);
            db.PeriodReports.RemoveRange(db.PeriodReports);
            await db.SaveChangesAsync();
            return true;
        });
        await GrowAsync(37, 3);

        Assert.Equal(1 + 2 * 39, factory.Query(db => db.Indicators.Count()));
        Assert.Equal(2 * 12 * 3, factory.Query(db => db.ReportVersions.Count()));
        var after = await CountAsync();
        Assert.Equal(before, after);
        Assert.All(after, count => Assert.InRange(count, 1, 16));
    }

    // The job itself in a scope of its own, as each instance's runner calls it (the lease is bypassed on purpose).
    private Task RunRemindersAsync() => factory.WithScopeAsync(async services =>
    {
        await services.GetServices<Raaqj.Web.Infrastructure.Scheduling.IScheduledJob>().OfType<ReportReminders>().Single().RunAsync(CancellationToken.None);
        return true;
    });
}
