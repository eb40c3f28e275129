using Microsoft.AspNetCore.Identity;
using Raaqj.Web.Domain.Accounts;

namespace Raaqj.Web.Infrastructure.Identity;

// OWASP ASVS 2.1.7: refuse breached and common passwords, and ones that are easy to guess. Uses zxcvbn-core
// (MIT licence; a port of Dropbox's zxcvbn), whose embedded frequency lists hold the 30,000 most common
// passwords of Mark Burnett's set of ten million leaked passwords, 30,000 English words, first names,
// surnames and TV and film words. A password on the password list is refused outright; any other must reach
// zxcvbn's score 3 ("safely unguessable") with the person's own name and email counted against it.
public sealed class CommonPasswordValidator : IPasswordValidator<AppUser>
{
    // zxcvbn's score: 3 resists an offline attack on a slow hash for a long time.
    public const int MinimumScore = 3;

    private static readonly Lazy<HashSet<string>> BreachedPasswords = new(Load);

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password) =>
        Task.FromResult(password is not null && IsTooWeak(password, user)
            ? IdentityResult.Failed(new IdentityError
            {
                Code = "CommonPassword",
                Description = "This password is too common or too easy to guess. Try a phrase of several unrelated words.",
            })
            : IdentityResult.Success);

    public static bool IsTooWeak(string password, AppUser? user = null)
    {
        var lowered = password.ToLowerInvariant();
        // This zxcvbn port finds repeats of one character only; "abababab..." is caught here.
        if (BreachedPasswords.Value.Contains(lowered) || lowered.Distinct().Count() <= 3)
            return true;
        var personal = new[] { user?.Email, user?.Email?.Split('@')[0], user?.DisplayName }.Concat(user?.DisplayName?.Split(' ') ?? [])
            .Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!.ToLowerInvariant()).ToList();
        return Zxcvbn.Zxcvbn.MatchPassword(password, personal).Score < MinimumScore;
    }

    public static int BreachedPasswordCount => BreachedPasswords.Value.Count;

    private static HashSet<string> Load()
    {
        using var stream = typeof(Zxcvbn.Zxcvbn).Assembly.GetManifestResourceStream("zxcvbn-core.Dictionaries.passwords.lst")
            ?? throw new InvalidOperationException("zxcvbn-core no longer carries its password list.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
            if (line.Length > 0)
                set.Add(line.ToLowerInvariant());
        return set;
    }
}
