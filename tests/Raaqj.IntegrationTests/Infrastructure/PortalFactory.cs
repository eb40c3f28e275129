using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Raaqj.IntegrationTests.Builders;

namespace Raaqj.IntegrationTests.Infrastructure;

// The portal on a real SQLite file of its own, with mail in a folder of its own and a clock the test controls.
// Environment "Testing": production behaviour (no developer pages, secure cookies), no demo data. Each test starts
// from a copy of a template database holding only the cast (Accounts), so tests never share state.
public class PortalFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    // A Tuesday afternoon in the program's zone, with the demo request open for weeks yet.
    public static readonly DateTimeOffset Start = new(2026, 11, 24, 15, 0, 0, TimeSpan.Zero);

    private readonly string folder = Path.Combine(Path.GetTempPath(), "raaqj-tests", Guid.NewGuid().ToString("N"));

    private readonly TestClock clock = new(Start);

    // The current test's clock; every test starts at Start.
    public FakeTimeProvider Clock => clock.Current;
    public SqlCommandCounter SqlCommands { get; } = new();
    public string MailFolder => Path.Combine(folder, "mail");
    public string DatabaseFile => Path.Combine(folder, "raaqj.db");
    public string FilesFolder => Path.Combine(folder, "files");
    private string TemplateFile => Path.Combine(folder, "template.db");

    public Given Given => new(this);

    public int StoredFileCount => Directory.Exists(FilesFolder) ? Directory.GetFiles(FilesFolder).Length : 0;

    protected virtual int AuthPermitsPerMinute => 10_000;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(folder);
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Raaqj", $"Data Source={DatabaseFile}");
        // Each test class starts a new portal on purpose.
        builder.UseSetting("Database:CreateIfMissing", "true");
        builder.UseSetting("Mail:PickupFolder", MailFolder);
        builder.UseSetting("Portal:PublicUrl", PublicUrl);
        // Tests deliver the outbox themselves (Mailbox) so that nothing is in flight when they read mail.
        builder.UseSetting("Mail:RunOutboxWorker", "false");
        // ...and run the scheduled jobs themselves, on the test's clock.
        builder.UseSetting("Scheduling:Run", "false");
        builder.UseSetting("Files:Root", FilesFolder);
        builder.UseSetting("RateLimiting:AuthPermitsPerMinute", AuthPermitsPerMinute.ToString());
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(clock);
            services.AddSingleton<IInterceptor>(SqlCommands);
            services.AddControllersWithViews().AddApplicationPart(typeof(PortalFactory).Assembly);
        });
    }

    public const string PublicUrl = "https://portal.test";

    // Sends what the outbox holds, as the background worker would.
    public Task<int> DeliverMailAsync() => Services.GetRequiredService<Raaqj.Web.Infrastructure.Mail.OutboxDispatcher>().DeliverDueAsync();

    // Runs the scheduled jobs that are due on the test's clock, as the background worker would; returns their names.
    public Task<IReadOnlyList<string>> RunScheduledJobsAsync() =>
        Services.GetRequiredService<Raaqj.Web.Infrastructure.Scheduling.ScheduledJobRunner>().RunDueAsync();

    public HttpClient NewClient() => CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        // Not localhost: HSTS is never sent to localhost.
        BaseAddress = new Uri(PublicUrl),
        HandleCookies = true,
    });

    // Starts the portal (which migrates the database), builds the cast, and keeps that database as every test's start.
    public virtual async Task InitializeAsync()
    {
        await BuildStartAsync();
        SqliteConnection.ClearAllPools();
        File.Copy(DatabaseFile, TemplateFile, overwrite: true);
    }

    protected virtual Task BuildStartAsync() => Accounts.BuildCastAsync(Given);

    // Puts back the template database, empties mail and files, and starts a new clock: a test sees nothing of the one before.
    public void Reset()
    {
        SqliteConnection.ClearAllPools();
        foreach (var journal in new[] { DatabaseFile + "-wal", DatabaseFile + "-shm", DatabaseFile + "-journal" })
            File.Delete(journal);
        File.Copy(TemplateFile, DatabaseFile, overwrite: true);
        foreach (var scratch in new[] { MailFolder, FilesFolder }.Where(Directory.Exists))
            Directory.Delete(scratch, recursive: true);
        Directory.CreateDirectory(MailFolder);
        Directory.CreateDirectory(FilesFolder);
        clock.Current = new FakeTimeProvider(Start);
        SqlCommands.Reset();
    }

    // The SQL commands one request of url sends, after a first request has warmed the caches.
    public async Task<int> SqlCommandsFor(HttpClient client, string url)
    {
        (await client.GetAsync(url)).EnsureSuccessStatusCode();
        SqlCommands.Reset();
        (await client.GetAsync(url)).EnsureSuccessStatusCode();
        return SqlCommands.Count;
    }

    // Reads the database directly, to check what a request did (or did not) change.
    public T Query<T>(Func<Raaqj.Web.Data.AppDbContext, T> read)
    {
        using var scope = Services.CreateScope();
        return read(scope.ServiceProvider.GetRequiredService<Raaqj.Web.Data.AppDbContext>());
    }

    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        using var scope = Services.CreateScope();
        return await work(scope.ServiceProvider);
    }

    Task IAsyncLifetime.DisposeAsync()
    {
        Dispose();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment; the temp folder is cleaned by the OS.
        }
        return Task.CompletedTask;
    }
}

// The app keeps one TimeProvider for its life; tests get a fresh fake clock each, behind this one.
internal sealed class TestClock(DateTimeOffset start) : TimeProvider
{
    public FakeTimeProvider Current { get; set; } = new(start);

    public override DateTimeOffset GetUtcNow() => Current.GetUtcNow();

    public override long GetTimestamp() => Current.GetTimestamp();

    public override long TimestampFrequency => Current.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => Current.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        Current.CreateTimer(callback, state, dueTime, period);
}
