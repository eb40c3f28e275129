using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Domain.Cohort;
using Raaqj.Web.Domain.Organizations;
using Raaqj.Web.Domain.Planning;
using Raaqj.Web.Domain.Proposals;
using Raaqj.Web.Features.ActionPlans;

namespace Raaqj.Web.Data.Seed;

// The regions' job quality action plans in month 10, each at its own point: the first approved on its second version
// (the program team asked for changes to the first), the second submitted and waiting, the third sent back with
// comments, the fourth revising after two rounds, the fifth a draft never submitted, the sixth not started.
public static class DemoPlans
{
    private sealed record ActionText(string Description, decimal Budget, string Funding, int Start, int End, PriorityPopulation[] Serves, (string Indicator, string Baseline, string Target, int By)? Measure);

    private sealed record GoalText(int Dimension, string Title, string Strategy, ActionText[] Actions);

    private static readonly GoalText[] Goals =
    [
        new(1, "2,000 more frontline workers earn at least a living wage", "An employer compact on wage floors and pay transparency",
        [
            new("Recruit 25 employers to sign the wage compact", 60_000m, "Regional community foundation", 10, 18, [PriorityPopulation.WithoutFourYearDegree],
                ("Employers in the compact", "0", "25", 18)),
            new("Publish a regional living wage benchmark each year", 25_000m, "Anchor organization", 11, 14, [], ("Benchmark published", "no", "yes", 14)),
        ]),
        new(2, "Every hospital and warehouse worker can enroll in the benefits they are owed", "Benefits navigators where people work",
        [
            new("Place three benefits navigators in the largest employers", 150_000m, "County workforce funds", 12, 24, [PriorityPopulation.Women, PriorityPopulation.BlackLearnersAndWorkers],
                ("Workers helped to enroll", "0", "1,200", 24)),
        ]),
        new(3, "Predictable schedules for retail and logistics workers", "A predictable scheduling pilot with five employers",
        [
            new("Pilot two-week advance schedules with five employers", 80_000m, "Regional philanthropy", 11, 20, [PriorityPopulation.Women],
                ("Workers with two weeks' notice of their schedule", "15%", "70%", 20)),
        ]),
        new(6, "Clear paths from entry-level jobs to better ones", "Fair-chance hiring and paid training",
        [
            new("Fair-chance hiring commitments from ten employers", 30_000m, "Anchor organization", 10, 16, [PriorityPopulation.PeopleWithCriminalRecords],
                ("Employers with fair-chance policies", "2", "10", 16)),
            new("Paid on-the-job training for 300 workers", 400_000m, "State workforce grant", 13, 30, [PriorityPopulation.WithoutFourYearDegree, PriorityPopulation.BlackLearnersAndWorkers],
                ("Workers completing paid training", "0", "300", 30)),
        ]),
    ];

