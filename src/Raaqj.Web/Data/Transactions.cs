using Microsoft.EntityFrameworkCore;

namespace Raaqj.Web.Data;

public static class Transactions
{
    // One transaction around work that saves more than once (Identity's stores save on every call), run by the
    // provider's execution strategy so SQL Server's retry on transient faults still applies.
    public static Task<T> InTransactionAsync<T>(this AppDbContext db, Func<Task<T>> work) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var result = await work();
            await transaction.CommitAsync();
            return result;
        });
}
