using Raaqj.Web.Domain.Reviews;

namespace Raaqj.UnitTests.Domain;

public sealed class AutoAssignmentTests
{
    private static AssignmentProblem Problem(int proposals, int reviewers, int capacity, int perProposal = 3, int seed = 1, double conflictRate = 0.1,
        IReadOnlySet<(int, string)>? already = null)
    {
        var random = new Random(seed);
        var ids = Enumerable.Range(1, proposals).ToList();
        var people = Enumerable.Range(1, reviewers).Select(r => new AssignmentProblem.Reviewer($"r{r}", capacity)).ToList();
        var conflicts = new HashSet<(int, string)>();
        var expertise = new HashSet<(int, string)>();
        foreach (var p in ids)
            foreach (var r in people)
            {
                if (random.NextDouble() < conflictRate)
                    conflicts.Add((p, r.Id));
                else if (random.NextDouble() < 0.3)
                    expertise.Add((p, r.Id));
            }
        return new AssignmentProblem(ids, people, perProposal, conflicts, expertise, already ?? new HashSet<(int, string)>());
    }

    private static void AssertKeepsTheRules(AssignmentProblem problem, AssignmentResult result)
    {
        Assert.DoesNotContain(result.Assignments, a => problem.Conflicts.Contains(a));
        Assert.Equal(result.Assignments.Count, result.Assignments.Distinct().Count());
        foreach (var reviewer in problem.Reviewers)
            Assert.True(result.Assignments.Count(a => a.ReviewerId == reviewer.Id) <= reviewer.Capacity, $"{reviewer.Id} over capacity");
        foreach (var proposal in problem.ProposalIds)
            Assert.True(result.Assignments.Count(a => a.ProposalId == proposal) <= problem.ReviewersPerProposal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Every_proposal_is_covered_without_conflicts_or_overload_when_capacity_allows(int seed)
    {
        var problem = Problem(proposals: 60, reviewers: 12, capacity: 18, seed: seed, conflictRate: 0.25);

        var result = AutoAssignment.Assign(problem);

        AssertKeepsTheRules(problem, result);
        Assert.Empty(result.NotFullyCovered);
        Assert.Null(result.Shortfall(id => $"Region {id}"));
        Assert.All(problem.ProposalIds, p => Assert.Equal(3, result.Assignments.Count(a => a.ProposalId == p)));
    }

    [Fact]
    public void Loads_come_out_as_even_as_possible()
    {
        var problem = Problem(proposals: 40, reviewers: 12, capacity: 30, seed: 7, conflictRate: 0.05);

        var loads = problem.Reviewers.Select(r => AutoAssignment.Assign(problem).Assignments.Count(a => a.ReviewerId == r.Id)).ToList();

        Assert.Equal(120, loads.Sum());
        Assert.True(loads.Max() - loads.Min() <= 1, $"loads {string.Join(",", loads)}");
    }

    [Fact]
    public void A_proposal_that_cannot_be_covered_is_named_in_a_clear_message()
    {
        var people = new[] { new AssignmentProblem.Reviewer("a", 10), new AssignmentProblem.Reviewer("b", 10), new AssignmentProblem.Reviewer("c", 10) };
        var conflicts = new HashSet<(int, string)> { (2, "a"), (2, "b") };
        var problem = new AssignmentProblem([1, 2, 3], people, 2, conflicts, new HashSet<(int, string)>(), new HashSet<(int, string)>());

        var result = AutoAssignment.Assign(problem);

        AssertKeepsTheRules(problem, result);
        Assert.Equal([2], result.NotFullyCovered);
        Assert.Contains("1 proposal(s) could not get enough reviewers", result.Shortfall(id => $"Region {id}"));
        Assert.Contains("Region 2.", result.Shortfall(id => $"Region {id}"));
        Assert.Equal(2, result.Assignments.Count(a => a.ProposalId == 1));
    }

    [Fact]
    public void When_capacity_runs_out_the_shortfall_is_reported_and_no_reviewer_goes_over()
    {
        var problem = Problem(proposals: 30, reviewers: 5, capacity: 10, seed: 3, conflictRate: 0);

        var result = AutoAssignment.Assign(problem);

        AssertKeepsTheRules(problem, result);
        Assert.Equal(50, result.Assignments.Count);
        Assert.NotEmpty(result.NotFullyCovered);
    }

    [Fact]
    public void Earlier_choices_are_moved_to_make_room_when_that_is_the_only_way_to_cover_everyone()
    {
        // Greedy would give proposal 1 reviewer a; then proposal 2, conflicted with b, finds a full. The optimum moves 1 to b.
        var people = new[] { new AssignmentProblem.Reviewer("a", 1), new AssignmentProblem.Reviewer("b", 1) };
        var problem = new AssignmentProblem([1, 2], people, 1, new HashSet<(int, string)> { (2, "b") },
            new HashSet<(int, string)> { (1, "a") }, new HashSet<(int, string)>());

        var result = AutoAssignment.Assign(problem);

        Assert.Empty(result.NotFullyCovered);
        Assert.Contains((1, "b"), result.Assignments);
        Assert.Contains((2, "a"), result.Assignments);
    }

    [Fact]
    public void Expertise_is_matched_where_loads_allow()
    {
        var people = new[] { new AssignmentProblem.Reviewer("expert", 5), new AssignmentProblem.Reviewer("generalist", 5) };
        var problem = new AssignmentProblem([1, 2], people, 1, new HashSet<(int, string)>(),
            new HashSet<(int, string)> { (1, "expert"), (2, "generalist") }, new HashSet<(int, string)>());

        var result = AutoAssignment.Assign(problem);

        Assert.Contains((1, "expert"), result.Assignments);
        Assert.Contains((2, "generalist"), result.Assignments);
    }

    [Fact]
    public void Assignments_made_by_hand_are_kept()
    {
        var already = new HashSet<(int, string)> { (1, "r1"), (1, "r2") };
        var problem = Problem(proposals: 10, reviewers: 6, capacity: 10, seed: 5, conflictRate: 0, already: already);

        var result = AutoAssignment.Assign(problem);

        Assert.Contains((1, "r1"), result.Assignments);
        Assert.Contains((1, "r2"), result.Assignments);
        AssertKeepsTheRules(problem, result);
        Assert.Empty(result.NotFullyCovered);
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    public void On_small_cases_the_coverage_equals_the_best_found_by_brute_force(int seed)
    {
        var problem = Problem(proposals: 4, reviewers: 4, capacity: 2, perProposal: 2, seed: seed, conflictRate: 0.35);

        var result = AutoAssignment.Assign(problem);

        Assert.Equal(BestCoverage(problem), result.Assignments.Count);
        AssertKeepsTheRules(problem, result);
    }

    // The most slots any assignment can fill, by trying every subset of allowed pairs.
    private static int BestCoverage(AssignmentProblem problem)
    {
        var pairs = (from p in problem.ProposalIds from r in problem.Reviewers where !problem.Conflicts.Contains((p, r.Id)) select (p, r)).ToList();
        var best = 0;
        for (var mask = 0; mask < 1 << pairs.Count; mask++)
        {
            var chosen = pairs.Where((_, i) => (mask & (1 << i)) != 0).ToList();
            if (chosen.GroupBy(c => c.p).Any(g => g.Count() > problem.ReviewersPerProposal) || chosen.GroupBy(c => c.r.Id).Any(g => g.Count() > g.First().r.Capacity))
                continue;
            best = Math.Max(best, chosen.Count);
        }
        return best;
    }
}
