using System.IO.Compression;
using System.Net;
using Raaqj.IntegrationTests.Builders;
using Raaqj.IntegrationTests.Infrastructure;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Funding;
using Raaqj.Web.Domain.Reporting;

namespace Raaqj.IntegrationTests.Impact;

// The program report for the board through HTTP: drafted from the records (each region's accepted values against their
// target path, its match ledger, its milestones), every table downloadable as CSV and Excel and all of them as one
// workbook, for staff alone, and read with as many queries at forty indicators a region as at one.
public sealed class BoardReportTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    // Employers engaged: 0 at the end of month 9, 30 by month 12, so the path stands at 10 at the end of month 10.
    private async Task<int> AcceptedValuesAsync(ReleasedCohort cohort, params (int Region, decimal Value)[] values) =>
        await factory.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<AppDbContext>();
            var now = factory.Clock.GetUtcNow().UtcDateTime;
            var indicator = new Indicator
            {
                ProgramEditionId = cohort.Program, Name = "Employers engaged", Unit = "employers", Direction = IndicatorDirection.Increase, Baseline = 0, BaselineMonth = 9,
                Target = 30, TargetMonth = 12, Frequency = ReportFrequency.Monthly, Definition = "Counted once.", Source = "Partner log", CreatedAtUtc = now, UpdatedAtUtc = now,
            };
            db.Indicators.Add(indicator);
            await db.SaveChangesAsync();
            db.PeriodReports.AddRange(values.Select(v => new PeriodReport
            {
                CohortRegionId = v.Region, EndMonth = 10, Status = ReportStatus.Accepted, Narrative = "A month of work.", CreatedAtUtc = now, UpdatedAtUtc = now, FirstSubmittedAtUtc = now,
                Values = [new ReportValue { IndicatorId = indicator.Id, Value = v.Value, Explanation = "" }],
            }));
            await db.SaveChangesAsync();
            return indicator.Id;
        });

    private Task ReceivedMatchAsync(int region, decimal amount) => factory.WithScopeAsync(async s =>
    {
        var db = s.GetRequiredService<AppDbContext>();
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        db.MatchEntries.Add(new MatchEntry
        {
            CohortRegionId = region, Contributor = "Cuyahoga County", Source = MatchSource.PublicDollars, Form = ContributionForm.Cash, Status = MatchStatus.Received,
            Amount = amount, On = DateOnly.FromDateTime(now), FormKey = Guid.NewGuid(), CreatedAtUtc = now, UpdatedAtUtc = now,
        });
        await db.SaveChangesAsync();
        return true;
    });

    [Fact]
    public async Task Staff_read_a_report_drafted_from_the_records_with_every_table_as_csv_and_excel()
    {
        var cohort = await factory.ReleasedCohortAsync();
        var (ohio, puget) = (cohort.Regions["Northeast Ohio"], cohort.Regions["Puget Sound"]);
        await AcceptedValuesAsync(cohort, (ohio, 11), (puget, 6));
        await ReceivedMatchAsync(ohio, 75_000);
        var report = $"/program/{cohort.Program}/board-report";

        var targets = await cohort.Staff.GetPageAsync($"/program/{cohort.Program}/targets");
        Assert.NotNull(targets.QuerySelector($"a[href='{report}']"));
        var page = await cohort.Staff.GetPageAsync(report);
        Assert.Contains("1 of 2 reported indicators on their target path", page.QuerySelector("[data-testid=board-overview]")!.TextContent);
        Assert.Equal(["Northeast Ohio", "Puget Sound"], page.QuerySelectorAll("[data-testid=board-regions] tbody th").Select(t => t.TextContent.Trim()));
        var regions = page.QuerySelectorAll("[data-testid=board-region]");
        Assert.Equal(2, regions.Length);
        var ohioSummary = regions[0].QuerySelector("[data-testid=board-summary]")!.TextContent;
        Assert.Contains("1 of 1 reported indicator on their target path", ohioSummary);
        Assert.Contains("$75,000 received and $50,000 pledged", ohioSummary);
        var pugetLine = regions[1].QuerySelector("[data-testid=board-indicators] tbody tr")!.TextContent;
        Assert.Contains("6 employers", pugetLine);
        Assert.Contains("Below its path", pugetLine);
        Assert.Contains("On track", regions[0].QuerySelector("[data-testid=board-indicators]")!.TextContent);
        Assert.Equal(2 * BoardTables, page.QuerySelectorAll("[data-testid=board-downloads] a").Length);

        // Each table as CSV: the same figures, numbers as numbers.
        var indicators = await (await cohort.Staff.GetAsync($"{report}/indicators.csv")).Content.ReadAsStringAsync();
        Assert.Contains("Northeast Ohio,Employers engaged,Program,employers,Higher is better,0,30,Month 12 · Jan 2027,11,Month 10 · Nov 2026,10,On track", indicators);
        Assert.Contains("Puget Sound,Employers engaged,Program,employers,Higher is better,0,30,Month 12 · Jan 2027,6,Month 10 · Nov 2026,10,Below its path", indicators);
        var match = await (await cohort.Staff.GetAsync($"{report}/match.csv")).Content.ReadAsStringAsync();
        var committed = factory.Query(db => db.Proposals.Single(p => db.CohortRegions.Any(r => r.Id == ohio && r.ProposalId == p.Id)).LocalMatchCents) / 100;
        Assert.Contains($"Northeast Ohio,{committed},75000,50000,0,0,75000,50000,0", match);
        var milestones = factory.Query(db => db.Milestones.Count(m => m.CohortRegionId == ohio));
        var glance = (await (await cohort.Staff.GetAsync($"{report}/regions.csv")).Content.ReadAsStringAsync()).Split('\n');
        Assert.StartsWith($"Northeast Ohio,{Accounts.AnchorOrganization},", glance[1]);
        Assert.Equal(milestones.ToString(), glance[1].Split(',')[4]);
        Assert.Equal(milestones + 1 + factory.Query(db => db.Milestones.Count(m => m.CohortRegionId == puget)),
            (await (await cohort.Staff.GetAsync($"{report}/milestones.csv")).Content.ReadAsStringAsync()).TrimEnd().Split('\n').Length);

        // Each as Excel, and all of them as one workbook, a sheet each.
        var excel = await cohort.Staff.GetAsync($"{report}/targets.xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", excel.Content.Headers.ContentType!.MediaType);
        Assert.Equal(1, Sheets(await excel.Content.ReadAsByteArrayAsync()));
        Assert.Equal(BoardTables, Sheets(await (await cohort.Staff.GetAsync($"{report}/all.xlsx")).Content.ReadAsByteArrayAsync()));
        foreach (var missing in new[] { "all.csv", "ledger.csv", "targets.pdf" })
            Assert.Equal(HttpStatusCode.NotFound, (await cohort.Staff.GetAsync($"{report}/{missing}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await cohort.Staff.GetAsync($"/program/{cohort.Program + 100}/board-report")).StatusCode);
    }

    private const int BoardTables = 6;

    private static int Sheets(byte[] workbook)
    {
        using var zip = new ZipArchive(new MemoryStream(workbook));
        return zip.Entries.Count(e => e.FullName.StartsWith("xl/worksheets/sheet"));
    }

    [Fact]
    public async Task Staff_write_an_introduction_once_however_often_sent_and_a_stale_one_does_not_overwrite_another()
    {
        var cohort = await factory.ReleasedCohortAsync();
        var report = $"/program/{cohort.Program}/board-report";
        var action = $"{report}/introduction";
        string Version() => factory.Query(db => db.BoardReportIntroductions.Single().Version).ToString();

        // Too long: refused next to the field, the words kept, nothing saved.
        var tooLong = new string('x', Raaqj.Web.Domain.Impact.BoardReportIntroduction.TextMaxLength + 1);
        var refused = await (await cohort.Staff.PostFormAsync(report, action, ("Form.Text", tooLong), ("Form.Version", ""))).ReadPageAsync();
        Assert.Contains("Keep the introduction within 4,000 characters", refused.FieldError("Form_Text"));
        Assert.Equal(tooLong, refused.QuerySelector("#Form_Text")!.TextContent);
        Assert.Equal(0, factory.Query(db => db.BoardReportIntroductions.Count()));

        // Sent twice (a double click): one introduction, one audit entry; it opens the report.
        (string, string)[] first = [("Form.Text", "A strong autumn: six regions planning."), ("Form.Version", "")];
        Assert.Equal(HttpStatusCode.Redirect, (await cohort.Staff.PostFormAsync(report, action, first)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await cohort.Staff.PostFormAsync(report, action, first)).StatusCode);
        Assert.Equal(1, factory.Query(db => db.AuditEntries.Count(a => a.Action == "Program.BoardReportIntroductionSaved")));
        var page = await cohort.Staff.GetPageAsync(report);
        Assert.Equal("A strong autumn: six regions planning.", page.QuerySelector("[data-testid=board-introduction]")!.TextContent);
        Assert.Equal(Version(), page.QuerySelector("input[name='Form.Version']")!.GetAttribute("value"));

        // Another member of staff changes it; a save from a page opened before is refused, keeping its words, and the
        // form now carries the saved version so saving again replaces it.
        var stale = Version();
        var colleague = await factory.SignedInAsync(Accounts.Staff);
        Assert.Equal(HttpStatusCode.Redirect, (await colleague.PostFormAsync(report, action, ("Form.Text", "Two regions late: see page 3."), ("Form.Version", stale))).StatusCode);
        var conflict = await (await cohort.Staff.PostFormAsync(report, action, ("Form.Text", "My version."), ("Form.Version", stale))).ReadPageAsync();
        Assert.Contains("Someone else changed the introduction", conflict.QuerySelector("[role=alert]")!.TextContent);
        Assert.Equal("My version.", conflict.QuerySelector("#Form_Text")!.TextContent);
        Assert.Equal("Two regions late: see page 3.", conflict.QuerySelector("[data-testid=board-introduction]")!.TextContent);
        Assert.Equal(Version(), conflict.QuerySelector("input[name='Form.Version']")!.GetAttribute("value"));
        Assert.Equal("Two regions late: see page 3.", factory.Query(db => db.BoardReportIntroductions.Single().Text));

        // Nobody but staff writes it.
        var anchor = await factory.SignedInAsync(Accounts.Anchor);
        Assert.Equal(HttpStatusCode.Forbidden, (await anchor.PostFormAsync($"/regions/{cohort.Regions["Northeast Ohio"]}/reports", action, ("Form.Text", "Ours."), ("Form.Version", Version()))).StatusCode);
        Assert.Equal("Two regions late: see page 3.", factory.Query(db => db.BoardReportIntroductions.Single().Text));
    }

    [Fact]
    public async Task Only_staff_read_the_report_or_its_tables()
    {
        var cohort = await factory.ReleasedCohortAsync();
        var report = $"/program/{cohort.Program}/board-report";
        foreach (var account in new[] { Accounts.Anchor, Accounts.Reviewer, cohort.Puget.Owner.Email })
        {
            var client = await factory.SignedInAsync(account);
            foreach (var path in new[] { "", "/indicators.csv", "/all.xlsx" })
                Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(report + path)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Redirect, (await factory.NewClient().GetAsync(report)).StatusCode);
    }

    [Fact]
    public async Task The_report_reads_with_as_many_queries_at_forty_indicators_a_region_and_a_year_of_reports_as_at_one()
    {
        var cohort = await factory.ReleasedCohortAsync();
        await AcceptedValuesAsync(cohort, (cohort.Regions["Northeast Ohio"], 11));
        var report = $"/program/{cohort.Program}/board-report";
        var before = new[] { await factory.SqlCommandsFor(cohort.Staff, report), await factory.SqlCommandsFor(cohort.Staff, $"{report}/all.xlsx") };

        await factory.WithScopeAsync(async s =>
        {
            await Raaqj.Web.Data.Seed.SyntheticReports.AddAsync(s.GetRequiredService<AppDbContext>(), cohort.Program, 39, 12, 3, factory.Clock.GetUtcNow().UtcDateTime);
            return true;
        });

        Assert.Equal(1 + 2 * 39, factory.Query(db => db.Indicators.Count()));
        var after = new[] { await factory.SqlCommandsFor(cohort.Staff, report), await factory.SqlCommandsFor(cohort.Staff, $"{report}/all.xlsx") };
        Assert.Equal(before, after);
        Assert.All(after, count => Assert.InRange(count, 1, 40));
        Assert.Equal(2 * 40, (await cohort.Staff.GetPageAsync(report)).QuerySelectorAll("[data-testid=board-indicators] tbody tr").Length);
    }
}
