using System.Text.RegularExpressions;
using MimeKit;

namespace Raaqj.IntegrationTests.Infrastructure;

// Reads the mail the portal saved to its pickup folder, after delivering what its outbox holds.
public static partial class Mailbox
{
    public static IReadOnlyList<MimeMessage> To(this PortalFactory factory, string address)
    {
        // Off the test's synchronization context, so the wait cannot deadlock.
        Task.Run(factory.DeliverMailAsync).GetAwaiter().GetResult();
        return !Directory.Exists(factory.MailFolder) ? [] : Directory.GetFiles(factory.MailFolder, "*.eml").Order().Select(f => MimeMessage.Load(f))
            .Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase))).ToList();
    }

    // The first portal link in the newest message to address, as a path and query.
    public static string LinkInLatestMailTo(this PortalFactory factory, string address)
    {
        var message = factory.To(address).LastOrDefault() ?? throw new InvalidOperationException($"No mail to {address}");
        var match = LinkPattern().Match(message.TextBody ?? "");
        Assert.True(match.Success, $"No link in \"{message.Subject}\"");
        var uri = new Uri(match.Value);
        return uri.PathAndQuery;
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex LinkPattern();
}
