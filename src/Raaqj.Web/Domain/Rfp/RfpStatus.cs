namespace Raaqj.Web.Domain.Rfp;

public enum RfpStatus
{
    Draft = 0,
    Published = 1,
    Closed = 2,
}

// What a reader of the request should understand about it right now (derived, never stored).
public enum RfpPhase
{
    Draft,
    Scheduled,
    Open,
    DeadlinePassed,
    Closed,
}

public static class RfpPhaseRule
{
    public static RfpPhase Of(RfpStatus status, DateTime opensAtUtc, DateTime closesAtUtc, DateTime nowUtc) => status switch
    {
        RfpStatus.Draft => RfpPhase.Draft,
        RfpStatus.Closed => RfpPhase.Closed,
        _ when nowUtc < opensAtUtc => RfpPhase.Scheduled,
        _ when nowUtc < closesAtUtc => RfpPhase.Open,
        _ => RfpPhase.DeadlinePassed,
    };

    public static string Label(RfpPhase phase) => phase switch
    {
        RfpPhase.Draft => "Draft",
        RfpPhase.Scheduled => "Published, opens soon",
        RfpPhase.Open => "Open for proposals",
        RfpPhase.DeadlinePassed => "Deadline passed",
        _ => "Closed",
    };

    public static string BadgeClass(RfpPhase phase) => phase switch
    {
        RfpPhase.Draft => "text-bg-secondary",
        RfpPhase.Scheduled => "text-bg-info",
        RfpPhase.Open => "text-bg-success",
        RfpPhase.DeadlinePassed => "text-bg-warning",
        _ => "text-bg-dark",
    };
}
