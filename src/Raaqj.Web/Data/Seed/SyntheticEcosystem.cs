using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Domain.Planning;

namespace Raaqj.Web.Data.Seed;

// Large ecosystem maps, for the benchmarks and the SQL command tests (never the demo): every region of a program gets
// its stakeholders, a tenth of them organizations several regions share (counted once), one in fifty entered twice
// in the same region, a third with a contact, all rated and with a step of history.
public static class SyntheticEcosystem
{
    public static async Task AddAsync(AppDbContext db, int requestForActionId, int perRegion, DateTime nowUtc)
    {
        var regions = await db.CohortRegions.AsNoTracking().Where(r => r.RequestForActionId == requestForActionId).OrderBy(r => r.Id).Select(r => r.Id).ToListAsync();
        var sectors = EcosystemTerms.Sectors;
        foreach (var (region, r) in regions.Select((region, r) => (region, r)))
        {
            for (var i = 0; i < perRegion; i++)
            {
                // One in ten is a national organization every region may enter; one in fifty this region entered twice.
                var national = i % 10 == 0;
                var name = national ? $"National Partner {i / 10}" : i % 50 == 2 ? $"Synthetic Organization {r}-{i - 1}, Inc." : $"Synthetic Organization {r}-{i}";
                var at = nowUtc.AddDays(-1 - i % 90);
                var stakeholder = new RegionStakeholder
                {
                    CohortRegionId = region, Sector = sectors[i % sectors.Count], Role = "Synthetic stakeholder", CreatedAtUtc = at, UpdatedAtUtc = at,
                    Influence = 1 + i % 4, Interest = 1 + (i / 4) % 4,
                };
                stakeholder.Identify(name, null, national ? $"partner{i / 10}.example.org" : $"org{r}x{i}.example.org");
                stakeholder.Start((EngagementLevel)(1 + (i + r) % 5), at, null, "Synthetic.");
                if (i % 3 == 0)
                    stakeholder.Contacts.Add(StakeholderContact.Of($"Person {r}-{i}", "Director", $"person{r}x{i}@example.org", ""));
                db.RegionStakeholders.Add(stakeholder);
            }
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
    }
}
