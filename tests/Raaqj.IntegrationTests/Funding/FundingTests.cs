using System.Net;
using Raaqj.IntegrationTests.Builders;
using Raaqj.IntegrationTests.Infrastructure;
using Raaqj.IntegrationTests.Proposals;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Domain.Funding;
using Raaqj.Web.Domain.Organizations;

namespace Raaqj.IntegrationTests.Funding;

// The program's money through HTTP: staff keep funders, pledges with schedules and payments (a double click records
// once, a payment cannot be in the future, a withdrawn pledge stops counting), the money page and the targets count
// them; each region keeps its match ledger with evidence that only staff verify, and nobody outside the region
// reads or changes it.
public sealed class FundingTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    private string Day(int daysFromToday) => DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime).AddDays(daysFromToday).ToString("yyyy-MM-dd");

    private (string, string)[] PledgeFields(string amount, string key, params (string Due, string Amount)[] schedule) =>
    [
        ("Form.Amount", amount), ("Form.PledgedOn", Day(-20)), ("Form.IsRestricted", "false"), ("Form.Restriction", ""), ("Form.Note", ""), ("Form.FormKey", key), ("Form.Version", ""),
        .. schedule.SelectMany((s, i) => new[] { ($"Form.Schedule[{i}].DueOn", s.Due), ($"Form.Schedule[{i}].Amount", s.Amount) }),
    ];

    [Fact]
    public async Task Staff_record_a_pledge_and_payments_once_each_and_the_money_page_and_the_targets_count_them()
    {
        var cohort = await factory.ReleasedCohortAsync();
        var staff = cohort.Staff;
        var program = $"/program/{cohort.Program}";
        var created = await staff.PostFormAsync($"{program}/funders/new", $"{program}/funders/new", ("Form.Name", "Lakeshore Foundation"), ("Form.Kind", "Foundation"),
            ("Form.Stage", "Asked"), ("Form.AskAmount", "300000"), ("Form.IsNationalPartner", "false"), ("Form.ContactEmail", ""), ("Form.Version", ""));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var funderUrl = created.Headers.Location!.OriginalString;
        var funder = factory.Query(db => db.Funders.Single());
        Assert.Equal(FunderStage.Asked, funder.Stage);

        // A schedule worth more than the pledge is refused next to it, keeping what was typed; nothing is recorded.
        var newPledge = $"{funderUrl}/pledges/new";
        var refused = await (await staff.PostFormAsync(newPledge, newPledge, PledgeFields("100000", Guid.NewGuid().ToString(), (Day(10), "80000"), (Day(100), "80000")))).ReadPageAsync();
        Assert.Contains("The installments add up to more than the pledge.", refused.Text());
        Assert.Equal("100000", refused.QuerySelector("#Form_Amount")!.GetAttribute("value"));
        Assert.Equal(0, factory.Query(db => db.Pledges.Count()));

        // The same pledge form sent twice (a double click) records one pledge; the funder is now pledged.
        var key = Guid.NewGuid().ToString();
        foreach (var _ in new[] { 1, 2 })
            Assert.Equal(HttpStatusCode.Redirect, (await staff.PostFormAsync(newPledge, newPledge, PledgeFields("100000", key, (Day(-5), "60000"), (Day(80), "40000")))).StatusCode);
        var pledge = factory.Query(db => db.Pledges.Single());
        Assert.Equal(2, factory.Query(db => db.PledgeInstallments.Count()));
        Assert.Equal(FunderStage.Pledged, factory.Query(db => db.Funders.Single().Stage));

        // A payment dated tomorrow is refused next to its date; the same payment form twice records once.
        var future = await (await staff.PostFormAsync(funderUrl, $"{funderUrl}/payments", ("Payment.Amount", "60000"), ("Payment.ReceivedOn", Day(2)),
            ("Payment.PledgeId", pledge.Id.ToString()), ("Payment.FormKey", Guid.NewGuid().ToString()))).ReadPageAsync();
        Assert.Contains("cannot be in the future", future.FieldError("Payment_ReceivedOn"));
        var paymentKey = Guid.NewGuid().ToString();
        foreach (var _ in new[] { 1, 2 })
            Assert.Equal(HttpStatusCode.Redirect, (await staff.PostFormAsync(funderUrl, $"{funderUrl}/payments", ("Payment.Amount", "60000"), ("Payment.ReceivedOn", Day(-2)),
                ("Payment.PledgeId", pledge.Id.ToString()), ("Payment.FormKey", paymentKey))).StatusCode);
        Assert.Equal(60_000m, factory.Query(db => db.Payments.Single().Amount));

        // Received and pledged apart on the money page and the targets; the drill-down lists the funder.
        var money = await staff.GetPageAsync($"{program}/money");
        Assert.Equal("$60,000", money.QuerySelector("[data-testid=received]")!.TextContent);
        Assert.Equal("$40,000", money.QuerySelector("[data-testid=pledged]")!.TextContent);
        var targets = await staff.GetPageAsync($"{program}/targets");
        Assert.Equal("$60,000", targets.QuerySelector("[data-testid=target-Raised]")!.TextContent);
        Assert.Contains("$40,000", targets.QuerySelector("[data-testid=promised-Raised]")!.TextContent);
        Assert.Equal("2", targets.QuerySelector("[data-testid=target-Regions]")!.TextContent);
        Assert.Contains("Lakeshore Foundation", (await staff.GetPageAsync($"{program}/targets/Raised")).QuerySelector("[data-testid=record-row]")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"{program}/targets/Everything")).StatusCode);

        // Withdrawn: what was paid stays received, nothing more is pledged.
        var pledgeUrl = $"{funderUrl}/pledges/{pledge.Id}";
        var version = factory.Query(db => db.Pledges.Single().Version).ToString();
        Assert.Equal(HttpStatusCode.Redirect, (await staff.PostFormAsync(pledgeUrl, $"{pledgeUrl}/withdraw", ("Withdraw.WithdrawnOn", Day(-1)), ("Withdraw.Reason", "Board paused giving."),
            ("Withdraw.Version", version))).StatusCode);
        money = await staff.GetPageAsync($"{program}/money");
        Assert.Equal(("$60,000", "$0"), (money.QuerySelector("[data-testid=received]")!.TextContent, money.QuerySelector("[data-testid=pledged]")!.TextContent));
        Assert.Equal(FunderStage.Received, factory.Query(db => db.Funders.Single().Stage));
        Assert.Contains("Lakeshore Foundation,Foundation,no,Received", await (await staff.GetAsync($"{program}/funders/export.csv")).Content.ReadAsStringAsync());
        Assert.Equal(4, factory.Query(db => db.AuditEntries.Count(a => a.Action.StartsWith("Funding."))));

        // The money is staff's alone.
        var anchor = await factory.SignedInAsync(Accounts.Anchor);
        foreach (var path in new[] { "/money", "/funders", $"/funders/{funder.Id}", "/targets", "/funders/export.csv" })
            Assert.Equal(HttpStatusCode.Forbidden, (await anchor.GetAsync($"{program}{path}")).StatusCode);
    }

    [Fact]
    public async Task A_region_keeps_its_match_ledger_with_evidence_only_staff_verify_and_nobody_outside_reads_it()
    {
        var cohort = await factory.ReleasedCohortAsync();
        var (ohio, puget) = (cohort.Regions["Northeast Ohio"], cohort.Regions["Puget Sound"]);
        var ledger = $"/regions/{ohio}/match";
        var anchor = await factory.SignedInAsync(Accounts.Anchor);

        // Released with the proposal's commitment in the ledger; bringing it in again adds nothing.
        var seeded = factory.Query(db => db.MatchEntries.Single(m => m.CohortRegionId == ohio));
        Assert.Equal((50_000m, MatchStatus.Pledged, MatchSource.RegionalPhilanthropy), (seeded.Amount, seeded.Status, seeded.Source));
        Assert.Equal(HttpStatusCode.Redirect, (await anchor.PostFormAsync(ledger, $"{ledger}/from-proposal")).StatusCode);
        Assert.Equal(1, factory.Query(db => db.MatchEntries.Count(m => m.CohortRegionId == ohio)));

        // A line with its award letter.
        (string, string)[] fields = [("Form.Contributor", "Cuyahoga County"), ("Form.Source", "PublicDollars"), ("Form.CashOrInKind", "Cash"), ("Form.Status", "Received"),
            ("Form.Amount", "75000"), ("Form.On", Day(-3)), ("Form.FormKey", Guid.NewGuid().ToString()), ("Form.Version", "")];
        Assert.Equal(HttpStatusCode.Redirect, (await anchor.PostFileAsync($"{ledger}/new", $"{ledger}/new", ("Form.EvidenceFile", "award.pdf", UploadTests.Pdf), fields)).StatusCode);
        var line = factory.Query(db => db.MatchEntries.Single(m => m.Contributor == "Cuyahoga County"));
        var file = factory.Query(db => db.MatchEvidence.Single(e => e.MatchEntryId == line.Id));
        var lineUrl = $"{ledger}/{line.Id}";

        // The region cannot verify its own match; staff can, and a later change of the amount takes it back.
        Assert.Equal(HttpStatusCode.NotFound, (await anchor.PostFormAsync(lineUrl, $"{lineUrl}/verify", ("Verify.Version", line.Version.ToString()))).StatusCode);
        Assert.Null(factory.Query(db => db.MatchEntries.Single(m => m.Id == line.Id).VerifiedAtUtc));
        Assert.Equal(HttpStatusCode.Redirect, (await cohort.Staff.PostFormAsync(lineUrl, $"{lineUrl}/verify", ("Verify.Note", "Letter matches."), ("Verify.Version", line.Version.ToString()))).StatusCode);
        Assert.NotNull(factory.Query(db => db.MatchEntries.Single(m => m.Id == line.Id).VerifiedAtUtc));
        Assert.Equal("$75,000", (await anchor.GetPageAsync(ledger)).QuerySelector("[data-testid=match-verified]")!.TextContent.Split(' ')[0]);
        var version = factory.Query(db => db.MatchEntries.Single(m => m.Id == line.Id).Version).ToString();
        Assert.Equal(HttpStatusCode.Redirect, (await anchor.PostFormAsync(lineUrl, lineUrl,
            [.. fields.Where(f => f.Item1 is not ("Form.Amount" or "Form.Version")), ("Form.Amount", "80000"), ("Form.Version", version)])).StatusCode);
        Assert.Null(factory.Query(db => db.MatchEntries.Single(m => m.Id == line.Id).VerifiedAtUtc));

        // The team downloads the letter; another region's team sees none of it and changes nothing.
        Assert.Equal(HttpStatusCode.OK, (await anchor.GetAsync($"/documents/{file.Id}")).StatusCode);
        var outsider = await factory.SignedInAsync(cohort.Puget.Owner.Email);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/documents/{file.Id}")).StatusCode);
        foreach (var path in new[] { "", "/new", $"/{line.Id}", "/export.csv", "/export.xlsx" })
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"{ledger}{path}")).StatusCode);
        var own = $"/regions/{puget}/match";
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostFormAsync(own, $"{ledger}/new", fields)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostFormAsync(own, lineUrl, [.. fields, ("Form.Version", version)])).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostFormAsync(own, $"{ledger}/from-proposal")).StatusCode);
        Assert.Equal(2, factory.Query(db => db.MatchEntries.Count(m => m.CohortRegionId == ohio)));

        // A viewer reads the ledger but records nothing.
        var viewerAccount = await factory.Given.AccountAsync(Roles.Anchor);
        await factory.Given.AddMemberAsync(factory.Given.CastOrganization, viewerAccount, MemberRole.Viewer);
        var viewer = await factory.SignedInAsync(viewerAccount.Email);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync(lineUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await viewer.GetAsync($"{ledger}/new")).StatusCode);
        Assert.Contains("Cuyahoga County,Public dollars,Cash,Received,80000", await (await viewer.GetAsync($"{ledger}/export.csv")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_money_and_targets_pages_read_with_as_many_queries_at_ten_funders_as_at_two_hundred()
    {
        var cohort = await factory.ReleasedCohortAsync();
        var staff = cohort.Staff;
        var program = $"/program/{cohort.Program}";
        async Task GrowAsync(int funders) => await factory.WithScopeAsync(async s =>
        {
            await Raaqj.Web.Data.Seed.SyntheticFunding.AddAsync(s.GetRequiredService<Raaqj.Web.Data.AppDbContext>(), cohort.Program, funders, 5, funders / 2, factory.Clock.GetUtcNow().UtcDateTime);
            return true;
        });
        await GrowAsync(10);
        var funder = factory.Query(db => db.Funders.OrderBy(f => f.Id).First().Id);
        var ohio = cohort.Regions["Northeast Ohio"];
        string[] pages = [$"{program}/targets", $"{program}/money", $"{program}/funders", $"{program}/funders?sort=received&dir=desc&page=2", $"{program}/funders/{funder}",
            $"{program}/targets/Raised", $"{program}/targets/LocalMatch", $"/regions/{ohio}/match"];
        var before = new List<int>();
        foreach (var url in pages)
            before.Add(await factory.SqlCommandsFor(staff, url));

        await GrowAsync(190);

        Assert.Equal(200, factory.Query(db => db.Funders.Count()));
        var after = new List<int>();
        foreach (var url in pages)
            after.Add(await factory.SqlCommandsFor(staff, url));
        Assert.Equal(before, after);
        Assert.All(after, count => Assert.InRange(count, 1, 16));
    }
}
