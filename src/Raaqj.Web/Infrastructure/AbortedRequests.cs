using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Raaqj.Web.Infrastructure;

// The request's cancellation reaches every query without each handler passing a token: a read asked for by a
// person who has gone (the request aborted) does not start, and one running is cancelled where the provider can
// (SQL Server). SQLite ignores DbCommand.Cancel, so there no command is watched: the table of watched commands
// costs every read a weak handle and the finalizer thread its churn. Writes always finish, so a change never
// half-happens because a browser was closed.
public sealed class AbortedRequests(IHttpContextAccessor http) : DbCommandInterceptor
{
    private readonly ConditionalWeakTable<DbCommand, StrongBox<CancellationTokenRegistration>> running = new();

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Watch(command, eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Watch(command, eventData);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult DataReaderClosing(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
    {
        Release(command);
        return result;
    }

    public override ValueTask<InterceptionResult> DataReaderClosingAsync(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
    {
        Release(command);
        return ValueTask.FromResult(result);
    }

    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) => Release(command);

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(command);
        return Task.CompletedTask;
    }

    private void Watch(DbCommand command, CommandEventData eventData)
    {
        if (eventData.CommandSource is not (CommandSource.LinqQuery or CommandSource.FromSqlQuery)
            || http.HttpContext?.RequestAborted is not { CanBeCanceled: true } aborted)
            return;
        aborted.ThrowIfCancellationRequested();
        if (command is Microsoft.Data.Sqlite.SqliteCommand)
            return;
        running.AddOrUpdate(command, new StrongBox<CancellationTokenRegistration>(aborted.Register(command.Cancel)));
    }

    private void Release(DbCommand command)
    {
        if (command is not Microsoft.Data.Sqlite.SqliteCommand && running.TryGetValue(command, out var registration))
        {
            registration.Value.Dispose();
            running.Remove(command);
        }
    }
}
