namespace Raaqj.Web.Domain.Assistance;

public enum ParticipantRole
{
    Advocate = 0,
    PublicServant = 1,
    CommunityMember = 2,
    Employer = 3,
    Other = 4,
}

// One time a person took part: attended a session, or took part in a resolved TA engagement.
public sealed record Participation(string? Email, string Name, string? Organization, string? Region, ParticipantRole Role, DateTime AtUtc);

public sealed record PeopleCount(int Total, IReadOnlyDictionary<string, int> ByRegion, IReadOnlyDictionary<ParticipantRole, int> ByRole);

// "People equipped" counts each person once however often they come: the same email is the same person; without
// an email, the same name and organization, whatever their case, accents, spacing and punctuation. A person counts in
// the region and role of their first participation, so the breakdowns add up to the total.
public static class PeopleEquipped
{
    public const int Target = 600;
    public const string NoRegion = "Program-wide";

    public static string KeyOf(Participation p) =>
        !string.IsNullOrWhiteSpace(p.Email) ? "email:" + p.Email.Trim().ToLowerInvariant() : "name:" + Normalize(p.Name) + "|" + Normalize(p.Organization ?? "");

    public static PeopleCount Count(IEnumerable<Participation> participations)
    {
        var first = participations.OrderBy(p => p.AtUtc).GroupBy(KeyOf).Select(g => g.First()).ToList();
        return new PeopleCount(first.Count,
            first.GroupBy(p => p.Region ?? NoRegion).ToDictionary(g => g.Key, g => g.Count()),
            first.GroupBy(p => p.Role).ToDictionary(g => g.Key, g => g.Count()));
    }

    private static string Normalize(string text)
    {
        var letters = text.Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            .Select(c => char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        return string.Join(' ', new string(letters.ToArray()).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
