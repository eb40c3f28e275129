using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Raaqj.Web.Infrastructure.Web;

// Budgets for the account forms (login, registration, forgotten and reset password, confirmation): a few posts
// a minute per client address and form, counted per endpoint so that /ACCOUNT/LOGIN and /account/login/ share
// one budget, and the same per account, so that many addresses cannot take turns at one account.
// Counters live in each instance's memory (docs/operations.md); lockout, kept in the database, holds across instances.
public static class AuthRateLimits
{
    public const string Policy = "auth";

    public static IServiceCollection AddAuthRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = configuration.GetValue("RateLimiting:AuthPermitsPerMinute", 10);
        services.AddSingleton(new AccountThrottle(permits));
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(Policy, context => RateLimitPartition.GetFixedWindowLimiter(
                $"{context.Connection.RemoteIpAddress}|{EndpointName(context)}", _ => Window(permits)));
        });
        return services;
    }

    // The route the request matched, whatever case or trailing slash its path was written with.
    private static string EndpointName(HttpContext context) =>
        context.GetEndpoint() is RouteEndpoint route ? route.RoutePattern.RawText ?? route.DisplayName ?? "" : context.Request.Path.Value?.ToUpperInvariant() ?? "";

    internal static FixedWindowRateLimiterOptions Window(int permits) =>
        new() { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 };
}

// Per-account budgets, keyed by form and normalized email address.
public sealed class AccountThrottle(int permitsPerMinute) : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter = PartitionedRateLimiter.Create<string, string>(
        key => RateLimitPartition.GetFixedWindowLimiter(key, _ => AuthRateLimits.Window(permitsPerMinute)));

    public bool TryAcquire(string form, string account)
    {
        using var lease = limiter.AttemptAcquire($"{form}|{account.Trim().ToUpperInvariant()}");
        return lease.IsAcquired;
    }

    public void Dispose() => limiter.Dispose();
}

// Limits an account form per account as well as per address: reads the bound email (a form's Email property
// or an email parameter) and answers 429 once the account's budget for this form is spent.
[AttributeUsage(AttributeTargets.Method)]
public sealed class ThrottlePerAccountAttribute : Attribute, IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        if (AccountOf(context.ActionArguments) is { Length: > 0 } account
            && !context.HttpContext.RequestServices.GetRequiredService<AccountThrottle>().TryAcquire(context.ActionDescriptor.DisplayName ?? "", account))
        {
            context.Result = new StatusCodeResult(StatusCodes.Status429TooManyRequests);
            return;
        }
        await next();
    }

    private static string? AccountOf(IDictionary<string, object?> arguments) =>
        arguments.Select(a => a.Key.Equals("email", StringComparison.OrdinalIgnoreCase) && a.Value is string s ? s
                : a.Value?.GetType().GetProperty("Email")?.GetValue(a.Value) as string)
            .FirstOrDefault(s => !string.IsNullOrWhiteSpace(s));
}
