using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Raaqj.Web.Infrastructure.Identity;

// Secrets the portal puts in links (invitations, calendar feeds): 256 random bits, URL-safe, and stored only as
// their SHA-256, so a copy of the database opens nothing.
public static class SecretTokens
{
    public static string New() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
