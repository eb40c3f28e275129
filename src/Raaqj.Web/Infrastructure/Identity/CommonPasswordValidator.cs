using Microsoft.AspNetCore.Identity;
using Raaqj.Web.Domain.Accounts;

namespace Raaqj.Web.Infrastructure.Identity;

/// <summary>
/// OWASP ASVS 2.1.7: refuse passwords found in lists of common passwords. The list (passwords of 12 or more
/// characters from the Firefox Accounts common-password list, MPL-2.0) ships as an embedded resource.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<AppUser>
{
    private static readonly Lazy<HashSet<string>> Common = new(Load);

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password) =>
        Task.FromResult(password is not null && IsCommon(password, user)
            ? IdentityResult.Failed(new IdentityError
            {
                Code = "CommonPassword",
                Description = "This password is too common or too easy to guess. Try a phrase of several unrelated words.",
            })
            : IdentityResult.Success);

    public static bool IsCommon(string password, AppUser? user = null)
    {
        var lowered = password.ToLowerInvariant();
        if (Common.Value.Contains(lowered) || lowered.Distinct().Count() <= 2)
            return true;
        var emailName = user?.Email?.Split('@')[0].ToLowerInvariant();
        return !string.IsNullOrEmpty(emailName) && emailName.Length >= 4 && lowered.Contains(emailName);
    }

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly
            .GetManifestResourceStream("Raaqj.Web.Infrastructure.Identity.common-passwords.txt")
            ?? throw new InvalidOperationException("The common-password list is missing from the build.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
            if (line.Length > 0)
                set.Add(line.ToLowerInvariant());
        return set;
    }
}
