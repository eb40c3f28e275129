using Raaqj.Web.Domain.Assistance;
using Raaqj.Web.Domain.Funding;
using Raaqj.Web.Domain.Impact;
using Raaqj.Web.Domain.Planning;
using Raaqj.Web.Domain.Proposals;
using Raaqj.Web.Domain.Timeline;

namespace Raaqj.UnitTests.Domain;

public sealed class ProgramTargetsTests
{
    private const string Zone = "America/Chicago";
    private static readonly ProgramCalendar Calendar = new(new DateOnly(2026, 1, 15), Zone);

    private static DateOnly Day(int month, int day) => new(2026, month, day);

    private static PledgeFacts Pledge(int id, decimal amount, DateOnly on, DateOnly? withdrawn = null, params Installment[] schedule) =>
        new(id, 1, amount, on, withdrawn, schedule);

    private static PaymentFacts Paid(int? pledge, decimal amount, DateOnly on, bool restricted = false) => new(0, 1, pledge, amount, on, restricted);

    [Fact]
    public void Received_and_pledged_are_apart_and_a_payment_against_a_pledge_counts_once()
    {
        var standing = RaiseLedger.On(Day(6, 30), [Pledge(1, 100_000m, Day(2, 1))], [Paid(1, 40_000m, Day(3, 1), restricted: true), Paid(null, 5_000m, Day(4, 1))]);

        Assert.Equal(45_000m, standing.Received);
        Assert.Equal(60_000m, standing.Pledged);
        Assert.Equal(105_000m, standing.Committed);
        Assert.Equal(40_000m, standing.Restricted);
    }

    [Fact]
    public void A_withdrawn_pledge_promises_nothing_from_the_day_it_was_withdrawn_and_keeps_what_was_paid()
    {
        PledgeFacts[] pledges = [Pledge(1, 100_000m, Day(2, 1), withdrawn: Day(5, 1))];
        PaymentFacts[] payments = [Paid(1, 25_000m, Day(3, 1))];

        Assert.Equal(new RaiseStanding(25_000m, 75_000m, 0m), RaiseLedger.On(Day(4, 30), pledges, payments));
        Assert.Equal(new RaiseStanding(25_000m, 0m, 0m), RaiseLedger.On(Day(5, 1), pledges, payments));
        Assert.Equal(0m, RaiseLedger.Expected(Day(5, 1), pledges, payments).Total);
    }

    [Fact]
    public void A_pledge_before_its_day_and_an_overpaid_pledge_promise_nothing()
    {
        Assert.Equal(0m, RaiseLedger.On(Day(1, 31), [Pledge(1, 100m, Day(2, 1))], []).Pledged);
        Assert.Equal(new RaiseStanding(150m, 0m, 0m), RaiseLedger.On(Day(3, 1), [Pledge(1, 100m, Day(2, 1))], [Paid(1, 150m, Day(2, 2))]));
    }

    [Fact]
    public void Payments_settle_the_earliest_installments_first_and_the_rest_of_the_pledge_is_undated()
    {
        var pledge = Pledge(1, 100_000m, Day(2, 1), null, new Installment(Day(3, 1), 30_000m), new Installment(Day(6, 1), 30_000m), new Installment(Day(9, 1), 20_000m));

        var expected = RaiseLedger.Expected(Day(7, 1), [pledge], [Paid(1, 40_000m, Day(3, 5))]);

        Assert.Equal([new Installment(Day(6, 1), 20_000m), new Installment(Day(9, 1), 20_000m)], expected.Dated);
        Assert.Equal(20_000m, expected.Undated);
        Assert.Equal(60_000m, expected.Total);
    }

    [Theory]
    [InlineData(FunderStage.Asked, 0, 0, FunderStage.Asked)]
    [InlineData(FunderStage.Asked, 50_000, 0, FunderStage.Pledged)]
    [InlineData(FunderStage.Declined, 50_000, 0, FunderStage.Pledged)]
    [InlineData(FunderStage.Pledged, 50_000, 20_000, FunderStage.Pledged)]
    [InlineData(FunderStage.Pledged, 50_000, 50_000, FunderStage.Received)]
    [InlineData(FunderStage.Cultivating, 0, 10_000, FunderStage.Received)]
    public void A_funder_s_stage_follows_their_money(FunderStage stage, int pledged, int paid, FunderStage after) =>
        Assert.Equal(after, RaiseLedger.StageAfter(stage, pledged, paid));

