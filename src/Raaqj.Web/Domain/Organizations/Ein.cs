using System.Text.RegularExpressions;

namespace Raaqj.Web.Domain.Organizations;

// Employer Identification Number: NN-NNNNNNN with a prefix the IRS assigns.
public static partial class Ein
{
    // Prefixes the IRS has never assigned (https://www.irs.gov/businesses/small-businesses-self-employed/how-eins-are-assigned-and-valid-ein-prefixes).
    private static readonly HashSet<string> UnassignedPrefixes =
        ["00", "07", "08", "09", "17", "18", "19", "28", "29", "49", "69", "70", "78", "79", "89", "96", "97"];

    public static bool IsValid(string? ein) =>
        ein is not null && Pattern().IsMatch(ein) && !UnassignedPrefixes.Contains(ein[..2]);

    // Accepts "123456789" or "12-3456789" as typed and returns the standard form, or the input unchanged.
    public static string Normalize(string? ein)
    {
        var digits = new string((ein ?? "").Where(char.IsAsciiDigit).ToArray());
        return digits.Length == 9 && (ein ?? "").All(c => char.IsAsciiDigit(c) || c is '-' or ' ') ? $"{digits[..2]}-{digits[2..]}" : (ein ?? "").Trim();
    }

    [GeneratedRegex(@"^\d{2}-\d{7}$")]
    private static partial Regex Pattern();
}
