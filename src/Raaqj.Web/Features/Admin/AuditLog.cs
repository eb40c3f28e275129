using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Admin;

// Filters of the audit log; dates are days in the program's time zone.
public sealed record AuditQuery(string? Action, string? Actor, string? Entity, DateOnly? From, DateOnly? To, int? Page);

public sealed record AuditRow(long Id, DateTime OccurredAtUtc, string ActorEmail, string Action, string EntityType, string EntityId, string Summary, string? Before, string? After);

public sealed record AuditLogModel(AuditQuery Query, Page<AuditRow> Entries);

public sealed class AuditLogHandler(AppDbContext db, ProgramClock clock)
{
    public async Task<AuditLogModel> Handle(AuditQuery query)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Action))
            entries = entries.Where(a => a.Action == query.Action);
        if (!string.IsNullOrWhiteSpace(query.Actor))
        {
            var actor = query.Actor.Trim().ToLower();
            entries = entries.Where(a => a.ActorEmail.ToLower().Contains(actor));
        }
        if (!string.IsNullOrWhiteSpace(query.Entity))
            entries = entries.Where(a => a.EntityType == query.Entity);
        if (query.From is { } from)
        {
            var fromUtc = ProgramClock.ToUtc(from.ToDateTime(TimeOnly.MinValue), clock.DefaultTimeZoneId);
            entries = entries.Where(a => a.OccurredAtUtc >= fromUtc);
        }
        if (query.To is { } to)
        {
            var toUtc = ProgramClock.ToUtc(to.AddDays(1).ToDateTime(TimeOnly.MinValue), clock.DefaultTimeZoneId);
            entries = entries.Where(a => a.OccurredAtUtc < toUtc);
        }
        var total = await entries.CountAsync();
        var page = Page<AuditRow>.Clamp(query.Page);
        var rows = await entries.OrderByDescending(a => a.Id)
            .Skip((page - 1) * Page<AuditRow>.DefaultSize).Take(Page<AuditRow>.DefaultSize)
            .Select(a => new AuditRow(a.Id, a.OccurredAtUtc, a.ActorEmail, a.Action, a.EntityType, a.EntityId, a.Summary, a.Before, a.After))
            .ToListAsync();
        return new AuditLogModel(query, new Page<AuditRow>(rows, page, Page<AuditRow>.DefaultSize, total));
    }
}