    [Fact]
    public void The_match_ledger_keeps_received_pledged_and_expected_apart_and_withdrawn_out()
    {
        var totals = LocalMatch.Totals(
        [
            new MatchLine(MatchSource.PublicDollars, MatchStatus.Received, 100m, Verified: true),
            new MatchLine(MatchSource.RegionalPhilanthropy, MatchStatus.Pledged, 50m, Verified: false),
            new MatchLine(MatchSource.Other, MatchStatus.Pledged, 20m, Verified: true),
            new MatchLine(MatchSource.PublicDollars, MatchStatus.Expected, 500m, Verified: false),
            new MatchLine(MatchSource.PublicDollars, MatchStatus.Withdrawn, 900m, Verified: true),
        ]);

        Assert.Equal((100m, 50m + 20m, 500m, 120m), (totals.Received, totals.Pledged, totals.Expected, totals.Verified));
        Assert.Equal(150m, totals.FromSeedSources);
        Assert.Equal(170m, totals.Committed);
    }

    [Theory]
    [InlineData(MatchKind.Public, true, MatchSource.PublicDollars, ContributionForm.Cash, MatchStatus.Pledged)]
    [InlineData(MatchKind.Philanthropic, false, MatchSource.RegionalPhilanthropy, ContributionForm.Cash, MatchStatus.Expected)]
    [InlineData(MatchKind.Private, true, MatchSource.Other, ContributionForm.Cash, MatchStatus.Pledged)]
    [InlineData(MatchKind.InKind, true, MatchSource.Other, ContributionForm.InKind, MatchStatus.Pledged)]
    public void The_ledger_starts_from_the_proposal_s_commitments(MatchKind kind, bool committed, MatchSource source, ContributionForm form, MatchStatus status)
    {
        var entry = LocalMatch.From(new MatchCommitment { Id = 7, Source = "County workforce board", Kind = kind, Amount = 25_000m, IsCommitted = committed }, 3, DateTime.UtcNow);

        Assert.Equal((3, "County workforce board", 25_000m, 7), (entry.CohortRegionId, entry.Contributor, entry.Amount, entry.MatchCommitmentId!.Value));
        Assert.Equal((source, form, status), (entry.Source, entry.Form, entry.Status));
    }

    private static StakeholderHistory Stakeholder(int id, int region, string name, params (DateTime, EngagementLevel)[] changes) =>
        new(new StakeholderKeys(id, region, StakeholderMatching.NameKey(name), null, null, []), changes);

    private static DateTime Utc(int month, int day) => new(2026, month, day, 18, 0, 0, DateTimeKind.Utc);

    private static TargetFacts Facts(
        IReadOnlyList<DateTime>? joined = null, IReadOnlyList<StakeholderHistory>? stakeholders = null, IReadOnlySet<(int, int)>? apart = null,
        IReadOnlyList<Participation>? people = null, IReadOnlyList<PledgeFacts>? pledges = null, IReadOnlyList<PaymentFacts>? payments = null,
        IReadOnlyList<MatchFacts>? match = null, decimal promised = 0m) =>
        new(joined ?? [], stakeholders ?? [], apart ?? new HashSet<(int, int)>(), people ?? [], pledges ?? [], payments ?? [], match ?? [], promised);

    private static TargetFigure Target(TargetFacts facts, TargetKind kind, DateTime? now = null) =>
        ProgramTargets.Compute(facts, Calendar, now ?? Utc(7, 1), 12).Single(t => t.Kind == kind);

    [Fact]
    public void Regions_count_the_cohort_as_it_joined_month_by_month()
    {
        var regions = Target(Facts(joined: [Utc(2, 20), Utc(2, 20), Utc(4, 1)]), TargetKind.Regions);

        Assert.Equal((3m, 6m, 50), (regions.Value, regions.Goal, regions.Percent));
        // Months 1 to 6: Jan 15-Feb 14, Feb 15-Mar 14, ... ; today (Jul 1) is in month 6.
        Assert.Equal([0m, 2m, 3m, 3m, 3m, 3m], regions.Trend.Select(p => p.Value));
    }

