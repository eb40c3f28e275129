namespace Raaqj.Web.Domain.Reviews;

// What auto-assignment needs to know; indexes into the lists are the identities used inside.
public sealed record AssignmentProblem(
    IReadOnlyList<int> ProposalIds,
    IReadOnlyList<AssignmentProblem.Reviewer> Reviewers,
    int ReviewersPerProposal,
    IReadOnlySet<(int ProposalId, string ReviewerId)> Conflicts,
    IReadOnlySet<(int ProposalId, string ReviewerId)> ExpertiseMatches,
    IReadOnlySet<(int ProposalId, string ReviewerId)> AlreadyAssigned)
{
    public sealed record Reviewer(string Id, int Capacity);
}

public sealed record AssignmentResult(IReadOnlyList<(int ProposalId, string ReviewerId)> Assignments, IReadOnlyList<int> NotFullyCovered)
{
    // What staff are told when some proposals are short of reviewers, each named as people know it.
    public string? Shortfall(Func<int, string> nameOf) => NotFullyCovered.Count == 0 ? null
        : $"{NotFullyCovered.Count} proposal(s) could not get enough reviewers without a conflict or going over a reviewer's maximum: {string.Join("; ", NotFullyCovered.Select(nameOf))}. Add reviewers or raise their maximum.";
}

// Optimal auto-assignment as a min-cost flow: proposals supply their reviewer slots, each non-conflicted
// (proposal, reviewer) pair is an arc of capacity 1 (cost 1 when expertise does not match, 0 when it does),
// and each reviewer's arc to the sink has a rising cost per review taken (so loads come out as even as
// possible, and evenness weighs more than expertise). Slots are added one at a time along the shortest
// augmenting path (successive shortest paths with Dijkstra on reduced costs), which keeps the assignment
// optimal at every step and may move earlier assignments to make room. See docs/assignment.md.
public static class AutoAssignment
{
    // A further review costs this much more than the previous one for the same reviewer: evenness dominates expertise.
    private const long LoadStep = 1_000;
    private const long Mismatch = 1;

    public static AssignmentResult Assign(AssignmentProblem problem)
    {
        var solver = new Solver(problem);
        return solver.Run();
    }

    private sealed class Solver
    {
        private readonly AssignmentProblem problem;
        private readonly int proposals;
        private readonly int reviewers;
        private readonly bool[] conflict;     // [p * reviewers + r]
        private readonly bool[] assigned;     // [p * reviewers + r]
        private readonly bool[] fixedArc;     // [p * reviewers + r], assignments kept as they are
        private readonly long[] arcCost;      // [p * reviewers + r]
        private readonly List<int>[] reviewerLoad;
        private readonly int[] capacity;
        // Potentials: proposals 0..P-1, reviewers P..P+R-1, sink P+R.
        private readonly long[] potential;
        private readonly long[] distance;
        private readonly int[] previous;
        private readonly bool[] settled;

        public Solver(AssignmentProblem problem)
        {
            this.problem = problem;
            proposals = problem.ProposalIds.Count;
            reviewers = problem.Reviewers.Count;
            conflict = new bool[proposals * reviewers];
            assigned = new bool[proposals * reviewers];
            fixedArc = new bool[proposals * reviewers];
            arcCost = new long[proposals * reviewers];
            reviewerLoad = Enumerable.Range(0, reviewers).Select(_ => new List<int>()).ToArray();
            capacity = problem.Reviewers.Select(r => r.Capacity).ToArray();
            potential = new long[proposals + reviewers + 1];
            distance = new long[proposals + reviewers + 1];
            previous = new int[proposals + reviewers + 1];
            settled = new bool[proposals + reviewers + 1];
            for (var p = 0; p < proposals; p++)
                for (var r = 0; r < reviewers; r++)
                {
                    var pair = (problem.ProposalIds[p], problem.Reviewers[r].Id);
                    conflict[p * reviewers + r] = problem.Conflicts.Contains(pair);
                    arcCost[p * reviewers + r] = problem.ExpertiseMatches.Contains(pair) ? 0 : Mismatch;
                }
        }

        private int Sink => proposals + reviewers;

        private static long LoadCost(int load) => load * LoadStep;

