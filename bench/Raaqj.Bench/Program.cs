using System.Diagnostics;
using Raaqj.Web.Domain.Reviews;

// Benchmarks that are not part of ./test.sh (timings belong here, not in tests).
// Run: dotnet run -c Release --project bench/Raaqj.Bench -- assignment
var which = args.FirstOrDefault() ?? "assignment";
if (which == "assignment")
    AssignmentBenchmark.Run(proposals: 2000, reviewers: 300, perProposal: 3, capacity: 25, runs: 3);
else
    Console.Error.WriteLine($"Unknown benchmark '{which}'. Try: assignment");

internal static class AssignmentBenchmark
{
    public static void Run(int proposals, int reviewers, int perProposal, int capacity, int runs)
    {
        var random = new Random(2026);
        var ids = Enumerable.Range(1, proposals).ToList();
        var people = Enumerable.Range(1, reviewers).Select(r => new AssignmentProblem.Reviewer($"r{r}", capacity)).ToList();
        var conflicts = new HashSet<(int, string)>();
        var expertise = new HashSet<(int, string)>();
        foreach (var p in ids)
            foreach (var r in people)
            {
                if (random.NextDouble() < 0.02)
                    conflicts.Add((p, r.Id));
                else if (random.NextDouble() < 0.2)
                    expertise.Add((p, r.Id));
            }
        var problem = new AssignmentProblem(ids, people, perProposal, conflicts, expertise, new HashSet<(int, string)>());

        var timings = new List<double>();
        AssignmentResult? result = null;
        for (var run = 0; run < runs; run++)
        {
            var watch = Stopwatch.StartNew();
            result = AutoAssignment.Assign(problem);
            timings.Add(watch.Elapsed.TotalSeconds);
        }
        var loads = people.Select(r => result!.Assignments.Count(a => a.ReviewerId == r.Id)).ToList();
        var matched = result!.Assignments.Count(a => expertise.Contains(a));
        Console.WriteLine($"Auto-assignment: {proposals} proposals x {perProposal} reviewers, {reviewers} reviewers (max {capacity} each), {conflicts.Count} conflicts");
        Console.WriteLine($"  runs: {string.Join(", ", timings.Select(t => $"{t:0.00} s"))}; median {timings.Order().ElementAt(timings.Count / 2):0.00} s");
        Console.WriteLine($"  assigned {result.Assignments.Count} of {proposals * perProposal}; not covered {result.NotFullyCovered.Count}; loads {loads.Min()}-{loads.Max()}; expertise matched {matched}");
    }
}
