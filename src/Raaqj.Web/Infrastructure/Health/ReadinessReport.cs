using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Raaqj.Web.Infrastructure.Health;

// /health/ready as plain text: the overall status first (what load balancers read), then each check and why.
public static class ReadinessReport
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "text/plain; charset=utf-8";
        var lines = report.Entries.Select(e => $"{e.Key}: {e.Value.Status}{(string.IsNullOrEmpty(e.Value.Description) ? "" : " - " + e.Value.Description)}");
        return context.Response.WriteAsync(string.Join('\n', lines.Prepend(report.Status.ToString())) + "\n");
    }
}
