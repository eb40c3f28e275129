namespace Raaqj.Web.Infrastructure.Scheduling;

public static class LeaseOwner
{
    // Names this process in a lease, so a stuck lease can be traced to its instance.
    public static string NewName()
    {
        var host = Environment.MachineName.Length > 20 ? Environment.MachineName[..20] : Environment.MachineName;
        return $"{host}:{Environment.ProcessId}:{Guid.NewGuid():N}";
    }
}
