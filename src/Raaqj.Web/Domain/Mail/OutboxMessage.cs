namespace Raaqj.Web.Domain.Mail;

public enum OutboxStatus
{
    Queued = 0,
    Sent = 1,
    Failed = 2,
}

// An email waiting to leave, saved in the same transaction as the change it announces. A background worker
// claims it with a lease, sends it and records the result (docs/decisions/ADR-007-mail-outbox.md).
public class OutboxMessage
{
    public const int AddressMaxLength = 254;
    public const int SubjectMaxLength = 300;
    public const int BodyMaxLength = 20_000;
    public const int ErrorMaxLength = 1_000;
    public const int LeaseOwnerMaxLength = 64;

    // A message that has failed this often is given up on and shown to admins as failed.
    public const int MaxAttempts = 6;

    public long Id { get; set; }
    public string To { get; set; } = "";
    public string Subject { get; set; } = "";
    public string Body { get; set; } = "";
    public OutboxStatus Status { get; set; }
    public DateTime QueuedAtUtc { get; set; }
    public DateTime NextAttemptAtUtc { get; set; }
    public int Attempts { get; set; }
    public string? LeaseOwner { get; set; }
    public DateTime? LeaseUntilUtc { get; set; }
    public DateTime? SentAtUtc { get; set; }
    public string? LastError { get; set; }

    // Waits of 1, 2, 4, 8 and 16 minutes between attempts: a mail server that is down for a while is waited out.
    public static TimeSpan Backoff(int attemptsSoFar) => TimeSpan.FromMinutes(Math.Pow(2, Math.Max(0, attemptsSoFar - 1)));

    // The result of a failed attempt: tried again later, or given up after MaxAttempts.
    public static (OutboxStatus Status, DateTime NextAttemptAtUtc) AfterFailure(int attemptsIncludingThis, DateTime nowUtc) =>
        attemptsIncludingThis >= MaxAttempts
            ? (OutboxStatus.Failed, nowUtc)
            : (OutboxStatus.Queued, nowUtc + Backoff(attemptsIncludingThis));
}
