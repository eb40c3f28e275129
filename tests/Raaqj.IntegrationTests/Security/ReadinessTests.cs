using System.Net;
using Microsoft.AspNetCore.Hosting;
using Raaqj.IntegrationTests.Infrastructure;

namespace Raaqj.IntegrationTests.Security;

// A portal whose database cannot be opened is alive but not ready.
public sealed class UnreachableDatabaseFactory : PortalFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Database:Provider", "SqlServer");
        builder.UseSetting("ConnectionStrings:Raaqj", "Server=127.0.0.1,1;Database=raaqj;User Id=sa;Password=x;Connect Timeout=1;TrustServerCertificate=true");
    }

    public override Task InitializeAsync() => Task.CompletedTask;
}

public sealed class ReadinessTests(UnreachableDatabaseFactory factory) : IClassFixture<UnreachableDatabaseFactory>
{
    [Fact]
    public async Task Readiness_answers_503_when_the_database_is_unreachable_while_liveness_stays_healthy()
    {
        var client = factory.NewClient();
        using (var scope = factory.Services.CreateScope())
            Assert.IsType<Raaqj.Web.Data.SqlServerAppDbContext>(scope.ServiceProvider.GetRequiredService<Raaqj.Web.Data.AppDbContext>());

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.StartsWith("Unhealthy", await ready.Content.ReadAsStringAsync());
    }
}
