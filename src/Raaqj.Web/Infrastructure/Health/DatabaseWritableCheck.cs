using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Raaqj.Web.Data;

namespace Raaqj.Web.Infrastructure.Health;

// Ready means the database takes writes, not only reads: a write inside a transaction that is rolled back.
public sealed class DatabaseWritableCheck(AppDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.SystemSettings.Where(s => s.Name == "health").ExecuteDeleteAsync(cancellationToken);
            await transaction.RollbackAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The database does not take writes.", ex);
        }
    }
}
