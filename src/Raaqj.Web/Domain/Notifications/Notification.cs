namespace Raaqj.Web.Domain.Notifications;

// Whether a notification still has to go out by email, and how.
public enum EmailStatus
{
    // The person turned this kind of email off: the portal's list alone shows it.
    NotWanted = 0,
    // Waiting for its digest.
    Waiting = 1,
    // In the outbox, alone or in a digest.
    Queued = 2,
}

// A message to one person: always in their notification list, and by email as their preferences say.
public class Notification
{
    public const int TitleMaxLength = 200;
    public const int BodyMaxLength = 2_000;
    public const int LinkMaxLength = 500;
    public const int KeyMaxLength = 200;

    public long Id { get; set; }
    public string UserId { get; set; } = "";
    public NotificationTopic Topic { get; set; }
    public string Title { get; set; } = "";
    public string Body { get; set; } = "";

    // A path inside the portal, made from its routes.
    public string Link { get; set; } = "";

    // Names what the notification is about ("deadline-7d:42") so that it is given once only; null when any number may come.
    public string? Key { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? ReadAtUtc { get; set; }
    public EmailStatus Email { get; set; }
    public DateTime? EmailedAtUtc { get; set; }
}

// One person's choice for one kind of email; without a row, the topic's default holds (email on).
public class EmailPreference
{
    public string UserId { get; set; } = "";
    public NotificationTopic Topic { get; set; }
    public bool Email { get; set; }
}
