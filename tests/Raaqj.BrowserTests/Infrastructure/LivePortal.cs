using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Raaqj.BrowserTests.Infrastructure;

// The portal on real Kestrel (a browser needs a socket), in Development with its demo data, on a SQLite
// file and a mail folder of its own.
public sealed class LivePortal : WebApplicationFactory<Program>
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "raaqj-browser", Guid.NewGuid().ToString("N"));

    public string MailFolder => Path.Combine(folder, "mail");

    public string BaseUrl { get; private set; } = "";

    private readonly int port = FreePort();

    public LivePortal()
    {
        // A known port, so the public address links in mail are built on is this server's.
        UseKestrel(options => options.Listen(IPAddress.Loopback, port));
        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(folder);
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Raaqj", $"Data Source={Path.Combine(folder, "raaqj.db")}");
        builder.UseSetting("Mail:PickupFolder", MailFolder);
        builder.UseSetting("Portal:PublicUrl", $"http://127.0.0.1:{port}");
        // The journeys deliver the outbox themselves before reading mail, so nothing is in flight when they look.
        builder.UseSetting("Mail:RunOutboxWorker", "false");
        builder.UseSetting("Scheduling:Run", "false");
        builder.UseSetting("Files:Root", Path.Combine(folder, "files"));
        builder.UseSetting("RateLimiting:AuthPermitsPerMinute", "1000");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
    }

    public string LatestSubjectTo(string address) => Mails(address).Last().Subject ?? "";

    public int MailCountTo(string address) => Mails(address).Count();

    private IEnumerable<MimeKit.MimeMessage> Mails(string address)
    {
        Task.Run(() => Services.GetRequiredService<Raaqj.Web.Infrastructure.Mail.OutboxDispatcher>().DeliverDueAsync()).GetAwaiter().GetResult();
        // No folder yet: nothing has been sent.
        return !Directory.Exists(MailFolder) ? [] : Directory.GetFiles(MailFolder, "*.eml").Order().Select(f => MimeKit.MimeMessage.Load(f))
            .Where(m => m.To.Mailboxes.Any(b => b.Address == address));
    }

    // The first link in the newest mail to address.
    public string LinkInLatestMailTo(string address)
    {
        var message = Mails(address).Last();
        return System.Text.RegularExpressions.Regex.Match(message.TextBody ?? "", @"https?://\S+").Value;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may hold the file a moment longer; the temp folder is the OS's to clean.
        }
    }
}
