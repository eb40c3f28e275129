using Microsoft.Extensions.Options;

namespace Raaqj.Web.Infrastructure.Mail;

// The pickup folder: where mail goes when no SMTP server is configured (admins read it from the outbox).
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
}
