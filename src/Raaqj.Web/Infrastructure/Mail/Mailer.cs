using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Raaqj.Web.Infrastructure.Mail;

// How a message leaves once the outbox worker takes it: SMTP when configured, otherwise a pickup folder.
public interface IMailer
{
    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default);
}

public sealed class SmtpMailer(IOptions<MailOptions> options, ILogger<SmtpMailer> logger) : IMailer
{
    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        using var client = new SmtpClient();
        await client.ConnectAsync(settings.SmtpHost!, settings.SmtpPort,
            settings.SmtpUseStartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.Auto, cancellationToken);
        if (!string.IsNullOrEmpty(settings.SmtpUser))
            await client.AuthenticateAsync(settings.SmtpUser, settings.SmtpPassword ?? "", cancellationToken);
        await client.SendAsync(MimeMail.Build(settings, mail), cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
        logger.LogInformation("Sent mail {Subject} to {Recipient}", mail.Subject, mail.To);
    }
}

public sealed class PickupFolderMailer(MailFolder folder, IOptions<MailOptions> options, TimeProvider time, ILogger<PickupFolderMailer> logger) : IMailer
{
    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default)
    {
        var message = MimeMail.Build(options.Value, mail);
        message.Date = time.GetUtcNow();
        var path = folder.NewFilePath(time.GetUtcNow());
        await message.WriteToAsync(path, cancellationToken);
        logger.LogInformation("Saved mail {Subject} to {Recipient} in the pickup folder", mail.Subject, mail.To);
    }
}

internal static class MimeMail
{
    public static MimeMessage Build(MailOptions settings, OutgoingMail mail)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(settings.FromName, settings.FromAddress));
        message.To.Add(MailboxAddress.Parse(mail.To));
        message.Subject = mail.Subject;
        message.Body = new TextPart("plain") { Text = mail.TextBody };
        return message;
    }
}
