namespace Raaqj.Web.Infrastructure.Health;

// Probes call these paths; the transport guard lets them through over plain HTTP, so both read them from here.
public static class HealthRoutes
{
    public const string Live = "/health";
    public const string Ready = Live + "/ready";
}
