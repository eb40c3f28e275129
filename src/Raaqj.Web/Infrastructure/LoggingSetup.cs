using System.Security.Claims;
using Serilog;
using Serilog.Formatting.Compact;

namespace Raaqj.Web.Infrastructure;

public static class LoggingSetup
{
    // Console in Development (readable) and elsewhere (compact JSON); a compact JSON file when Logging:FilePath is set.
    // Outside Development both are written on a background thread: a request never waits on a console or disk write,
    // nor on the lock every request would otherwise take to write its line.
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
                logger.WriteTo.Async(sink => sink.File(new CompactJsonFormatter(), filePath, rollingInterval: RollingInterval.Day, buffered: true,
                    flushToDiskInterval: TimeSpan.FromSeconds(1)));
        }, preserveStaticLogger: true);
        return builder;
    }

    // One structured line per request; the path only, never the query string (it can carry tokens).
    public static IApplicationBuilder UsePortalRequestLogging(this IApplicationBuilder app)
    {
        // The asynchronous sinks keep what they have not written yet: hand it to the console and file before the process ends.
        var logger = app.ApplicationServices.GetRequiredService<Serilog.ILogger>();
        app.ApplicationServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopped.Register(() => (logger as IDisposable)?.Dispose());
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
