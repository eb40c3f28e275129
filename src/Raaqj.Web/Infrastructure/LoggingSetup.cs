using System.Security.Claims;
using Serilog;
using Serilog.Formatting.Compact;

namespace Raaqj.Web.Infrastructure;

public static class LoggingSetup
{
    // Console in Development (readable) and elsewhere (compact JSON); a compact JSON file when Logging:FilePath is set.
    public static WebApplicationBuilder AddPortalLogging(this WebApplicationBuilder builder)
    {
        var isDevelopment = builder.Environment.IsDevelopment();
        var filePath = builder.Configuration["Logging:FilePath"];
        builder.Services.AddSerilog((services, logger) =>
        {
            logger.ReadFrom.Configuration(builder.Configuration)
                .Enrich.FromLogContext()
                .MinimumLevel.Override("Microsoft.AspNetCore", Serilog.Events.LogEventLevel.Warning)
                .MinimumLevel.Override("Microsoft.EntityFrameworkCore", Serilog.Events.LogEventLevel.Warning);
            if (isDevelopment)
                logger.WriteTo.Console();
            else
                logger.WriteTo.Console(new CompactJsonFormatter());
            if (!string.IsNullOrWhiteSpace(filePath))
                logger.WriteTo.File(new CompactJsonFormatter(), filePath, rollingInterval: RollingInterval.Day);
        }, preserveStaticLogger: true);
        return builder;
    }

    // One structured line per request; the path only, never the query string (it can carry tokens).
    public static IApplicationBuilder UsePortalRequestLogging(this IApplicationBuilder app) =>
        app.UseSerilogRequestLogging(options =>
        {
            // This host's logger, not the static one (several hosts share a process in tests).
            options.Logger = app.ApplicationServices.GetRequiredService<Serilog.ILogger>();
            options.EnrichDiagnosticContext = (diagnostics, http) =>
            {
                diagnostics.Set("RequestId", http.TraceIdentifier);
                diagnostics.Set("UserId", http.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "anonymous");
            };
        });
}
