using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Proposals;
using Raaqj.Web.Features.Selection;
using Raaqj.Web.Infrastructure.Geography;

namespace Raaqj.Web.Features.Intake;

// For the proposals shown, the other proposals of the same round (drafts and submitted, not withdrawn) that
// claim some of the same counties. Reads only the counties those proposals claim, then finds the overlaps as
// selection does (RegionOverlaps).
public sealed class IntakeOverlaps(AppDbContext db, CountyCatalog catalog)
{
    public async Task<IReadOnlyDictionary<int, IReadOnlyList<RegionOverlap>>> For(IReadOnlyCollection<int> proposalIds)
    {
        var shown = db.ProposalCounties.Where(c => proposalIds.Contains(c.ProposalId));
        var claims = await db.ProposalCounties.AsNoTracking()
            .Where(c => shown.Any(s => s.Fips == c.Fips))
            .Join(db.Proposals, c => c.ProposalId, p => p.Id, (c, p) => new { c.ProposalId, c.Fips, p.RegionName, p.RequestForActionId, p.Status })
            .ToListAsync();
        var proposals = claims.DistinctBy(c => c.ProposalId).ToDictionary(c => c.ProposalId);
        var overlaps = RegionOverlap.Among(claims.Select(c => (c.ProposalId, c.Fips)), proposals.ToDictionary(p => p.Key, p => p.Value.RegionName), catalog);
        // Only the proposals shown, and only other proposals of their own round that are not withdrawn.
        bool Counts(int shownId, int otherId) =>
            proposals[otherId].RequestForActionId == proposals[shownId].RequestForActionId && proposals[otherId].Status != ProposalStatus.Withdrawn;
        return overlaps.Where(o => proposalIds.Contains(o.Key))
            .Select(o => (o.Key, Others: o.Value.Where(v => Counts(o.Key, v.ProposalId)).ToList()))
            .Where(o => o.Others.Count > 0)
            .ToDictionary(o => o.Key, o => (IReadOnlyList<RegionOverlap>)o.Others);
    }
}
