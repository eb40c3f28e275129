using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Mail;

namespace Raaqj.Web.Infrastructure.Mail;

// Sends what the outbox holds. Each message is claimed with a conditional update (a lease) before it is sent,
// so two instances on one database never send the same message twice.
public sealed class OutboxDispatcher(IServiceScopeFactory scopes, IMailer mailer, TimeProvider time, ILogger<OutboxDispatcher> logger)
{
    private const int BatchSize = 20;
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    private readonly string owner = Scheduling.LeaseOwner.NewName();

    // Sends every message that is due; returns how many were sent.
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken = default)
    {
        var sent = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var now = time.GetUtcNow().UtcDateTime;
            var due = await db.OutboxMessages.AsNoTracking()
                .Where(m => m.Status == OutboxStatus.Queued && m.NextAttemptAtUtc <= now && (m.LeaseUntilUtc == null || m.LeaseUntilUtc < now))
                .OrderBy(m => m.Id).Take(BatchSize).ToListAsync(cancellationToken);
            if (due.Count == 0)
                return sent;
            foreach (var message in due)
                if (await TryClaimAsync(db, message.Id, now, cancellationToken))
                    sent += await SendAsync(db, message, cancellationToken) ? 1 : 0;
            if (due.Count < BatchSize)
                return sent;
        }
        return sent;
    }

    private async Task<bool> TryClaimAsync(AppDbContext db, long id, DateTime now, CancellationToken cancellationToken) =>
        await db.OutboxMessages
            .Where(m => m.Id == id && m.Status == OutboxStatus.Queued && (m.LeaseUntilUtc == null || m.LeaseUntilUtc < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseOwner, owner).SetProperty(m => m.LeaseUntilUtc, now + Lease), cancellationToken) == 1;

    private async Task<bool> SendAsync(AppDbContext db, OutboxMessage message, CancellationToken cancellationToken)
    {
        var attempts = message.Attempts + 1;
        try
        {
            await mailer.SendAsync(new OutgoingMail(message.To, message.Subject, message.Body), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var now = time.GetUtcNow().UtcDateTime;
            var (status, next) = OutboxMessage.AfterFailure(attempts, now);
            logger.LogWarning(ex, "Mail {MessageId} to {Recipient} failed (attempt {Attempt}); now {Status}", message.Id, message.To, attempts, status);
            var error = ex.Message.Length <= OutboxMessage.ErrorMaxLength ? ex.Message : ex.Message[..OutboxMessage.ErrorMaxLength];
            await Release(db, message.Id).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Attempts, attempts).SetProperty(m => m.Status, status).SetProperty(m => m.NextAttemptAtUtc, next)
                .SetProperty(m => m.LastError, error).SetProperty(m => m.LeaseOwner, (string?)null).SetProperty(m => m.LeaseUntilUtc, (DateTime?)null),
                CancellationToken.None);
            return false;
        }
        var sentAt = time.GetUtcNow().UtcDateTime;
        // Recorded even when the request that woke us is gone: the message has left.
        await Release(db, message.Id).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Attempts, attempts).SetProperty(m => m.Status, OutboxStatus.Sent).SetProperty(m => m.SentAtUtc, sentAt)
            .SetProperty(m => m.LeaseOwner, (string?)null).SetProperty(m => m.LeaseUntilUtc, (DateTime?)null),
            CancellationToken.None);
        return true;
    }

    private IQueryable<OutboxMessage> Release(AppDbContext db, long id) =>
        db.OutboxMessages.Where(m => m.Id == id && m.LeaseOwner == owner);
}
