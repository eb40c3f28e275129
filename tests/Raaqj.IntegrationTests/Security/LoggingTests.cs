using Microsoft.AspNetCore.Hosting;
using Raaqj.IntegrationTests.Infrastructure;

namespace Raaqj.IntegrationTests.Security;

public sealed class FileLoggingFactory : PortalFactory
{
    public string LogFolder { get; } = Path.Combine(Path.GetTempPath(), "raaqj-logs", Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Logging:FilePath", Path.Combine(LogFolder, "portal-.json"));
        builder.UseSetting("Serilog:MinimumLevel:Default", "Information");
    }
}

public sealed class LoggingTests
{
    [Fact]
    public async Task Request_logs_are_structured_and_never_hold_passwords_or_tokens()
    {
        const string token = "SECRET-TOKEN-1234567890";
        const string password = "my very secret passphrase";
        var factory = new FileLoggingFactory();
        await factory.InitializeAsync();
        var client = factory.NewClient();

        await client.GetAsync($"/account/reset-password?email=a%40b.org&code={token}");
        await client.PostFormAsync("/account/login", "/account/login", ("Email", Accounts.Staff), ("Password", password));
        // A request's line is written after its response is sent; the next request lets the login's line land first.
        await client.GetAsync("/health");
        await ((IAsyncLifetime)factory).DisposeAsync();

        var log = string.Concat(Directory.GetFiles(factory.LogFolder, "portal-*.json").Select(File.ReadAllText));
        Assert.Contains("\"RequestPath\":\"/account/reset-password\"", log);
        Assert.Contains("\"RequestMethod\":\"POST\"", log);
        Assert.Contains("\"StatusCode\":", log);
        Assert.Contains("\"Elapsed\":", log);
        Assert.Contains("\"UserId\":", log);
        Assert.Contains("\"RequestId\":", log);
        Assert.DoesNotContain(token, log);
        Assert.DoesNotContain(password, log);
        Directory.Delete(factory.LogFolder, recursive: true);
    }
}
