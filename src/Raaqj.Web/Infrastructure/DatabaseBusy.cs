using Microsoft.Data.Sqlite;

namespace Raaqj.Web.Infrastructure;

// Errors that mean "the database cannot take this right now" (locked, busy, timed out): answered 503, not 500.
public static class DatabaseBusy
{
    public static bool Is(Exception exception) => exception switch
    {
        SqliteException { SqliteErrorCode: 5 or 6 } => true, // SQLITE_BUSY, SQLITE_LOCKED
        Microsoft.Data.SqlClient.SqlException { Number: -2 or 1205 or 1222 } => true, // timeout, deadlock victim, lock timeout
        TimeoutException => true,
        _ => exception.InnerException is { } inner && Is(inner),
    };
}
