using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Raaqj.Web.Data.Seed;

namespace Raaqj.IntegrationTests.Infrastructure;

/// <summary>
/// The portal on a real SQLite file of its own, with mail in a folder of its own and a clock the test controls.
/// Environment "Testing": production behaviour (no developer pages, secure cookies), demo data seeded explicitly.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    /// <summary>A Tuesday afternoon in the program's zone, with the demo request open for weeks yet.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 24, 15, 0, 0, TimeSpan.Zero);

    private readonly string folder = Path.Combine(Path.GetTempPath(), "raaqj-tests", Guid.NewGuid().ToString("N"));

    public FakeTimeProvider Clock { get; } = new(Start);
    public SqlCommandCounter SqlCommands { get; } = new();
    public string MailFolder => Path.Combine(folder, "mail");
    public string DatabaseFile => Path.Combine(folder, "raaqj.db");
    public string FilesFolder => Path.Combine(folder, "files");

    public int StoredFileCount => Directory.Exists(FilesFolder) ? Directory.GetFiles(FilesFolder).Length : 0;

    protected virtual int AuthPermitsPerMinute => 10_000;

    /// <summary>Most tests start proposals themselves, so the demo proposals are left out unless asked for.</summary>
    protected virtual bool SeedsDemoProposals => false;

    protected virtual bool SeedsDemoReviews => false;

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
        builder.UseSetting("Files:Root", FilesFolder);
        builder.UseSetting("RateLimiting:AuthPermitsPerMinute", AuthPermitsPerMinute.ToString());
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<IInterceptor>(SqlCommands);
            services.AddControllersWithViews().AddApplicationPart(typeof(PortalFactory).Assembly);
        });
    }

    public const string PublicUrl = "https://portal.test";

    /// <summary>Sends what the outbox holds, as the background worker would.</summary>
    public Task<int> DeliverMailAsync() => Services.GetRequiredService<Raaqj.Web.Infrastructure.Mail.OutboxDispatcher>().DeliverDueAsync();

    public HttpClient NewClient() => CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        // Not localhost: HSTS is never sent to localhost.
        BaseAddress = new Uri(PublicUrl),
        HandleCookies = true,
    });

    public virtual async Task InitializeAsync()
    {
        using var scope = Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<DemoData>().SeedAsync(SeedsDemoProposals, SeedsDemoReviews);
    }

    /// <summary>The SQL commands one request of <paramref name="url"/> sends, after a first request has warmed the caches.</summary>
    public async Task<int> SqlCommandsFor(HttpClient client, string url)
    {
        (await client.GetAsync(url)).EnsureSuccessStatusCode();
        SqlCommands.Reset();
        (await client.GetAsync(url)).EnsureSuccessStatusCode();
        return SqlCommands.Count;
    }

    /// <summary>Reads the database directly, to check what a request did (or did not) change.</summary>
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

/// <summary>The Development demo data with its proposals, but no reviews yet.</summary>
public sealed class FullDemoFactory : PortalFactory
{
    protected override bool SeedsDemoProposals => true;
}

/// <summary>Everything the Development seed holds, reviews included.</summary>
public sealed class CompleteDemoFactory : PortalFactory
{
    protected override bool SeedsDemoProposals => true;

    protected override bool SeedsDemoReviews => true;
}