    public static async Task SeedAsync(AppDbContext db, List<CohortRegion> regions, string staffId, DateOnly today, Func<DateOnly, int, DateTime> at)
    {
        for (var r = 0; r < 5; r++)
        {
            var region = regions[r];
            var owner = await db.OrganizationMembers.Where(m => m.OrganizationId == region.OrganizationId && m.Role == MemberRole.Owner).Select(m => m.UserId).FirstAsync();
            var leads = await db.RegionStakeholders.Where(s => s.CohortRegionId == region.Id && s.MergedIntoId == null && s.Engagement >= EngagementLevel.Involved)
                .OrderBy(s => s.Id).Select(s => s.Id).ToListAsync();
            var started = at(today.AddDays(-40 + r), 10);
            var plan = new ActionPlan { CohortRegionId = region.Id, Status = PlanStatus.Draft, CreatedAtUtc = started, UpdatedAtUtc = started };
            // Regions further behind have written fewer goals.
            foreach (var (text, g) in Goals.Take(4 - r / 2).Select((text, g) => (text, g)))
            {
                var strategy = new PlanStrategy { Title = text.Strategy, Position = 1 };
                foreach (var (action, a) in text.Actions.Select((action, a) => (action, a)))
                {
                    var planned = new PlanAction
                    {
                        Description = action.Description, Budget = action.Budget, FundingSource = action.Funding, StartMonth = action.Start, EndMonth = action.End,
                        Populations = PlanAction.Mask(action.Serves), Position = a + 1, LeadStakeholderId = leads.Count == 0 ? null : leads[(g * 3 + a) % leads.Count],
                    };
                    if (action.Measure is { } m)
                        planned.Measures.Add(new PlanMeasure { Indicator = m.Indicator, Baseline = m.Baseline, Target = m.Target, ByMonth = m.By });
                    strategy.Actions.Add(planned);
                }
                plan.Goals.Add(new PlanGoal { PlanDimensionId = text.Dimension, Title = text.Title, Position = g + 1, Strategies = [strategy] });
            }
            db.ActionPlans.Add(plan);
            await db.SaveChangesAsync();
            if (r == 4)
                continue;

            // The first version; the program team's answer; what the region changed since.
            var first = await SubmitAsync(db, plan, owner, at(today.AddDays(-25 + r), 15));
            if (r == 1)
            {
                await CompleteAsync(db, region.Id, "Initial job quality action plan submitted", DateOnly.FromDateTime(first.SubmittedAtUtc), "Version 1 submitted.");
                continue;
            }
            Decide(plan, first, PlanStatus.ChangesRequested, staffId, first.SubmittedAtUtc.AddDays(4),
                "A strong start. Name the employers behind the wage compact, and add a measure the benefits work will be judged by.");
            var firstAction = await db.PlanActions.Where(a => db.PlanStrategies.Any(s => s.Id == a.PlanStrategyId && db.PlanGoals.Any(g => g.Id == s.PlanGoalId && g.ActionPlanId == plan.Id)))
                .OrderBy(a => a.Id).FirstAsync();
            db.PlanComments.Add(new PlanComment
            {
                PlanVersionId = first.Id, ItemKey = $"action:{firstAction.Id}", Body = "Which employers have said yes so far?", AuthorUserId = staffId, AtUtc = first.SubmittedAtUtc.AddDays(3),
            });
            await db.SaveChangesAsync();
            await CompleteAsync(db, region.Id, "Initial job quality action plan submitted", DateOnly.FromDateTime(first.SubmittedAtUtc), "Version 1 submitted.");
            if (r == 2)
                continue;
            firstAction.Description += ": MetroHealth, the Cleveland Clinic and 12 manufacturers have signed letters of intent";
            firstAction.Budget = 75_000m;
            await db.SaveChangesAsync();
            var second = await SubmitAsync(db, plan, owner, first.SubmittedAtUtc.AddDays(9));
            if (r == 0)
            {
                Decide(plan, second, PlanStatus.Approved, staffId, second.SubmittedAtUtc.AddDays(3), "Approved: a plan the whole region can rally around.");
                await db.SaveChangesAsync();
                await CompleteAsync(db, region.Id, "Job quality action plan approved", DateOnly.FromDateTime(second.DecidedAtUtc!.Value), "Version 2 approved.");
                continue;
            }
            // The fourth region was sent back twice and is revising.
            Decide(plan, second, PlanStatus.ChangesRequested, staffId, second.SubmittedAtUtc.AddDays(2), "Closer. The scheduling pilot still needs its employers named.");
            await db.SaveChangesAsync();
        }
    }

    private static async Task<PlanVersion> SubmitAsync(AppDbContext db, ActionPlan plan, string by, DateTime at)
    {
        var number = await db.PlanVersions.CountAsync(v => v.ActionPlanId == plan.Id) + 1;
        var version = new PlanVersion { ActionPlanId = plan.Id, Number = number, Snapshot = PlanTree.Write(await PlanTree.DraftAsync(db, plan.Id)), SubmittedAtUtc = at, SubmittedByUserId = by };
        db.PlanVersions.Add(version);
        plan.Status = PlanStatus.Submitted;
        plan.UpdatedAtUtc = at;
        await db.SaveChangesAsync();
        return version;
    }

    private static void Decide(ActionPlan plan, PlanVersion version, PlanStatus outcome, string staffId, DateTime at, string note)
    {
        version.Outcome = outcome;
        version.DecidedAtUtc = at;
        version.DecidedByUserId = staffId;
        version.DecisionNote = note;
        plan.Status = outcome;
        plan.UpdatedAtUtc = at;
    }

    private static async Task CompleteAsync(AppDbContext db, int regionId, string title, DateOnly on, string evidence)
    {
        if (await db.Milestones.FirstOrDefaultAsync(m => m.CohortRegionId == regionId && m.Title == title) is { } milestone)
        {
            milestone.Complete(on, evidence, null);
            await db.SaveChangesAsync();
        }
    }
}
