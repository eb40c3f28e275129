using Microsoft.Extensions.Options;
using MimeKit;

namespace Raaqj.Web.Infrastructure.Mail;

public sealed record SavedMail(string Id, DateTimeOffset Date, string To, string Subject, string TextBody);

/// <summary>The pickup folder: where mail goes when no SMTP server is configured, read back for the "sent mail" page.</summary>
public sealed class MailFolder(IOptions<MailOptions> options, IWebHostEnvironment environment)
{
    public string Path => System.IO.Path.GetFullPath(options.Value.PickupFolder, environment.ContentRootPath);

    private static long sequence;

    public string NewFilePath(DateTimeOffset now)
    {
        Directory.CreateDirectory(Path);
        // Sortable by name in sending order (the sequence breaks ties within a millisecond), unique across instances.
        var next = Interlocked.Increment(ref sequence);
        return System.IO.Path.Combine(Path, $"{now:yyyyMMddTHHmmssfff}-{next:D8}-{Guid.NewGuid():N}.eml");
    }

    public IReadOnlyList<string> NewestIds(int skip, int take) =>
        !Directory.Exists(Path) ? [] :
        Directory.EnumerateFiles(Path, "*.eml").Select(System.IO.Path.GetFileNameWithoutExtension)
            .OrderDescending().Skip(skip).Take(take).Select(id => id!).ToList();

    public int Count() => Directory.Exists(Path) ? Directory.EnumerateFiles(Path, "*.eml").Count() : 0;

    public SavedMail? Read(string id)
    {
        // Ids come from URLs: accept only the names this class generates.
        if (id.Length > 64 || !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-'))
            return null;
        var file = System.IO.Path.Combine(Path, id + ".eml");
        if (!File.Exists(file))
            return null;
        var message = MimeMessage.Load(file);
        return new SavedMail(id, message.Date, message.To.ToString(), message.Subject ?? "", message.TextBody ?? "");
    }
}
