using System.Net;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using BadHttpRequestException = Microsoft.AspNetCore.Http.BadHttpRequestException;

namespace Raaqj.Web.Infrastructure.Web;

// How requests reach the portal and what it tells about itself: HTTPS outside Development (or a clear page,
// never a 500), forwarded headers only from the proxies named in configuration, no Server header, secure
// cookies, downloads never cached, and unreadable request bodies answered 400 or 413.
public static class Transport
{
    // Outside Development every cookie is Secure unless Network:RequireHttps is turned off (a local trial without TLS).
    public static bool RequiresHttps(IConfiguration configuration, IWebHostEnvironment environment) =>
        !environment.IsDevelopment() && configuration.GetValue("Network:RequireHttps", true);

    public static CookieSecurePolicy CookiePolicy(IConfiguration configuration, IWebHostEnvironment environment) =>
        RequiresHttps(configuration, environment) ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;

    public static IServiceCollection AddTransport(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        services.Configure<KestrelServerOptions>(o => o.AddServerHeader = false);
        services.Configure<CookieTempDataProviderOptions>(o => o.Cookie.SecurePolicy = CookiePolicy(configuration, environment));
        services.Configure<MvcOptions>(o => o.Filters.Add(new NoStoreForDownloads()));
        if (configuration.GetValue<bool>("Network:TrustForwardedHeaders"))
            services.Configure<ForwardedHeadersOptions>(o =>
            {
                // Behind a TLS-terminating proxy: take the client address and scheme it reports, from the listed proxies only.
                o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
                foreach (var entry in KnownProxies(configuration))
                    if (entry.Contains('/'))
                        o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(entry));
                    else
                        o.KnownProxies.Add(IPAddress.Parse(entry));
            });
        return services;
    }

    // Network:KnownProxies: addresses or CIDR networks, separated by commas or semicolons. Loopback is always trusted.
    public static IReadOnlyList<string> KnownProxies(IConfiguration configuration) =>
        (configuration["Network:KnownProxies"] ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    // First in the pipeline, so everything after sees the client's address and scheme.
    public static WebApplication UseProxyHeaders(this WebApplication app)
    {
        if (app.Configuration.GetValue<bool>("Network:TrustForwardedHeaders"))
            app.UseForwardedHeaders();
        return app;
    }

    // After the status-code pages, so a 4xx answered here is shown as the friendly error page.
    public static WebApplication UseTransportGuards(this WebApplication app)
    {
        if (RequiresHttps(app.Configuration, app.Environment))
        {
            app.UseHttpsRedirection();
            app.Use(async (context, next) =>
            {
                // No HTTPS port to redirect to (or a proxy that does not say it terminated TLS): explain, never fail later on a secure cookie.
                if (!context.Request.IsHttps && !context.Request.Path.StartsWithSegments(Health.HealthRoutes.Live))
                {
                    context.Response.StatusCode = StatusCodes.Status421MisdirectedRequest;
                    context.Response.ContentType = "text/plain; charset=utf-8";
                    await context.Response.WriteAsync("The RAAQJ portal answers only over HTTPS. Open it with https://, or ask its administrator to set up TLS (see docs/operations.md).");
                    return;
                }
                await next();
            });
        }
        app.Use(async (context, next) =>
        {
            // Read a posted form before anything else does, so an unreadable body is the client's mistake (4xx), not a 500 deep in MVC.
            if (context.Request.HasFormContentType && !HttpMethods.IsGet(context.Request.Method)
                && context.Features.Get<IStatusCodeReExecuteFeature>() is null)
                try
                {
                    await context.Request.ReadFormAsync(context.RequestAborted);
                }
                catch (Exception ex) when (ex is InvalidDataException or IOException or BadHttpRequestException)
                {
                    context.Response.StatusCode = ex is BadHttpRequestException bad ? bad.StatusCode
                        : ex.Message.Contains("length limit", StringComparison.OrdinalIgnoreCase) ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest;
                    return;
                }
            await next();
        });
        return app;
    }

    // Files and exports hold private data: no browser or proxy keeps a copy.
    private sealed class NoStoreForDownloads : IResultFilter
    {
        public void OnResultExecuting(ResultExecutingContext context)
        {
            if (context.Result is FileResult or Files.StoredFileResult)
                context.HttpContext.Response.Headers.CacheControl = "no-store";
        }

        public void OnResultExecuted(ResultExecutedContext context)
        {
        }
    }
}
