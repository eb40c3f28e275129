using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Proposals;
using Raaqj.Web.Features.Selection;
using Raaqj.Web.Infrastructure.Geography;

namespace Raaqj.Web.Features.Intake;

/// <summary>
/// For the proposals shown, the other proposals of the same round (drafts and submitted, not withdrawn) that
/// claim some of the same counties: one query, whatever the number of proposals.
/// </summary>
public sealed class IntakeOverlaps(AppDbContext db, CountyCatalog catalog)
{
    public async Task<IReadOnlyDictionary<int, IReadOnlyList<RegionOverlap>>> For(IReadOnlyCollection<int> proposalIds)
    {
        var shared = await db.ProposalCounties.AsNoTracking().Where(c => proposalIds.Contains(c.ProposalId))
            .Join(db.ProposalCounties, mine => mine.Fips, theirs => theirs.Fips, (mine, theirs) => new { mine.ProposalId, Other = theirs.ProposalId, mine.Fips })
            .Where(x => x.Other != x.ProposalId)
            .Join(db.Proposals, x => x.ProposalId, p => p.Id, (x, p) => new { x.ProposalId, x.Other, x.Fips, p.RequestForActionId })
            .Join(db.Proposals, x => x.Other, o => o.Id, (x, o) => new { x.ProposalId, x.Other, x.Fips, x.RequestForActionId, OtherRound = o.RequestForActionId, o.Status, o.RegionName })
            .Where(x => x.OtherRound == x.RequestForActionId && x.Status != ProposalStatus.Withdrawn)
            .Select(x => new { x.ProposalId, x.Other, x.Fips, x.RegionName }).ToListAsync();
        return shared.GroupBy(x => x.ProposalId).ToDictionary(g => g.Key, g => (IReadOnlyList<RegionOverlap>)g.GroupBy(x => (x.Other, x.RegionName))
            .Select(o => new RegionOverlap(o.Key.Other, string.IsNullOrEmpty(o.Key.RegionName) ? "an unnamed region" : o.Key.RegionName,
                o.Select(x => catalog.Find(x.Fips)?.Label ?? x.Fips).Order().ToList()))
            .OrderByDescending(o => o.Counties.Count).ToList());
    }
}
