using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Raaqj.IntegrationTests.Infrastructure;

namespace Raaqj.IntegrationTests.Security;

// A portal whose operator allowed every host: links in mail must still use the public address.
public sealed class AnyHostFactory : PortalFactory
{
    public const string ConfiguredUrl = "https://raaqj.example.org";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Portal:PublicUrl", ConfiguredUrl);
        builder.UseSetting("AllowedHosts", "*");
    }
}

public sealed class PublicAddressTests(AnyHostFactory factory) : PortalTest<AnyHostFactory>(factory)
{
    [Fact]
    public async Task Links_in_mail_come_from_the_configured_public_address_never_from_the_Host_header()
    {
        var attacker = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://attacker.example") });

        await attacker.PostFormAsync("/account/forgot-password", "/account/forgot-password", ("Email", Accounts.Reviewer));

        var body = factory.To(Accounts.Reviewer).Last().TextBody;
        Assert.Contains(AnyHostFactory.ConfiguredUrl + "/account/reset-password", body);
        Assert.DoesNotContain("attacker.example", body);
    }
}

public sealed class AllowedHostsTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    [Fact]
    public async Task Outside_Development_a_request_for_another_host_is_refused()
    {
        var attacker = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://attacker.example") });

        Assert.Equal(HttpStatusCode.BadRequest, (await attacker.GetAsync("/account/forgot-password")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await factory.NewClient().GetAsync("/account/forgot-password")).StatusCode);
    }

    [Fact]
    public void The_shipped_production_settings_do_not_allow_every_host()
    {
        var settings = File.ReadAllText(Path.Combine(SolutionFolder(), "src", "Raaqj.Web", "appsettings.json"));

        Assert.DoesNotContain("\"AllowedHosts\": \"*\"", settings);
    }

    [Fact]
    public async Task Outside_Development_the_portal_refuses_to_start_without_a_public_address()
    {
        var unconfigured = new UnconfiguredFactory();
        try
        {
            var error = Assert.ThrowsAny<Exception>(() => unconfigured.Services);
            Assert.Contains("Portal:PublicUrl", error.ToString());
        }
        finally
        {
            await ((IAsyncLifetime)unconfigured).DisposeAsync();
        }
    }

    private sealed class UnconfiguredFactory : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Portal:PublicUrl", "");
        }
    }

    private static string SolutionFolder()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "RAAQJ.sln")))
            folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException("RAAQJ.sln not found above the test folder");
    }
}
