using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Domain.Audit;

namespace Raaqj.Web.Infrastructure.Auditing;

/// <summary>One line of a record's history as pages show it (the shared _History partial draws a list of them).</summary>
public sealed record HistoryLine(DateTime OccurredAtUtc, string ActorEmail, string Summary);

public static class HistoryQueries
{
    /// <summary>The newest entries first; <paramref name="entries"/> is already filtered to what the page is about.</summary>
    public static Task<List<HistoryLine>> NewestHistoryAsync(this IQueryable<AuditEntry> entries, int count) =>
        entries.AsNoTracking().OrderByDescending(a => a.Id).Take(count)
            .Select(a => new HistoryLine(a.OccurredAtUtc, a.ActorEmail, a.Summary)).ToListAsync();
}
