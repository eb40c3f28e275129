using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Reviews;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Caching;

namespace Raaqj.Web.Features.Reviews;

public sealed record QueueItem(int ProposalId, string Organization, string Region, IReadOnlyList<string> CountyStates, DateOnly DueOn, ConflictKind? Declared, ReviewStatus? Review)
{
    public IReadOnlyList<string> States => CountyStates.Distinct().Order().ToList();
}

// A reviewer's own queue, with what they declared and how far their review is; read once per change of content (ContentCache).
public sealed class QueueHandler(AppDbContext db, CurrentUser user, ContentCache cache)
{
    public async Task<IReadOnlyList<QueueItem>> Mine()
    {
        var me = user.Id;
        return await cache.GetAsync($"review-queue/{me}", () => Read(me));
    }

    private async Task<IReadOnlyList<QueueItem>> Read(string? me) =>
        await db.ReviewAssignments.AsNoTracking().Where(a => a.ReviewerUserId == me)
            .Join(db.Proposals, a => a.ProposalId, p => p.Id, (a, p) => new { a, p })
            .Join(db.Organizations, x => x.p.OrganizationId, o => o.Id, (x, o) => new { x.a, x.p, o.LegalName })
            .OrderBy(x => x.a.DueOn).ThenBy(x => x.LegalName)
            .Select(x => new QueueItem(x.p.Id, x.LegalName, x.p.RegionName, x.p.Counties.Select(c => c.StateCode).ToList(), x.a.DueOn,
                db.ConflictDeclarations.Where(c => c.ProposalId == x.p.Id && c.ReviewerUserId == me).Select(c => (ConflictKind?)c.Kind).FirstOrDefault(),
                db.Reviews.Where(r => r.ProposalId == x.p.Id && r.ReviewerUserId == me).Select(r => (ReviewStatus?)r.Status).FirstOrDefault()))
            .ToListAsync();
}
