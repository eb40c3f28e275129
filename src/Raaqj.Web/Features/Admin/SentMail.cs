using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Mail;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Admin;

public sealed record MailRow(long Id, string To, string Subject, OutboxStatus Status, DateTime QueuedAtUtc, DateTime? SentAtUtc, DateTime NextAttemptAtUtc, int Attempts, string? LastError);

public sealed record SentMailModel(Page<MailRow> Page, OutboxStatus? Status, IReadOnlyDictionary<OutboxStatus, int> Counts, bool UsesSmtp)
{
    public int Total => Counts.Values.Sum();
}

// The outbox as admins see it: queued, sent and failed mail, newest first, with the last error of each.
public sealed class SentMailHandler(AppDbContext db)
{
    public async Task<SentMailModel> Handle(OutboxStatus? status, int? page, bool usesSmtp)
    {
        var counts = (await db.OutboxMessages.GroupBy(m => m.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync())
            .ToDictionary(c => c.Key, c => c.Count);
        var query = db.OutboxMessages.AsNoTracking().Where(m => status == null || m.Status == status);
        var total = status is { } s ? counts.GetValueOrDefault(s) : counts.Values.Sum();
        var number = Math.Min(Page<MailRow>.Clamp(page), Math.Max(1, (total + Page<MailRow>.DefaultSize - 1) / Page<MailRow>.DefaultSize));
        var rows = await query.OrderByDescending(m => m.Id).Skip((number - 1) * Page<MailRow>.DefaultSize).Take(Page<MailRow>.DefaultSize)
            .Select(m => new MailRow(m.Id, m.To, m.Subject, m.Status, m.QueuedAtUtc, m.SentAtUtc, m.NextAttemptAtUtc, m.Attempts, m.LastError)).ToListAsync();
        return new SentMailModel(new Page<MailRow>(rows, number, Page<MailRow>.DefaultSize, total), status, counts, usesSmtp);
    }
}
