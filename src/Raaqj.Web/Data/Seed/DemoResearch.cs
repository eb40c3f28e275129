using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Domain.Cohort;
using Raaqj.Web.Domain.Planning;
using Raaqj.Web.Domain.Proposals;

namespace Raaqj.Web.Data.Seed;

// The regions' worker-informed research in month 10: listening sessions, interviews and a survey in the first four
// regions, with workers counted by priority population; pilots running in the first two (their milestone done, with
// plan-do-study-act cycles), planned in the third.
public static class DemoResearch
{
    private sealed record Activity(string Title, ResearchMethod Method, int DaysAgo, int Workers, int Employers, int Degree, int Black, int Women, int Records, string Findings);

    private static readonly Activity[] Activities =
    [
        new("Listening session with home care aides", ResearchMethod.ListeningSession, 40, 28, 0, 24, 11, 25, 3,
            "Aides lose two to six hours of pay a week to unpaid travel between clients, and most learn their schedule the night before."),
        new("Interviews with warehouse workers", ResearchMethod.Interviews, 30, 16, 3, 13, 7, 5, 4,
            "Mandatory overtime announced at the end of a shift is the main reason people quit in their first year."),
        new("Worker survey on benefits", ResearchMethod.Survey, 18, 212, 9, 150, 61, 118, 19,
            "Two in five workers eligible for employer health coverage are not enrolled; most did not know they were eligible."),
    ];

    public static async Task SeedAsync(AppDbContext db, List<CohortRegion> regions, DateOnly today, Func<DateOnly, int, DateTime> at)
    {
        for (var r = 0; r < 4; r++)
        {
            foreach (var activity in Activities.Take(3 - r / 2))
            {
                var held = today.AddDays(-activity.DaysAgo + r);
                var scale = 1.0 - r * 0.15;
                int Scaled(int n) => (int)Math.Round(n * scale);
                db.ResearchActivities.Add(new ResearchActivity
                {
                    CohortRegionId = regions[r].Id, Title = activity.Title, Method = activity.Method, HeldOn = held, WorkersEngaged = Scaled(activity.Workers),
                    EmployersInvolved = activity.Employers, Findings = activity.Findings, CreatedAtUtc = at(held, 17), UpdatedAtUtc = at(held, 17),
                    Populations =
                    [
                        new() { Population = PriorityPopulation.WithoutFourYearDegree, Workers = Scaled(activity.Degree) },
                        new() { Population = PriorityPopulation.BlackLearnersAndWorkers, Workers = Scaled(activity.Black) },
                        new() { Population = PriorityPopulation.Women, Workers = Scaled(activity.Women) },
                        new() { Population = PriorityPopulation.PeopleWithCriminalRecords, Workers = Scaled(activity.Records) },
                    ],
                });
            }
        }
        for (var r = 0; r < 3; r++)
        {
            var running = r < 2;
            var starts = today.AddDays(-21 + r * 4);
            var pilot = new Pilot
            {
                CohortRegionId = regions[r].Id, Title = r == 1 ? "Benefits enrollment at the time clock" : "Two-week advance schedules", Status = running ? PilotStatus.Running : PilotStatus.Planned,
                Hypothesis = r == 1 ? "If navigators enroll workers where they clock in, enrollment of eligible workers rises above 80%."
                    : "If schedules are posted two weeks ahead, call-outs and first-year turnover fall.",
                Partners = r == 1 ? "Two hospitals and a benefits navigator agency" : "Three warehouses and the workers' center", StartsOn = running ? starts : today.AddDays(20), EndsOn = starts.AddMonths(4),
                CreatedAtUtc = at(starts.AddDays(-10), 11), UpdatedAtUtc = at(starts, 11),
                Dimensions = [new() { PlanDimensionId = r == 1 ? 2 : 3 }],
            };
            if (running)
                pilot.Cycles.Add(new PdsaCycle
                {
                    Number = 1, StartedOn = starts, RecordedAtUtc = at(starts.AddDays(14), 16),
                    Plan = r == 1 ? "A navigator at one hospital's time clock, two shifts a week." : "Post schedules two weeks ahead at one warehouse.",
                    Do = "Ran for two weeks.", Study = r == 1 ? "41 workers enrolled; night shift was missed." : "Call-outs fell by a third; supervisors needed a template.",
                    Act = r == 1 ? "Add a night-shift visit before widening to the second hospital." : "Share the template and add the second warehouse.",
                });
            db.Pilots.Add(pilot);
            if (running && await db.Milestones.FirstOrDefaultAsync(m => m.CohortRegionId == regions[r].Id && m.Title == "Pilot or prototype under way") is { } milestone)
                milestone.Complete(starts, $"Pilot “{pilot.Title}” is running.", null);
        }
        await db.SaveChangesAsync();
    }
}
