using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Raaqj.IntegrationTests.Infrastructure;
using Raaqj.Web.Data;
using Raaqj.Web.Data.Seed;
using Raaqj.Web.Domain.Reviews;

// Benchmarks that are not part of ./test.sh (timings belong here, not in tests).
// Run: dotnet run -c Release --project bench/Raaqj.Bench -- assignment|ranking|pages [scale] [seconds]
var which = args.FirstOrDefault() ?? "assignment";
if (which == "assignment")
    AssignmentBenchmark.Run(proposals: 2000, reviewers: 300, perProposal: 3, capacity: 25, runs: 3);
else if (which == "ranking")
    await RankingBenchmark.Run(small: 20, large: 2000, reviewsEach: 3, criteria: 8, runs: 30);
else if (which == "pages")
    await PageBenchmark.Run(scale: args.Length > 1 ? int.Parse(args[1]) : 1, seconds: args.Length > 2 ? int.Parse(args[2]) : 8, connections: 16, rounds: 2,
        only: args.Length > 3 ? args[3] : null);
else
    Console.Error.WriteLine($"Unknown benchmark '{which}'. Try: assignment, ranking, pages");

// The staff ranking page over HTTP on a SQLite file: a round of 20 proposals, then one of 2,000, each with 3
// submitted reviews on 8 criteria. Reports the median time per request and the SQL commands per request.
internal static class RankingBenchmark
{
    public static async Task Run(int small, int large, int reviewsEach, int criteria, int runs)
    {
        // The factory would look for the app beside the solution; tell it where the app's content is.
        var repository = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(repository.FullName, "RAAQJ.sln")))
            repository = repository.Parent ?? throw new InvalidOperationException("Run the benchmark from within the repository.");
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_RAAQJ_WEB", Path.Combine(repository.FullName, "src", "Raaqj.Web"));
        await using var portal = new PortalFactory();
        await ((Xunit.IAsyncLifetime)portal).InitializeAsync();
        var staff = await portal.SignedInAsync(Accounts.Staff);
        foreach (var (proposals, minutes) in new[] { (small, 0), (large, 1) })
        {
            var seeding = Stopwatch.StartNew();
            await portal.WithScopeAsync(s => SyntheticRound.AddAsync(s.GetRequiredService<AppDbContext>(), portal.Clock.GetUtcNow().UtcDateTime.AddMinutes(minutes), proposals, reviewsEach, criteria));
            Console.WriteLine($"Ranking page, {proposals} proposals x {reviewsEach} reviews x {criteria} criteria (seeded in {seeding.Elapsed.TotalSeconds:0.0} s)");
            foreach (var url in new[] { "/selection", "/selection?sort=calibrated&dir=asc&page=3", "/selection/portfolio", "/selection/sensitivity", "/selection/map" })
            {
                for (var warm = 0; warm < 3; warm++)
                    (await staff.GetAsync(url)).EnsureSuccessStatusCode();
                var timings = new List<double>();
                var commands = 0;
                for (var run = 0; run < runs; run++)
                {
                    portal.SqlCommands.Reset();
                    var watch = Stopwatch.StartNew();
                    (await staff.GetAsync(url)).EnsureSuccessStatusCode();
                    timings.Add(watch.Elapsed.TotalMilliseconds);
                    commands = portal.SqlCommands.Count;
                }
                timings.Sort();
                Console.WriteLine($"  {url}: median {timings[runs / 2]:0} ms, fastest {timings[0]:0} ms, slowest {timings[^1]:0} ms; {commands} SQL commands per request");
            }
        }
    }
}

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
