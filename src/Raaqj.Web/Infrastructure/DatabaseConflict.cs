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

public static class ConflictSaving
{
    // Saves, or, when someone else's change got there first, forgets this request's changes and says so in the use
    // case's own words.
    public static async Task<Domain.Outcome> SaveOrConflictAsync(this Data.AppDbContext db, string conflict)
    {
        try
        {
            await db.SaveChangesAsync();
            return Domain.Outcome.Done;
        }
        catch (DbUpdateException ex) when (DatabaseConflict.Is(ex))
        {
            db.ChangeTracker.Clear();
            return Domain.Outcome.Conflict(conflict);
        }
    }
}
