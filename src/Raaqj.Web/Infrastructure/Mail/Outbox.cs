using Raaqj.Web.Data;
using Raaqj.Web.Domain.Mail;

namespace Raaqj.Web.Infrastructure.Mail;

public sealed record OutgoingMail(string To, string Subject, string TextBody);

// The one way a use case sends email: the message joins the unit of work and is saved with the change it
// announces, or not at all. OutboxDispatcher sends it after the commit.
public sealed class Outbox(AppDbContext db, TimeProvider time)
{
    public void Enqueue(OutgoingMail mail)
    {
        // Addresses are validated with the form; one that is not deliverable here is a programming error.
        if (!EmailAddress.IsValid(mail.To))
            throw new ArgumentException($"'{mail.To}' is not an email address the portal can send to.", nameof(mail));
        var now = time.GetUtcNow().UtcDateTime;
        db.OutboxMessages.Add(new OutboxMessage
        {
            To = mail.To.Trim(),
            Subject = Truncate(mail.Subject, OutboxMessage.SubjectMaxLength),
            Body = Truncate(mail.TextBody, OutboxMessage.BodyMaxLength),
            Status = OutboxStatus.Queued,
            QueuedAtUtc = now,
            NextAttemptAtUtc = now,
        });
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];
}
