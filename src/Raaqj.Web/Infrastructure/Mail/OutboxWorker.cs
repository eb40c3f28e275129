using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;
using Raaqj.Web.Domain.Mail;

namespace Raaqj.Web.Infrastructure.Mail;

// Wakes the worker as soon as a request has committed new mail, so it need not wait for the next poll.
public sealed class OutboxSignal
{
    private readonly SemaphoreSlim wake = new(0, 1);

    public void Raise()
    {
        if (wake.CurrentCount == 0)
            try { wake.Release(); } catch (SemaphoreFullException) { /* already raised */ }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => wake.WaitAsync(timeout, cancellationToken);
}

// Raises the signal after a save (or the commit of the transaction around it) that wrote outbox messages.
public sealed class OutboxSignalInterceptor(OutboxSignal signal) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { Database.CurrentTransaction: null } context && HoldsMail(context))
            signal.Raise();
        return ValueTask.FromResult(result);
    }

    public Task TransactionCommittedAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && HoldsMail(context))
            signal.Raise();
        return Task.CompletedTask;
    }

    private static bool HoldsMail(Microsoft.EntityFrameworkCore.DbContext context) => context.ChangeTracker.Entries<OutboxMessage>().Any();
}

// Sends queued mail in the background: at once when signalled, and every poll interval for retries and other instances' mail.
public sealed class OutboxWorker(OutboxDispatcher dispatcher, OutboxSignal signal, IOptions<MailOptions> options, ILogger<OutboxWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = TimeSpan.FromSeconds(Math.Max(1, options.Value.OutboxPollSeconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await dispatcher.DeliverDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The database may be busy or down for a moment; the next round tries again.
                logger.LogError(ex, "The outbox worker could not deliver mail");
            }
            try
            {
                await signal.WaitAsync(poll, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