    [Fact]
    public void Stakeholders_engaged_count_each_organization_once_across_regions_and_only_while_involved_or_above()
    {
        var facts = Facts(stakeholders:
        [
            Stakeholder(1, 1, "Acme Health, Inc.", (Utc(2, 1), EngagementLevel.Consulted), (Utc(3, 20), EngagementLevel.Involved)),
            Stakeholder(2, 2, "ACME Health", (Utc(3, 1), EngagementLevel.Leading)),
            Stakeholder(3, 2, "Metro College", (Utc(3, 1), EngagementLevel.Collaborating), (Utc(5, 1), EngagementLevel.Consulted)),
            Stakeholder(4, 3, "River Works", (Utc(3, 1), EngagementLevel.Informed)),
        ]);

        var engaged = Target(facts, TargetKind.Stakeholders);

        Assert.Equal(1m, engaged.Value);
        Assert.Equal(640m, engaged.Goal);
        Assert.Equal([0m, 2m, 2m, 1m, 1m, 1m], engaged.Trend.Select(p => p.Value));
        Assert.Equal(2, ProgramTargets.StakeholdersAt(facts with { KeptApart = new HashSet<(int, int)> { (1, 2) } }, Utc(7, 1)));
    }

    [Fact]
    public void People_equipped_count_each_person_once_from_the_first_time_they_took_part()
    {
        var people = Target(Facts(people:
        [
            new Participation("ana@example.org", "Ana", null, "North", ParticipantRole.Advocate, Utc(3, 1)),
            new Participation("ANA@example.org ", "Ana R.", null, "South", ParticipantRole.Advocate, Utc(5, 1)),
            new Participation(null, "José Ruiz", "City Hall", "South", ParticipantRole.PublicServant, Utc(5, 1)),
            new Participation(null, "jose ruiz", "City hall.", "South", ParticipantRole.PublicServant, Utc(6, 1)),
        ]), TargetKind.People);

        Assert.Equal((2m, 600m), (people.Value, people.Goal));
        Assert.Equal([0m, 1m, 1m, 2m, 2m, 2m], people.Trend.Select(p => p.Value));
    }

    [Fact]
    public void Money_raised_shows_received_with_pledged_apart_month_by_month()
    {
        var raised = Target(Facts(pledges: [Pledge(1, 300_000m, Day(2, 1)), Pledge(2, 200_000m, Day(3, 1), withdrawn: Day(5, 20))],
            payments: [Paid(1, 100_000m, Day(4, 1)), Paid(2, 50_000m, Day(4, 2))]), TargetKind.Raised);

        Assert.Equal((150_000m, 200_000m, 1_000_000m, 15, 20), (raised.Value, raised.Promised, raised.Goal, raised.Percent, raised.PercentWithPromised));
        Assert.Equal([(0m, 300_000m), (0m, 500_000m), (150_000m, 350_000m), (150_000m, 350_000m), (150_000m, 200_000m)],
            raised.Trend.Take(5).Select(p => (p.Value, p.Promised)));
    }

    [Fact]
    public void Local_match_counts_received_and_pledged_lines_against_what_the_proposals_committed()
    {
        var match = Target(Facts(match:
        [
            new MatchFacts(MatchStatus.Received, 40_000m, Day(3, 1)),
            new MatchFacts(MatchStatus.Pledged, 60_000m, Day(5, 1)),
            new MatchFacts(MatchStatus.Expected, 90_000m, Day(3, 1)),
            new MatchFacts(MatchStatus.Withdrawn, 10_000m, Day(3, 1)),
        ], promised: 200_000m), TargetKind.LocalMatch);

        Assert.Equal((40_000m, 60_000m, 200_000m, 20), (match.Value, match.Promised, match.Goal, match.Percent));
        Assert.Equal([(40_000m, 0m), (40_000m, 60_000m)], match.Trend.Skip(2).Take(2).Select(p => (p.Value, p.Promised)));
    }

    [Fact]
    public void Before_the_program_starts_there_is_no_trend_and_past_its_end_the_trend_stops_at_its_last_month()
    {
        Assert.Empty(Target(Facts(), TargetKind.Regions, Utc(1, 10)).Trend);
        Assert.Equal(12, ProgramTargets.Compute(Facts(), Calendar, new DateTime(2027, 6, 1, 0, 0, 0, DateTimeKind.Utc), 12)[0].Trend.Count);
    }
}
