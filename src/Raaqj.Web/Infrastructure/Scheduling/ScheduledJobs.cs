using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Operations;

namespace Raaqj.Web.Infrastructure.Scheduling;

// Work that runs on a clock rather than on a request: reminders, digests. Each run must be safe to repeat
// (keyed notifications, claimed rows), the lease only keeps two instances from doing it side by side.
public interface IScheduledJob
{
    string Name { get; }

    // How often it runs at most.
    TimeSpan Every { get; }

    Task RunAsync(CancellationToken cancellationToken);
}

public sealed class SchedulingOptions
{
    public const string Section = "Scheduling";

    public bool Run { get; set; } = true;
    public int TickSeconds { get; set; } = 60;
}

// Runs each due job once across every instance: a job's row in JobLeases is claimed with a conditional update,
// so of two instances that look at once only one runs it (docs/decisions/ADR-011-scheduled-work.md).
public sealed class ScheduledJobRunner(IServiceScopeFactory scopes, TimeProvider time, ILogger<ScheduledJobRunner> logger)
{
    // A run that takes longer than this is taken to have died with its instance.
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);

    private readonly string owner = LeaseOwner.NewName();

    // Runs every job that is due; returns the names of those this instance ran.
    public async Task<IReadOnlyList<string>> RunDueAsync(CancellationToken cancellationToken = default)
    {
        using var listing = scopes.CreateScope();
        var names = listing.ServiceProvider.GetServices<IScheduledJob>().Select(j => j.Name).ToList();
        var ran = new List<string>();
        foreach (var name in names)
        {
            using var scope = scopes.CreateScope();
            var job = scope.ServiceProvider.GetServices<IScheduledJob>().Single(j => j.Name == name);
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            if (!await TryClaimAsync(db, job, cancellationToken))
                continue;
            try
            {
                await job.RunAsync(cancellationToken);
                ran.Add(name);
                await Finish(db, name).ExecuteUpdateAsync(s => s.SetProperty(j => j.LastRunAtUtc, time.GetUtcNow().UtcDateTime)
                    .SetProperty(j => j.Owner, (string?)null).SetProperty(j => j.LeaseUntilUtc, (DateTime?)null), CancellationToken.None);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Released without a run recorded: the next tick tries again.
                logger.LogError(ex, "Scheduled job {Job} failed", name);
                await Finish(db, name).ExecuteUpdateAsync(s => s.SetProperty(j => j.Owner, (string?)null).SetProperty(j => j.LeaseUntilUtc, (DateTime?)null), CancellationToken.None);
            }
        }
        return ran;
    }

    private async Task<bool> TryClaimAsync(AppDbContext db, IScheduledJob job, CancellationToken cancellationToken)
    {
        if (!await db.JobLeases.AnyAsync(j => j.Name == job.Name, cancellationToken))
        {
            db.JobLeases.Add(new JobLease { Name = job.Name });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException ex) when (DatabaseConflict.Is(ex))
            {
                // Another instance added the row a moment ago.
            }
            db.ChangeTracker.Clear();
        }
        var now = time.GetUtcNow().UtcDateTime;
        var lastRunBefore = now - job.Every;
        return await db.JobLeases
            .Where(j => j.Name == job.Name && (j.LeaseUntilUtc == null || j.LeaseUntilUtc < now) && (j.LastRunAtUtc == null || j.LastRunAtUtc <= lastRunBefore))
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.Owner, owner).SetProperty(j => j.LeaseUntilUtc, now + Lease), cancellationToken) == 1;
    }

    private IQueryable<JobLease> Finish(AppDbContext db, string name) => db.JobLeases.Where(j => j.Name == name && j.Owner == owner);
}

// Looks for due jobs every tick.
public sealed class ScheduledJobWorker(ScheduledJobRunner runner, IOptions<SchedulingOptions> options, TimeProvider time, ILogger<ScheduledJobWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var tick = TimeSpan.FromSeconds(Math.Max(1, options.Value.TickSeconds));
        using var timer = new PeriodicTimer(tick, time);
        do
        {
            try
            {
                await runner.RunDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Scheduled jobs could not run");
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}

public static class SchedulingSetup
{
    public static IServiceCollection AddScheduledWork(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SchedulingOptions>(configuration.GetSection(SchedulingOptions.Section));
        services.AddSingleton<ScheduledJobRunner>();
        foreach (var job in typeof(Program).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && t.IsAssignableTo(typeof(IScheduledJob))))
            services.AddScoped(typeof(IScheduledJob), job);
        if (configuration.GetSection(SchedulingOptions.Section).Get<SchedulingOptions>()?.Run ?? true)
            services.AddHostedService<ScheduledJobWorker>();
        return services;
    }
}
