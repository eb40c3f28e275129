using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Mail;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Auditing;

namespace Raaqj.Web.Features.Admin;

// An admin puts a failed message back in the queue for one more attempt.
public sealed class RetryMailHandler(AppDbContext db, ProgramClock clock, AuditLog audit)
{
    public async Task<Outcome> Handle(long id)
    {
        var now = clock.UtcNow;
        var retried = await db.OutboxMessages.Where(m => m.Id == id && m.Status == OutboxStatus.Failed)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxStatus.Queued).SetProperty(m => m.NextAttemptAtUtc, now)
                .SetProperty(m => m.Attempts, OutboxMessage.MaxAttempts - 1));
        if (retried == 0)
            return Outcome.Invalid("", "This message is not waiting for a retry.");
        audit.Record(AuditActions.MailRetried, nameof(OutboxMessage), id.ToString(), $"Queued mail {id} again after it failed");
        await db.SaveChangesAsync();
        return Outcome.Done;
    }
}
