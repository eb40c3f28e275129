using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Operations;
using Raaqj.Web.Infrastructure.Files;

namespace Raaqj.Web.Infrastructure.Health;

// Whether this instance sees the same file store as the others: the first instance writes a random marker to
// its store and to the database; every instance then compares the two. Instances with separate folders would
// each miss the files the other stored.
public sealed class SharedFileStoreCheck(AppDbContext db, IFileStore files) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var expected = await db.SystemSettings.AsNoTracking().Where(s => s.Name == SystemSetting.FileStoreMarker).Select(s => s.Value).FirstOrDefaultAsync(cancellationToken);
        if (expected is null)
        {
            // Claim the marker in the database first, so of two instances starting together only one writes its file.
            var claimed = Guid.NewGuid().ToString("N");
            db.SystemSettings.Add(new SystemSetting { Name = SystemSetting.FileStoreMarker, Value = claimed });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
                return HealthCheckResult.Healthy("Another instance is setting up the file store marker.");
            }
            await files.WriteMarkerAsync(claimed, cancellationToken);
            expected = claimed;
        }
        var found = await files.ReadMarkerAsync(cancellationToken);
        return found == expected
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy($"This instance's file store is not the one the other instances use (its marker is {(found is null ? "missing" : "different")}): files stored by one instance cannot be read by another. Point Files:Root of every instance at one shared folder.");
    }
}
