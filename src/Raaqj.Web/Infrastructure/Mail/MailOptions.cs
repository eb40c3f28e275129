namespace Raaqj.Web.Infrastructure.Mail;

public sealed class MailOptions
{
    public const string Section = "Mail";

    public string FromAddress { get; set; } = "raaqj-portal@example.org";
    public string FromName { get; set; } = "RAAQJ portal";

    // When empty, mail is written to PickupFolder instead of sent.
    public string? SmtpHost { get; set; }
    public int SmtpPort { get; set; } = 587;
    public string? SmtpUser { get; set; }
    public string? SmtpPassword { get; set; }
    public bool SmtpUseStartTls { get; set; } = true;

    // Relative paths are under the content root.
    public string PickupFolder { get; set; } = "data/mail";

    // How often the outbox worker looks for due mail besides being woken by new mail (retries, other instances).
    public int OutboxPollSeconds { get; set; } = 5;

    // Off only where something else drives the outbox (tests deliver explicitly).
    public bool RunOutboxWorker { get; set; } = true;

    public bool UsesSmtp => !string.IsNullOrWhiteSpace(SmtpHost);
}
