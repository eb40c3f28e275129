using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;

namespace Raaqj.Web.Features.Admin;

public sealed record SentMailMessageModel(MailRow Mail, string Body);

public sealed class SentMailMessageHandler(AppDbContext db)
{
    public async Task<SentMailMessageModel?> Handle(long id) =>
        await db.OutboxMessages.AsNoTracking().Where(m => m.Id == id)
            .Select(m => new SentMailMessageModel(new MailRow(m.Id, m.To, m.Subject, m.Status, m.QueuedAtUtc, m.SentAtUtc, m.NextAttemptAtUtc, m.Attempts, m.LastError), m.Body))
            .FirstOrDefaultAsync();
}
