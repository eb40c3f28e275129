using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Domain.Geography;
using Raaqj.Web.Domain.Organizations;
using Raaqj.Web.Domain.Proposals;
using Raaqj.Web.Domain.Reviews;
using Raaqj.Web.Domain.Rfp;
using Raaqj.Web.Infrastructure.Geography;

namespace Raaqj.Web.Data.Seed;

// A published round with many complete, submitted and reviewed proposals, for the benchmarks and the scale
// tests (never the demo). It opened a day ago, so it becomes the round staff work on. Reviews come from the
// accounts with the Reviewer role, in turn.
public static class SyntheticRound
{
    public static async Task<int> AddAsync(AppDbContext db, DateTime nowUtc, int proposals, int reviewsEach, int criteria)
    {
        var rfp = new RequestForAction
        {
            Title = $"Synthetic round of {proposals} proposals", Summary = "Synthetic.", Eligibility = "Synthetic.", ProgramDescription = "Synthetic.",
            OpensAtUtc = nowUtc.AddDays(-1), ClosesAtUtc = nowUtc.AddDays(30),
            ReviewStartsOn = DateOnly.FromDateTime(nowUtc.AddDays(31)), ReviewEndsOn = DateOnly.FromDateTime(nowUtc.AddDays(60)),
            CreatedAtUtc = nowUtc, UpdatedAtUtc = nowUtc,
        };
        rfp.ReplaceCriteria(Enumerable.Range(1, criteria).Select(i => new SelectionCriterion
        {
            Title = $"Criterion {i}", Guidance = "Synthetic.", Weight = 100 / criteria + (i <= 100 % criteria ? 1 : 0),
        }).ToList());
        if (rfp.Publish(nowUtc, []) is { Count: > 0 } problems)
            throw new InvalidOperationException(string.Join(" ", problems.Select(p => p.Message)));
        db.RequestsForAction.Add(rfp);
        await db.SaveChangesAsync();

        var reviewers = await db.UserRoles.Join(db.Roles.Where(r => r.Name == Roles.Reviewer), ur => ur.RoleId, r => r.Id, (ur, r) => ur.UserId).ToListAsync();
        if (reviewers.Count < reviewsEach)
            throw new InvalidOperationException($"{reviewsEach} reviews each need as many reviewers; there are {reviewers.Count}.");
        var scales = rfp.Criteria.OrderBy(c => c.Position).Select(c => new CriterionScale(c.Id, c.Weight, c.ScaleMin, c.ScaleMax)).ToList();
        var random = new Random(proposals);
        var counties = new CountyCatalog().All;
        const int batch = 250;
        for (var start = 0; start < proposals; start += batch)
        {
            var organizations = Enumerable.Range(start, Math.Min(batch, proposals - start)).Select(i => new Organization
            {
                LegalName = $"Synthetic anchor {i + 1:00000}", Ein = "12-3456789", AddressLine1 = "1 Main Street", City = "Town", StateCode = "OH", PostalCode = "44114",
                ConveningTrackRecord = "Synthetic.", CreatedAtUtc = nowUtc, UpdatedAtUtc = nowUtc,
            }).ToList();
            db.Organizations.AddRange(organizations);
            await db.SaveChangesAsync();
            var added = organizations.Select((organization, i) =>
            {
                var proposal = DemoProposals.OtherRegion((start + i) % DemoProposals.OtherRegions.Count, rfp.Id, organization.Id, nowUtc);
                proposal.RegionName = $"Region {start + i + 1}";
                proposal.Counties = CountiesOf(start + i, counties);
                proposal.AmountRequested = 50_000m + random.Next(0, 30) * 5_000m;
                proposal.RefreshSummary();
                return proposal;
            }).ToList();
            db.Proposals.AddRange(added);
            await db.SaveChangesAsync();
            foreach (var (proposal, i) in added.Select((p, i) => (p, start + i)))
            {
                proposal.Submit(nowUtc, acceptsProposals: true, reviewers[0], certified: true);
                var quality = random.Next(1, 6);
                for (var r = 0; r < reviewsEach; r++)
                {
                    var review = new Review
                    {
                        ProposalId = proposal.Id, ReviewerUserId = reviewers[(i + r) % reviewers.Count], Recommendation = Recommendation.Recommend,
                        OverallComment = "Synthetic.", UpdatedAtUtc = nowUtc,
                        Scores = scales.Select(c => new ReviewScore { CriterionId = c.CriterionId, Score = Math.Clamp(quality + random.Next(-1, 2), c.ScaleMin, c.ScaleMax), Comment = "Synthetic." }).ToList(),
                    };
                    review.Submit(scales, nowUtc);
                    db.Reviews.Add(review);
                }
            }
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
        return rfp.Id;
    }

    // Two neighbouring counties of the catalog per region, as real applicants spread over the country; every tenth
    // region also claims its predecessor's second county, so some regions overlap as real ones do.
    private static List<ProposalCounty> CountiesOf(int index, IReadOnlyList<County> catalog)
    {
        var picked = new[] { catalog[index * 2 % catalog.Count], catalog[(index * 2 + 1) % catalog.Count] }.ToList();
        if (index % 10 == 9)
            picked.Add(catalog[(index * 2 - 1) % catalog.Count]);
        return picked.Select(c => new ProposalCounty { Fips = c.Fips, StateCode = c.StateCode }).ToList();
    }
}
