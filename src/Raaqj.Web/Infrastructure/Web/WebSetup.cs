using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.AuthenticatedEncryption;
using Microsoft.AspNetCore.DataProtection.AuthenticatedEncryption.ConfigurationModel;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Authorization;
using Microsoft.AspNetCore.Mvc.Razor;
using Raaqj.Web.Data;
using Raaqj.Web.Features.Home;
using Raaqj.Web.Infrastructure.Auditing;
using Raaqj.Web.Infrastructure.Health;

namespace Raaqj.Web.Infrastructure.Web;

public static class WebSetup
{
    public static IServiceCollection AddPortalWeb(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        services.AddControllersWithViews(options =>
        {
            options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
            // Validation messages come from the validators beside each form, never from MVC's implicit rules.
            options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
            options.ModelMetadataDetailsProviders.Add(new KeepEmptyStrings());
            // What a person typed that is not a number or a date is named in their words, never with a property name.
            var messages = options.ModelBindingMessageProvider;
            messages.SetAttemptedValueIsInvalidAccessor((value, _) => $"“{value}” is not a number or date the portal can read. Type it again, like 250,000.");
            messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"“{value}” is not a number or date the portal can read.");
            messages.SetValueMustBeANumberAccessor(_ => "Enter a number.");
            messages.SetUnknownValueIsInvalidAccessor(_ => "This value is not valid here.");
            messages.SetValueIsInvalidAccessor(value => $"“{value}” is not valid here.");
            // Everything needs a signed-in user unless the action says [AllowAnonymous].
            options.Filters.Add(new AuthorizeFilter(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build()));
        });
        services.Configure<RazorViewEngineOptions>(o => o.ViewLocationExpanders.Add(new FeatureViewLocationExpander()));
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "raaqj.antiforgery";
            o.Cookie.SecurePolicy = Transport.CookiePolicy(configuration, environment);
        });
        // AES-GCM authenticates as it encrypts: one pass instead of AES-CBC then HMAC over every cookie and antiforgery token.
        // Keys made before keep the algorithm they were made with.
        services.AddDataProtection().SetApplicationName("raaqj-portal").PersistKeysToDbContext<AppDbContext>()
            .UseCryptographicAlgorithms(new AuthenticatedEncryptorConfiguration { EncryptionAlgorithm = EncryptionAlgorithm.AES_256_GCM });
        services.AddHttpContextAccessor();
        services.AddSingleton(TimeProvider.System);
        services.Configure<ProgramOptions>(configuration.GetSection(ProgramOptions.Section));
        services.AddScoped<ProgramClock>();
        services.AddScoped<Features.Rfp.CurrentRound>();
        services.AddScoped<Features.Timeline.CurrentProgram>();
        services.AddScoped<Features.Timeline.MilestoneReader>();
        services.AddScoped<Features.Timeline.EvidenceFiles>();
        services.AddScoped<Features.Timeline.RegionPages>();
        services.AddScoped<Features.Assistance.TaAccess>();
        services.AddScoped<Features.Assistance.TaClocks>();
        services.AddScoped<Features.Community.CommunityAccess>();
        services.AddScoped<Features.Ecosystem.EcosystemFigures>();
        services.AddScoped<Features.ActionPlans.PlanPages>();
        services.AddScoped<Features.Funding.MoneyRecords>();
        services.AddScoped<Features.Reports.ReportingPages>();
        services.AddScoped<Features.Impact.ProgramFigures>();
        services.AddScoped<Features.Timeline.CalendarWriter>();
        services.AddScoped<CurrentUser>();
        services.AddScoped<AuditLog>();
        services.AddPortalAddress(configuration, environment);
        services.AddScoped<Features.Organizations.Membership>();
        services.AddScoped<Features.Intake.IntakeOverlaps>();
        services.AddScoped<Authorization.RecordAccess>();
        services.AddScoped<Authorization.RegionAccess>();
        services.AddSingleton<Geography.CountyCatalog>();
        services.AddSingleton<Geography.UsAtlas>();
        services.Configure<Files.FileStoreOptions>(configuration.GetSection(Files.FileStoreOptions.Section));
        services.AddSingleton<Files.IFileStore, Files.LocalFileStore>();
        services.AddSingleton<Files.DocumentStore>();
        services.AddValidatorsFromAssemblyContaining<Program>();
        services.AddFeatureHandlers();
        services.AddAuthRateLimits(configuration);
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        services.AddTransport(configuration, environment);
        return services;
    }

    // The public address links in email are built on (required outside Development), and the hosts the portal
    // answers to: the public address's host unless AllowedHosts names others.
    private static void AddPortalAddress(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        var publicUrl = configuration[$"{PortalOptions.Section}:{nameof(PortalOptions.PublicUrl)}"];
        if (string.IsNullOrWhiteSpace(publicUrl) && environment.IsDevelopment())
            publicUrl = PortalOptions.DevelopmentUrl;
        if (PortalOptions.Problem(publicUrl) is { } problem)
            throw new InvalidOperationException(problem);
        services.Configure<PortalOptions>(o => o.PublicUrl = publicUrl);
        services.AddSingleton<PortalLinks>();
        services.AddSingleton<FixedPaths>();
        if (string.IsNullOrWhiteSpace(configuration["AllowedHosts"]))
            services.PostConfigure<Microsoft.AspNetCore.HostFiltering.HostFilteringOptions>(o => o.AllowedHosts = [new Uri(publicUrl!).Host]);
    }

    // Handlers are plain classes named *Handler in Features/, one per use case.
    private static void AddFeatureHandlers(this IServiceCollection services)
    {
        var handlers = typeof(Program).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.Name.EndsWith("Handler", StringComparison.Ordinal)
                && t.Namespace?.StartsWith("Raaqj.Web.Features", StringComparison.Ordinal) == true);
        foreach (var handler in handlers)
            services.AddScoped(handler);
    }

    public static WebApplication UsePortalPipeline(this WebApplication app)
    {
        app.UseProxyHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandlingPath = HomeController.ErrorRoute,
                // A request the server cannot read (too large, malformed) is the client's mistake; a locked database is
                // "try again"; a save that lost a race to an identical one is a conflict.
                StatusCodeSelector = ex => ex is BadHttpRequestException bad ? bad.StatusCode
                    : DatabaseBusy.Is(ex) ? StatusCodes.Status503ServiceUnavailable
                    : DatabaseConflict.Is(ex) ? StatusCodes.Status409Conflict : StatusCodes.Status500InternalServerError,
            });
            app.UseHsts();
        }
        app.UseSecurityHeaders();
        app.UseStatusCodePagesWithReExecute(HomeController.ErrorRoute + "/{0}");
        app.UsePortalRequestLogging();
        app.UseTransportGuards();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapHealthChecks(HealthRoutes.Live, new() { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks(HealthRoutes.Ready, new() { Predicate = check => check.Tags.Contains("ready"), ResponseWriter = Health.ReadinessReport.WriteAsync }).AllowAnonymous();
        app.MapControllers();
        return app;
    }
}
