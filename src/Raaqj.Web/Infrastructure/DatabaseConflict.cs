using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Raaqj.Web.Infrastructure;

// A save that lost a race: a unique constraint or a concurrency token refused it. Use cases that expect a race
// say so in their own words; anywhere else it is answered 409 with a friendly page, never 500.
public static class DatabaseConflict
{
    public static bool Is(Exception exception) => exception switch
    {
        DbUpdateConcurrencyException => true,
        DbUpdateException { InnerException: SqliteException { SqliteErrorCode: 19 } } => true, // SQLITE_CONSTRAINT
        DbUpdateException { InnerException: Microsoft.Data.SqlClient.SqlException { Number: 2601 or 2627 } } => true, // duplicate key
        _ => exception.InnerException is { } inner && Is(inner),
    };
}
