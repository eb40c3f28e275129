using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Domain.Cohort;
using Raaqj.Web.Domain.Planning;
using Raaqj.Web.Domain.Timeline;

namespace Raaqj.Web.Data.Seed;

// The regions' readiness assessments, as the demo's milestones tell it: the organizational baseline submitted in month
// 9 by the first four regions (two of them reviewed), under way in the fifth, not started in the sixth; the first
// region has begun its community readiness assessment. Scores differ by region, so each has its own gaps.
public static class DemoAssessments
{
    // The organizational baseline's scores, two items an element: leadership, partnerships, data, pathways, resources.
    private static readonly int[][] Scores =
    [
        [2, 3, 3, 4, 1, 2, 3, 3, 2, 3],
        [3, 3, 2, 2, 2, 1, 4, 3, 3, 2],
        [1, 2, 3, 3, 2, 2, 2, 3, 1, 2],
        [3, 2, 4, 3, 1, 1, 3, 2, 2, 2],
        [2, 3, 2, 3, 1, 0, 0, 0, 0, 0],
    ];

    public static async Task SeedAsync(AppDbContext db, List<CohortRegion> regions, string staffId, ProgramCalendar calendar, DateOnly today, Func<DateOnly, int, DateTime> at)
    {
        var organizational = await db.AssessmentItems.AsNoTracking().Where(i => db.AssessmentElements.Any(e => e.Id == i.AssessmentElementId && e.AssessmentInstrumentId == 1))
            .OrderBy(i => i.Id).Select(i => i.Id).ToListAsync();
        var community = await db.AssessmentItems.AsNoTracking().Where(i => db.AssessmentElements.Any(e => e.Id == i.AssessmentElementId && e.AssessmentInstrumentId == 2))
            .OrderBy(i => i.Id).Select(i => i.Id).ToListAsync();
        for (var region = 0; region < 5; region++)
        {
            var owner = await db.OrganizationMembers.Where(m => m.OrganizationId == regions[region].OrganizationId).Select(m => m.UserId).FirstAsync();
            var submitted = region < 4;
            var startedAt = at(calendar.FirstDayOf(9).AddDays(2 + region), 10);
            var assessment = new RegionAssessment
            {
                CohortRegionId = regions[region].Id, AssessmentInstrumentId = 1, Label = "Baseline, month 9", StartedByUserId = owner, StartedAtUtc = startedAt,
                Status = !submitted ? AssessmentStatus.Draft : region < 2 ? AssessmentStatus.Reviewed : AssessmentStatus.Submitted,
                SubmittedByUserId = submitted ? owner : null, SubmittedAtUtc = submitted ? startedAt.AddDays(10) : null, UpdatedAtUtc = startedAt.AddDays(submitted ? 10 : 5),
                ReviewedByUserId = region < 2 ? staffId : null, ReviewedAtUtc = region < 2 ? startedAt.AddDays(14) : null,
                ReviewNote = region < 2 ? "A candid baseline. Your liaison will follow up on the data items with the research and evaluation expert." : "",
            };
            // Each region's own scores; the draft has half its items scored.
            foreach (var (item, n) in organizational.Select((item, n) => (item, n)).Where(x => submitted || x.n < organizational.Count / 2))
                assessment.Answers.Add(new AssessmentAnswer
                {
                    AssessmentItemId = item, Score = Scores[region][n], AnsweredByUserId = owner, AnsweredAtUtc = startedAt.AddDays(1 + n % 5),
                    Note = n == 4 ? "We have wage data only, from the state." : "",
                });
            db.RegionAssessments.Add(assessment);
        }
        var firstOwner = await db.OrganizationMembers.Where(m => m.OrganizationId == regions[0].OrganizationId).Select(m => m.UserId).FirstAsync();
        var communityStarted = at(today.AddDays(-4), 14);
        db.RegionAssessments.Add(new RegionAssessment
        {
            CohortRegionId = regions[0].Id, AssessmentInstrumentId = 2, Label = "Month 10", StartedByUserId = firstOwner, StartedAtUtc = communityStarted, UpdatedAtUtc = communityStarted,
            Answers = community.Take(4).Select((item, n) => new AssessmentAnswer { AssessmentItemId = item, Score = 2 + n % 3, AnsweredByUserId = firstOwner, AnsweredAtUtc = communityStarted }).ToList(),
        });
        await db.SaveChangesAsync();
    }
}
