using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Domain.Cohort;
using Raaqj.Web.Domain.Funding;
using Raaqj.Web.Domain.Timeline;
using Raaqj.Web.Infrastructure.Files;

namespace Raaqj.Web.Data.Seed;

// The program's money in month 10, part of the way to its targets: national funders at every stage of the pipeline
// (a pledge paid in full, one paying on schedule with an installment overdue, a restricted one, a withdrawn one, a
// gift with no pledge, asks and declines), and each region's local match ledger brought in from its proposal, with
// lines received, pledged and verified against a letter. The funders are made up for the demo.
public static class DemoFunding
{
    private sealed record Gift(string Name, FunderKind Kind, bool Partner, FunderStage Stage, decimal? Ask, decimal? Pledge, int PledgedMonth, decimal[] Paid, string? Restriction = null,
        bool Withdrawn = false, string? NextStep = null, int NextStepInDays = 0);

    private static readonly Gift[] Funders =
    [
        new("Example National Jobs Foundation", FunderKind.Foundation, true, FunderStage.Asked, 250_000m, 250_000m, 2, [150_000m, 100_000m]),
        new("Harbor Bank Community Fund", FunderKind.Corporation, false, FunderStage.Asked, 200_000m, 200_000m, 4, [50_000m, 50_000m]),
        new("Civic Futures Trust", FunderKind.Foundation, false, FunderStage.Asked, 150_000m, 150_000m, 6, [], "The community of practice in year one"),
        new("Riverbend Family Foundation", FunderKind.Foundation, false, FunderStage.Asked, 50_000m, 50_000m, 3, [10_000m], Withdrawn: true),
        new("Summit Health Systems", FunderKind.Corporation, false, FunderStage.Cultivating, null, null, 0, [25_000m]),
        new("Midwest Manufacturing Council", FunderKind.Corporation, true, FunderStage.Asked, 100_000m, null, 0, [], NextStep: "Meet the council's board about the ask", NextStepInDays: 5),
        new("Workforce Equity Fund", FunderKind.Foundation, false, FunderStage.Cultivating, 150_000m, null, 0, [], NextStep: "Send the first quarter's results", NextStepInDays: 12),
        new("Quality Jobs Network", FunderKind.Other, true, FunderStage.Identified, null, null, 0, [], NextStep: "Introductory call with the network's director", NextStepInDays: 20),
        new("Northwind Tech Giving", FunderKind.Corporation, false, FunderStage.Declined, 75_000m, null, 0, []),
    ];

    public static async Task SeedAsync(AppDbContext db, DocumentStore documents, ProgramEdition program, List<CohortRegion> regions, string staffId, ProgramCalendar calendar,
        DateOnly today, Func<DateOnly, int, DateTime> at)
    {
        foreach (var gift in Funders)
        {
            var funder = new Funder
            {
                ProgramEditionId = program.Id, Name = gift.Name, Kind = gift.Kind, IsNationalPartner = gift.Partner, Stage = gift.Stage, AskAmount = gift.Ask,
                ContactName = "Program officer", ContactEmail = "grants@example.org", NextStep = gift.NextStep, NextStepOn = gift.NextStep is null ? null : today.AddDays(gift.NextStepInDays),
                CreatedAtUtc = at(calendar.FirstDayOf(1).AddDays(10), 10), UpdatedAtUtc = at(today.AddDays(-3), 10),
            };
            Pledge? pledge = null;
            if (gift.Pledge is { } amount)
            {
                var pledgedOn = calendar.FirstDayOf(gift.PledgedMonth).AddDays(5);
                var installments = gift.Name.StartsWith("Harbor", StringComparison.Ordinal) ? 4 : 2;
                pledge = new Pledge
                {
                    Amount = amount, PledgedOn = pledgedOn, IsRestricted = gift.Restriction is not null, Restriction = gift.Restriction, RecordedByUserId = staffId,
                    RecordedAtUtc = at(pledgedOn, 15), FormKey = Guid.NewGuid(),
                    Installments = Enumerable.Range(0, installments).Select(i => new PledgeInstallment { DueOn = pledgedOn.AddMonths(1 + i * 3), Amount = amount / installments }).ToList(),
                };
                if (gift.Withdrawn)
                {
                    pledge.Status = PledgeStatus.Withdrawn;
                    pledge.WithdrawnOn = pledgedOn.AddMonths(4);
                    pledge.Note = "Withdrawn: the foundation's board paused new commitments.";
                }
                funder.Pledges.Add(pledge);
            }
            for (var i = 0; i < gift.Paid.Length; i++)
            {
                var received = pledge?.Installments.OrderBy(x => x.DueOn).ElementAtOrDefault(i)?.DueOn.AddDays(3) ?? today.AddDays(-40);
                funder.Payments.Add(new Payment
                {
                    Amount = gift.Paid[i], ReceivedOn = received < today ? received : today.AddDays(-1), IsRestricted = pledge?.IsRestricted ?? false, Reference = $"CHK-{1040 + i}",
                    RecordedByUserId = staffId, RecordedAtUtc = at(received < today ? received : today.AddDays(-1), 16), FormKey = Guid.NewGuid(),
                    PledgeId = null,
                });
            }
            funder.Stage = RaiseLedger.StageAfter(funder.Stage, gift.Withdrawn ? 0 : gift.Pledge ?? 0, gift.Paid.Sum());
            db.Funders.Add(funder);
            await db.SaveChangesAsync();
            if (pledge is not null)
            {
                foreach (var payment in funder.Payments)
                    payment.PledgeId = pledge.Id;
                await db.SaveChangesAsync();
            }
        }
        await SeedMatchAsync(db, documents, regions, staffId, calendar, today, at);
    }

