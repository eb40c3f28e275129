using System.Globalization;
using System.Text;

namespace Raaqj.Web.Domain.Planning;

public enum MatchReason
{
    SameEin = 1,
    SameWebsite = 2,
    SameName = 3,
    SameContactEmail = 4,
}

// What de-duplication compares of a stakeholder, each already in its compared form.
public sealed record StakeholderKeys(int Id, int RegionId, string NameKey, string? Ein, string? Domain, IReadOnlyCollection<string> Emails);

public sealed record DuplicatePair(int FirstId, int SecondId, IReadOnlyList<MatchReason> Reasons);

// Finds the same organization entered twice: the same EIN, the same website, names equal once spelling and legal
// form are set aside ("The Acme Co." and "ACME Company"), or a contact with the same email. Two different EINs
// always mean two organizations, whatever else they share. The program's count of engaged stakeholders counts each
// group of matches once.
public static class StakeholderMatching
{
    private static readonly HashSet<string> LegalForms =
        ["inc", "incorporated", "llc", "llp", "lp", "ltd", "limited", "corp", "corporation", "co", "company", "pllc", "pc", "plc"];

    // Hosts many organizations share: a page there says nothing about which organization it is.
    private static readonly HashSet<string> SharedHosts =
    [
        "facebook.com", "linkedin.com", "instagram.com", "twitter.com", "x.com", "youtube.com", "google.com", "sites.google.com",
        "wixsite.com", "wordpress.com", "squarespace.com", "linktr.ee", "eventbrite.com", "gmail.com",
    ];

    public static string NameKey(string? name)
    {
        var text = new StringBuilder();
        foreach (var c in (name ?? "").Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            text.Append(c == '&' ? " and " : char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }
        var words = text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 1 && words[0] == "the")
            words.RemoveAt(0);
        while (words.Count > 1 && LegalForms.Contains(words[^1]))
            words.RemoveAt(words.Count - 1);
        return string.Join(' ', words);
    }

    // The host of a website as typed ("acme.org", "https://www.Acme.org/about"), without "www."; null when there is
    // none or it is a host many organizations share.
    public static string? Domain(string? website)
    {
        var text = (website ?? "").Trim();
        if (text.Length == 0)
            return null;
        if (!text.Contains("://", StringComparison.Ordinal))
            text = "https://" + text;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            return null;
        var host = uri.IdnHost.ToLowerInvariant().TrimEnd('.');
        if (host.StartsWith("www.", StringComparison.Ordinal))
            host = host[4..];
        return !host.Contains('.') || SharedHosts.Contains(host) ? null : host;
    }

    public static string? EmailKey(string? email)
    {
        var text = (email ?? "").Trim().ToLowerInvariant();
        var at = text.IndexOf('@');
        return at > 0 && at == text.LastIndexOf('@') && text.IndexOf('.', at) > at + 1 && !text.EndsWith('.') ? text : null;
    }

    // The nine digits of an EIN, however it was typed; null when it is not nine digits.
    public static string? EinKey(string? ein)
    {
        var digits = new string((ein ?? "").Where(char.IsAsciiDigit).ToArray());
        return digits.Length == 9 ? digits : null;
    }

    public static IReadOnlyList<MatchReason> Reasons(StakeholderKeys a, StakeholderKeys b)
    {
        if (a.Ein is not null && b.Ein is not null && a.Ein != b.Ein)
            return [];
        var reasons = new List<MatchReason>();
        if (a.Ein is not null && a.Ein == b.Ein)
            reasons.Add(MatchReason.SameEin);
        if (a.Domain is not null && a.Domain == b.Domain)
            reasons.Add(MatchReason.SameWebsite);
        if (a.NameKey.Length > 0 && a.NameKey == b.NameKey)
            reasons.Add(MatchReason.SameName);
        if (a.Emails.Intersect(b.Emails).Any())
            reasons.Add(MatchReason.SameContactEmail);
        return reasons;
    }

    // Every pair that matches, except those a person said are different organizations. Candidates come from grouping
    // by each key, so the work grows with the stakeholders, not with their square.
    public static IReadOnlyList<DuplicatePair> Pairs(IReadOnlyList<StakeholderKeys> all, IReadOnlySet<(int, int)> distinct)
    {
        var byId = all.ToDictionary(s => s.Id);
        var candidates = new HashSet<(int, int)>();
        foreach (var group in all.SelectMany(s => KeysOf(s).Select(key => (key, s.Id))).GroupBy(x => x.key, x => x.Id))
        {
            var ids = group.Distinct().Order().ToList();
            for (var i = 0; i < ids.Count; i++)
                for (var j = i + 1; j < ids.Count; j++)
                    candidates.Add((ids[i], ids[j]));
        }
        return candidates.Where(pair => !distinct.Contains(pair))
            .Select(pair => new DuplicatePair(pair.Item1, pair.Item2, Reasons(byId[pair.Item1], byId[pair.Item2])))
            .Where(pair => pair.Reasons.Count > 0).OrderBy(pair => pair.FirstId).ThenBy(pair => pair.SecondId).ToList();
    }

    // How many organizations the stakeholders are once every group of matches counts once.
    public static int UniqueCount(IReadOnlyList<StakeholderKeys> all, IReadOnlySet<(int, int)> distinct) =>
        all.Count - Groups(Pairs(all, distinct)).Sum(group => group.Count - 1);

    // The groups of records that are one organization: every record joined to another by a match, directly or
    // through a third. Each group lists its ids in order; records matching nothing are in no group.
    public static IReadOnlyList<IReadOnlyList<int>> Groups(IReadOnlyList<DuplicatePair> pairs)
    {
        var parent = new Dictionary<int, int>();
        int Root(int id)
        {
            parent.TryAdd(id, id);
            while (parent[id] != id)
                id = parent[id] = parent[parent[id]];
            return id;
        }
        foreach (var pair in pairs)
            parent[Root(pair.FirstId)] = Root(pair.SecondId);
        return parent.Keys.GroupBy(Root).Select(g => (IReadOnlyList<int>)g.Order().ToList()).OrderBy(g => g[0]).ToList();
    }

    public static string Describe(MatchReason reason) => reason switch
    {
        MatchReason.SameEin => "same EIN",
        MatchReason.SameWebsite => "same website",
        MatchReason.SameName => "same name",
        _ => "same contact email",
    };

    private static IEnumerable<string> KeysOf(StakeholderKeys s)
    {
        if (s.Ein is not null)
            yield return "ein:" + s.Ein;
        if (s.Domain is not null)
            yield return "web:" + s.Domain;
        if (s.NameKey.Length > 0)
            yield return "name:" + s.NameKey;
        foreach (var email in s.Emails)
            yield return "mail:" + email;
    }
}
