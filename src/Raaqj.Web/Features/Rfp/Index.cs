using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Rfp;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Rfp;

public sealed record RfpRow(int Id, string Title, RfpStatus Status, DateTime OpensAtUtc, DateTime ClosesAtUtc, string TimeZoneId, int CohortSize, int CriteriaCount, int WeightTotal, DateTime UpdatedAtUtc)
{
    public RfpPhase PhaseAt(DateTime nowUtc) => RfpPhaseRule.Of(Status, OpensAtUtc, ClosesAtUtc, nowUtc);
}

public sealed record IndexModel(Page<RfpRow> Rows, string? Sort, DateTime NowUtc);

public sealed class IndexHandler(AppDbContext db, ProgramClock clock)
{
    public async Task<IndexModel> Handle(string? sort, int? page)
    {
        var rounds = db.RequestsForAction.AsNoTracking();
        rounds = sort switch
        {
            "title" => rounds.OrderBy(r => r.Title),
            "closes" => rounds.OrderBy(r => r.ClosesAtUtc),
            "updated" => rounds.OrderByDescending(r => r.UpdatedAtUtc),
            _ => rounds.OrderByDescending(r => r.OpensAtUtc),
        };
        var pageNumber = Page<RfpRow>.Clamp(page);
        var total = await rounds.CountAsync();
        var rows = await rounds.Skip((pageNumber - 1) * Page<RfpRow>.DefaultSize).Take(Page<RfpRow>.DefaultSize)
            .Select(r => new RfpRow(r.Id, r.Title, r.Status, r.OpensAtUtc, r.ClosesAtUtc, r.TimeZoneId, r.CohortSize,
                r.Criteria.Count, r.Criteria.Sum(c => c.Weight), r.UpdatedAtUtc))
            .ToListAsync();
        return new IndexModel(new Page<RfpRow>(rows, pageNumber, Page<RfpRow>.DefaultSize, total), sort, clock.UtcNow);
    }
}