    // Each region's ledger from its proposal; the first four have had money arrive, the first three verified by staff.
    private static async Task SeedMatchAsync(AppDbContext db, DocumentStore documents, List<CohortRegion> regions, string staffId, ProgramCalendar calendar, DateOnly today,
        Func<DateOnly, int, DateTime> at)
    {
        var joined = calendar.LastDayOf(5);
        var commitments = (await db.MatchCommitments.AsNoTracking().Where(c => regions.Select(r => r.ProposalId).Contains(c.ProposalId)).OrderBy(c => c.Position).ToListAsync())
            .ToLookup(c => c.ProposalId);
        for (var r = 0; r < regions.Count; r++)
        {
            var region = regions[r];
            var ownerId = await db.Organizations.Where(o => o.Id == region.OrganizationId).SelectMany(o => o.Members).Select(m => m.UserId).FirstAsync();
            var lines = commitments[region.ProposalId].Select(c => LocalMatch.From(c, region.Id, at(joined, 9))).ToList();
            foreach (var line in lines.Where(l => l.Status == MatchStatus.Pledged))
                line.On = joined.AddDays(1);
            if (r < 4 && lines.FirstOrDefault(l => l.Status == MatchStatus.Pledged) is { } paid)
            {
                paid.Status = MatchStatus.Received;
                paid.On = today.AddDays(-30 + r * 5);
                paid.Evidence.Add(await DemoFiles.PdfAsync<MatchEvidence>(documents, "award-letter.pdf", $"{paid.Contributor}: award letter for {Domain.Money.Dollars(paid.Amount)} (demo file)",
                    ownerId, at(paid.On.Value, 11)));
                if (r < 3)
                {
                    paid.VerifiedByUserId = staffId;
                    paid.VerifiedAtUtc = at(paid.On.Value.AddDays(2), 10);
                    paid.VerificationNote = "Award letter matches the amount.";
                }
            }
            if (r < 2)
                lines.Add(new MatchEntry
                {
                    CohortRegionId = region.Id, Contributor = "Regional employers' council", Source = MatchSource.Other, Form = ContributionForm.InKind, Status = MatchStatus.Pledged,
                    Amount = 15_000m, On = today.AddDays(-12), Note = "Meeting space and staff time for the employer council.", FormKey = Guid.NewGuid(),
                    CreatedAtUtc = at(today.AddDays(-12), 14), UpdatedAtUtc = at(today.AddDays(-12), 14),
                });
            db.MatchEntries.AddRange(lines);
        }
        await db.SaveChangesAsync();
    }
}
