using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Domain.Audit;

namespace Raaqj.Web.Infrastructure.Auditing;

// One line of a record's history as pages show it (the shared _History partial draws a list of them).
public sealed record HistoryLine(DateTime OccurredAtUtc, string ActorEmail, string Summary);

public static class HistoryQueries
{
    // The newest entries first; entries is already filtered to what the page is about.
    public static Task<List<HistoryLine>> NewestHistoryAsync(this IQueryable<AuditEntry> entries, int count) =>
        entries.AsNoTracking().OrderByDescending(a => a.Id).Take(count)
            .Select(a => new HistoryLine(a.OccurredAtUtc, a.ActorEmail, a.Summary)).ToListAsync();
}
