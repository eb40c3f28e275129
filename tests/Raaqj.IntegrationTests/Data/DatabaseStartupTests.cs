using Microsoft.AspNetCore.Hosting;
using Raaqj.IntegrationTests.Infrastructure;

namespace Raaqj.IntegrationTests.Data;

public sealed class DatabaseStartupTests
{
    // A production-like portal told nothing about creating its database.
    private sealed class NoCreationFactory : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Database:CreateIfMissing", "false");
        }
    }

    [Fact]
    public async Task Outside_Development_a_missing_database_stops_the_start_with_a_clear_message_and_creates_nothing()
    {
        var portal = new NoCreationFactory();
        try
        {
            var error = Assert.ThrowsAny<Exception>(() => portal.Services);

            Assert.Contains("does not exist", error.ToString());
            Assert.Contains("Database:CreateIfMissing", error.ToString());
            Assert.False(File.Exists(portal.DatabaseFile));
        }
        finally
        {
            await ((IAsyncLifetime)portal).DisposeAsync();
        }
    }

    [Fact]
    public async Task Two_instances_migrating_and_seeding_one_new_Development_database_at_once_both_start()
    {
        var databaseFile = Path.Combine(Path.GetTempPath(), "raaqj-tests", $"shared-{Guid.NewGuid():N}.db");
        var first = new DevelopmentFactory(databaseFile);
        var second = new DevelopmentFactory(databaseFile);
        try
        {
            await Task.WhenAll(Task.Run(() => first.Services), Task.Run(() => second.Services));

            Assert.Equal(System.Net.HttpStatusCode.OK, (await first.NewClient().GetAsync("/health/ready")).StatusCode);
            Assert.Equal(System.Net.HttpStatusCode.OK, (await second.NewClient().GetAsync("/health/ready")).StatusCode);
            Assert.Equal(Raaqj.Web.Data.Seed.DemoData.Accounts.Count, first.Query(db => db.Users.Count()));
        }
        finally
        {
            await ((IAsyncLifetime)second).DisposeAsync();
            await ((IAsyncLifetime)first).DisposeAsync();
        }
    }

    // Development, where start-up seeds the demo data, on a database file and a file store shared with another instance.
    private sealed class DevelopmentFactory(string databaseFile) : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Development");
            builder.UseSetting("ConnectionStrings:Raaqj", $"Data Source={databaseFile}");
            builder.UseSetting("Files:Root", databaseFile + ".files");
        }
    }
}