        public AssignmentResult Run()
        {
            var need = new int[proposals];
            for (var p = 0; p < proposals; p++)
            {
                need[p] = problem.ReviewersPerProposal;
                for (var r = 0; r < reviewers; r++)
                    if (problem.AlreadyAssigned.Contains((problem.ProposalIds[p], problem.Reviewers[r].Id)) && !conflict[p * reviewers + r] && need[p] > 0)
                    {
                        // Assignments made by hand stay where they are; the search never moves them.
                        Assign(p, r);
                        fixedArc[p * reviewers + r] = true;
                        need[p]--;
                    }
            }
            // One slot per proposal per round, so that when capacity runs out the shortfall is spread, not piled on the last ones.
            for (var round = 0; round < problem.ReviewersPerProposal; round++)
                for (var p = 0; p < proposals; p++)
                    if (need[p] > 0 && Augment(p))
                        need[p]--;

            var result = new List<(int, string)>();
            for (var p = 0; p < proposals; p++)
                for (var r = 0; r < reviewers; r++)
                    if (assigned[p * reviewers + r])
                        result.Add((problem.ProposalIds[p], problem.Reviewers[r].Id));
            var notCovered = Enumerable.Range(0, proposals).Where(p => need[p] > 0).Select(p => problem.ProposalIds[p]).Order().ToList();
            return new AssignmentResult(result, notCovered);
        }

        private void Assign(int p, int r)
        {
            assigned[p * reviewers + r] = true;
            reviewerLoad[r].Add(p);
        }

        private long Reduced(int from, int to, long cost) => cost + potential[from] - potential[to];

        // One more reviewer for proposal start along the cheapest augmenting path; false when none exists.
        private bool Augment(int start)
        {
            Array.Fill(distance, long.MaxValue);
            Array.Fill(previous, -1);
            Array.Clear(settled);
            var queue = new PriorityQueue<int, long>();
            distance[start] = 0;
            queue.Enqueue(start, 0);
            while (queue.TryDequeue(out var node, out var d))
            {
                if (settled[node] || d > distance[node])
                    continue;
                settled[node] = true;
                if (node == Sink)
                    break;
                if (node < proposals)
                {
                    // Proposal -> reviewer: any non-conflicted reviewer not yet on it.
                    for (var r = 0; r < reviewers; r++)
                    {
                        var arc = node * reviewers + r;
                        if (conflict[arc] || assigned[arc])
                            continue;
                        Relax(node, proposals + r, Reduced(node, proposals + r, arcCost[arc]), queue);
                    }
                }
                else
                {
                    var r = node - proposals;
                    // Reviewer -> sink: take one more review, if under the maximum.
                    if (reviewerLoad[r].Count < capacity[r])
                        Relax(node, Sink, Reduced(node, Sink, LoadCost(reviewerLoad[r].Count + 1)), queue);
                    // Reviewer -> proposal (backwards): hand one of their proposals to someone else.
                    foreach (var p in reviewerLoad[r])
                        if (!fixedArc[p * reviewers + r])
                            Relax(node, p, Reduced(node, p, -arcCost[p * reviewers + r]), queue);
                }
            }
            if (!settled[Sink])
                return false;

            // Keep reduced costs non-negative for the next search.
            var toSink = distance[Sink];
            for (var v = 0; v < potential.Length; v++)
                potential[v] += Math.Min(distance[v], toSink);

            // Walk back from the sink, flipping assignments along the path.
            var current = previous[Sink];
            while (current != start)
            {
                var reviewer = current - proposals;
                var proposal = previous[current];
                Assign(proposal, reviewer);
                var before = previous[proposal];
                if (before >= 0 && proposal != start)
                {
                    // proposal gave up its slot with reviewer 'before'
                    var gaveUp = before - proposals;
                    assigned[proposal * reviewers + gaveUp] = false;
                    reviewerLoad[gaveUp].Remove(proposal);
                    current = before;
                    continue;
                }
                break;
            }
            return true;

            void Relax(int from, int to, long cost, PriorityQueue<int, long> q)
            {
                var candidate = distance[from] + cost;
                if (candidate < distance[to])
                {
                    distance[to] = candidate;
                    previous[to] = from;
                    q.Enqueue(to, candidate);
                }
            }
        }
    }
}
