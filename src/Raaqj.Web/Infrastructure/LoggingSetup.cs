using System.Security.Claims;
using Serilog;
using Serilog.Formatting.Compact;

namespace Raaqj.Web.Infrastructure;

public static class LoggingSetup
{
    // Console in Development (readable) and elsewhere (compact JSON); a compact JSON file when Logging:FilePath is set.
    // Outside Development the console is written on a background thread: a request never waits on a slow console or pipe.
    // The file is written as each line comes (a short lock), so no line is lost however the process stops.
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
                logger.WriteTo.Async(sink => sink.Console(new CompactJsonFormatter()));
            if (!string.IsNullOrWhiteSpace(filePath))
                logger.WriteTo.File(new CompactJsonFormatter(), filePath, rollingInterval: RollingInterval.Day);
        }, preserveStaticLogger: true);
        builder.Services.AddSingleton<LogFlush>();
        return builder;
    }

    // One structured line per request; the path only, never the query string (it can carry tokens).
    public static IApplicationBuilder UsePortalRequestLogging(this IApplicationBuilder app)
    {
        var logger = app.ApplicationServices.GetRequiredService<Serilog.ILogger>();
        // The console's background writer hands over what it holds when the services are disposed, after the last request.
        app.ApplicationServices.GetRequiredService<LogFlush>();
        return app.UseSerilogRequestLogging(options =>
        {
            // This host's logger, not the static one (several hosts share a process in tests).
            options.Logger = logger;
            options.EnrichDiagnosticContext = (diagnostics, http) =>
            {
                diagnostics.Set("RequestId", http.TraceIdentifier);
                diagnostics.Set("UserId", http.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "anonymous");
            };
        });
    }
}

// Disposing the logger drains its asynchronous sinks; the container disposes this when the portal ends.
internal sealed class LogFlush(Serilog.ILogger logger) : IDisposable
{
    public void Dispose() => (logger as IDisposable)?.Dispose();
}
