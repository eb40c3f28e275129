using Raaqj.Web.Domain.Selection;

namespace Raaqj.UnitTests.Domain;

public class PortfolioTests
{
    private static PortfolioCandidate Candidate(int id, double score, decimal amount, params string[] states) =>
        new(id, $"Region {id}", score, amount, states);

    private static PortfolioCandidate WithCounties(PortfolioCandidate candidate, params string[] fips) => candidate with { Counties = fips };

    [Fact]
    public void Regions_sharing_a_county_are_found_with_the_counties_they_share()
    {
        var overlaps = RegionOverlaps.Find([(1, "39035"), (1, "39093"), (2, "39035"), (2, "39093"), (2, "39085"), (3, "48061")]);

        Assert.Equal(["39035", "39093"], overlaps[1].Single(o => o.OtherProposalId == 2).Fips);
        Assert.Equal(["39035", "39093"], overlaps[2].Single(o => o.OtherProposalId == 1).Fips);
        Assert.False(overlaps.ContainsKey(3));
    }

    [Fact]
    public void With_the_county_rule_on_the_suggestion_skips_a_region_that_shares_a_county_and_the_shortlist_is_warned()
    {
        var candidates = new[]
        {
            WithCounties(Candidate(1, 90, 100, "OH"), "39035"), WithCounties(Candidate(2, 85, 100, "OH"), "39035", "39093"), WithCounties(Candidate(3, 50, 100, "TX"), "48061"),
        };
        var rules = new PortfolioRules(2, null, OnePerState: false, NoSharedCounties: true);

        Assert.Equal([1, 3], Portfolio.Suggest(candidates, rules).ProposalIds.Order());
        Assert.Equal([1, 2], Portfolio.Suggest(candidates, rules with { NoSharedCounties = false }).ProposalIds.Order());
        Assert.Contains(Portfolio.Warnings(candidates[..2], rules), w => w.Contains("Region 1 and Region 2 share 1 county"));
        Assert.Empty(Portfolio.Warnings(candidates[..2], rules with { NoSharedCounties = false }));
    }

    [Fact]
    public void Warnings_name_each_broken_rule()
    {
        var chosen = new[] { Candidate(1, 80, 300_000, "OH"), Candidate(2, 70, 300_000, "OH", "PA"), Candidate(3, 60, 500_000, "TX") };

        var warnings = Portfolio.Warnings(chosen, new PortfolioRules(CohortSize: 2, Budget: 1_000_000, OnePerState: true));

        Assert.Equal(3, warnings.Count);
        Assert.Contains("3 regions are shortlisted; the cohort has room for 2.", warnings);
        Assert.Contains(warnings, w => w.Contains("$1,100,000") && w.Contains("$100,000 over"));
        Assert.Contains(warnings, w => w.StartsWith("OH has 2 shortlisted regions (Region 1, Region 2)"));
    }

    [Fact]
    public void A_shortlist_within_the_rules_has_no_warnings()
    {
        Assert.Empty(Portfolio.Warnings([Candidate(1, 80, 300_000, "OH"), Candidate(2, 70, 300_000, "OH")], new PortfolioRules(6, null, OnePerState: false)));
    }

    [Fact]
    public void The_suggestion_skips_a_higher_score_that_would_break_the_state_rule()
    {
        var candidates = new[] { Candidate(1, 90, 100, "OH"), Candidate(2, 85, 100, "OH"), Candidate(3, 50, 100, "TX") };

        var suggestion = Portfolio.Suggest(candidates, new PortfolioRules(2, null, OnePerState: true));

        Assert.Equal([1, 3], suggestion.ProposalIds.Order());
        Assert.Equal(140, suggestion.TotalScore);
        Assert.True(suggestion.Exact);
    }

    [Fact]
    public void The_suggestion_trades_one_expensive_region_for_two_that_fit_the_budget()
    {
        var candidates = new[] { Candidate(1, 90, 900, "OH"), Candidate(2, 60, 400, "TX"), Candidate(3, 55, 400, "GA") };

        var suggestion = Portfolio.Suggest(candidates, new PortfolioRules(3, Budget: 1000, OnePerState: false));

        Assert.Equal([2, 3], suggestion.ProposalIds.Order());
    }

    [Fact]
    public void The_suggestion_never_breaks_a_rule_and_matches_brute_force_on_small_cases()
    {
        var random = new Random(6);
        string[] states = ["OH", "PA", "TX", "GA", "CA", "NC"];
        string[] counties = ["39035", "39093", "42003", "48061", "13121", "06065"];
        for (var round = 0; round < 300; round++)
        {
            var candidates = Enumerable.Range(1, random.Next(1, 11)).Select(id => WithCounties(Candidate(id, Math.Round(random.NextDouble() * 100, 2),
                random.Next(1, 10) * 100_000m, states.OrderBy(_ => random.Next()).Take(random.Next(1, 3)).ToArray()),
                counties.OrderBy(_ => random.Next()).Take(random.Next(1, 3)).ToArray())).ToList();
            var rules = new PortfolioRules(random.Next(1, 7), random.Next(3) == 0 ? null : random.Next(2, 30) * 100_000m, random.Next(2) == 0, random.Next(2) == 0);

            var suggestion = Portfolio.Suggest(candidates, rules);

            var chosen = candidates.Where(c => suggestion.ProposalIds.Contains(c.ProposalId)).ToList();
            Assert.Empty(Portfolio.Warnings(chosen, rules));
            Assert.Equal(BruteForceBest(candidates, rules), suggestion.TotalScore, precision: 6);
            Assert.True(suggestion.Exact);
        }
    }

    private static double BruteForceBest(IReadOnlyList<PortfolioCandidate> candidates, PortfolioRules rules)
    {
        var best = 0.0;
        for (var mask = 0; mask < 1 << candidates.Count; mask++)
        {
            var set = candidates.Where((_, i) => (mask & (1 << i)) != 0).ToList();
            if (Portfolio.Warnings(set, rules).Count == 0)
                best = Math.Max(best, Math.Round(set.Sum(c => c.Score), 2));
        }
        return best;
    }
}
