using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Raaqj.Web.Data;
using Raaqj.Web.Data.Seed;

namespace Raaqj.Web.Infrastructure;

public static class DatabaseSetup
{
    public const string Sqlite = "Sqlite";
    public const string SqlServer = "SqlServer";

    public static IServiceCollection AddPortalDatabase(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        services.AddSingleton<IInterceptor, AbortedRequests>();
        services.AddSingleton<IInterceptor, Caching.ContentVersionInterceptor>();
        services.AddMemoryCache();
        services.AddScoped<Caching.ContentCache>();
        var provider = configuration["Database:Provider"] ?? Sqlite;
        var connectionString = configuration.GetConnectionString("Raaqj");
        // Interceptors registered in DI (tests add a SQL command counter this way) join every context; they are singletons,
        // so contexts can be pooled: a request takes a ready context instead of building its options and services anew.
        static void Common(IServiceProvider sp, DbContextOptionsBuilder options) =>
            options.AddInterceptors(sp.GetServices<IInterceptor>());

        switch (provider)
        {
            case Sqlite:
                connectionString ??= DefaultSqliteConnection(environment);
                // A locked database answers within seconds (then 503), not after SQLite's default 30 s wait.
                var busyTimeout = configuration.GetValue("Database:SqliteBusyTimeoutSeconds", 5);
                services.AddDbContextPool<AppDbContext, SqliteAppDbContext>((sp, o) =>
                {
                    o.UseSqlite(connectionString, sqlite => sqlite.CommandTimeout(busyTimeout));
                    Common(sp, o);
                });
                break;
            case SqlServer:
                if (string.IsNullOrWhiteSpace(connectionString))
                    throw new InvalidOperationException("Database:Provider is SqlServer but ConnectionStrings:Raaqj is not set.");
                services.AddDbContextPool<AppDbContext, SqlServerAppDbContext>((sp, o) =>
                {
                    o.UseSqlServer(connectionString, sql => sql.EnableRetryOnFailure());
                    Common(sp, o);
                });
                break;
            default:
                throw new InvalidOperationException($"Database:Provider must be {Sqlite} or {SqlServer}, not '{provider}'.");
        }
        services.AddHealthChecks()
            .AddDbContextCheck<AppDbContext>("database", tags: ["ready"])
            .AddCheck<Health.DatabaseWritableCheck>("database writable", tags: ["ready"])
            .AddCheck<Health.SharedFileStoreCheck>("shared file store", tags: ["ready"]);
        services.AddScoped<DemoData>();
        services.AddScoped<Data.Seed.DemoProgram>();
        return services;
    }

    private static string DefaultSqliteConnection(IWebHostEnvironment environment)
    {
        var folder = Path.Combine(environment.ContentRootPath, "data");
        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, "raaqj.db")}";
    }

    // Migrates (always on SQLite, on SQL Server when Database:MigrateOnStartup) and seeds demo data in Development.
    // Outside Development a missing database is never created silently (Database:CreateIfMissing), since a
    // portal started on an empty database loses its writes when the real one comes back.
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<AppDbContext>();
        if (!app.Environment.IsDevelopment() && !app.Configuration.GetValue<bool>("Database:CreateIfMissing")
            && !await db.GetService<IRelationalDatabaseCreator>().ExistsAsync())
            throw new InvalidOperationException(
                $"The database ({Describe(db)}) does not exist. Check ConnectionStrings:Raaqj and that its file or server is reachable. " +
                "To start a new, empty portal on purpose, set Database:CreateIfMissing=true for one start.");
        // Two instances starting on one new database at once: the one that loses the race finds the work done on its second try.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                if (db.Database.IsSqlite() || app.Configuration.GetValue<bool>("Database:MigrateOnStartup"))
                    await db.Database.MigrateAsync();
                // One transaction: an instance seeding at the same moment waits, fails, and on its next try finds the work done.
                if (app.Environment.IsDevelopment() && app.Configuration.GetValue("Seed:DemoData", true))
                    await db.InTransactionAsync(async () =>
                    {
                        await services.GetRequiredService<DemoData>().SeedAsync();
                        return true;
                    });
                if (app.Environment.IsDevelopment() && app.Configuration.GetValue("Seed:DemoData", true))
                    app.Lifetime.ApplicationStarted.Register(() => SeedDemoNotifications(app));
                return;
            }
            catch (Exception ex) when (attempt < 6 && ex is DbException or DbUpdateException or InvalidOperationException)
            {
                app.Logger.LogWarning(ex, "Preparing the database failed (attempt {Attempt}); another instance may be doing the same. Trying again.", attempt);
                db.ChangeTracker.Clear();
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(200, 600) * attempt));
            }
        }
    }

    // Links are made from routes, which exist once the portal has started; the host's start waits for this.
    private static void SeedDemoNotifications(WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<DemoData>().SeedNotificationsAsync().GetAwaiter().GetResult();
    }

    private static string Describe(AppDbContext db) =>
        db.Database.IsSqlite() ? new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource : "SQL Server";
}
