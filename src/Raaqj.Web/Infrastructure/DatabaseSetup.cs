using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Raaqj.Web.Data;
using Raaqj.Web.Data.Seed;

namespace Raaqj.Web.Infrastructure;

public static class DatabaseSetup
{
    public const string Sqlite = "Sqlite";
    public const string SqlServer = "SqlServer";

    public static IServiceCollection AddPortalDatabase(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        var provider = configuration["Database:Provider"] ?? Sqlite;
        var connectionString = configuration.GetConnectionString("Raaqj");
        // Interceptors registered in DI (tests add a SQL command counter this way) join every context.
        void Common(IServiceProvider sp, DbContextOptionsBuilder options) =>
            options.AddInterceptors(sp.GetServices<IInterceptor>());

        switch (provider)
        {
            case Sqlite:
                connectionString ??= DefaultSqliteConnection(environment);
                services.AddDbContext<AppDbContext, SqliteAppDbContext>((sp, o) =>
                {
                    o.UseSqlite(connectionString);
                    Common(sp, o);
                });
                break;
            case SqlServer:
                if (string.IsNullOrWhiteSpace(connectionString))
                    throw new InvalidOperationException("Database:Provider is SqlServer but ConnectionStrings:Raaqj is not set.");
                services.AddDbContext<AppDbContext, SqlServerAppDbContext>((sp, o) =>
                {
                    o.UseSqlServer(connectionString, sql => sql.EnableRetryOnFailure());
                    Common(sp, o);
                });
                break;
            default:
                throw new InvalidOperationException($"Database:Provider must be {Sqlite} or {SqlServer}, not '{provider}'.");
        }
        services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database", tags: ["ready"]);
        services.AddScoped<DemoData>();
        return services;
    }

    private static string DefaultSqliteConnection(IWebHostEnvironment environment)
    {
        var folder = Path.Combine(environment.ContentRootPath, "data");
        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, "raaqj.db")}";
    }

    /// <summary>Migrates (always on SQLite, on SQL Server when Database:MigrateOnStartup) and seeds demo data in Development.</summary>
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<AppDbContext>();
        if (db.Database.IsSqlite() || app.Configuration.GetValue<bool>("Database:MigrateOnStartup"))
            await db.Database.MigrateAsync();
        if (app.Environment.IsDevelopment() && app.Configuration.GetValue("Seed:DemoData", true))
            await services.GetRequiredService<DemoData>().SeedAsync();
    }
}
