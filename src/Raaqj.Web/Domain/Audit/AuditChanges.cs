using System.Text.Json;

namespace Raaqj.Web.Domain.Audit;

// An audit entry's before and after, read as the fields that changed, with each side in words.
public static class AuditChanges
{
    public sealed record Change(string Field, string? Before, string? After);

    public static IReadOnlyList<Change> Of(string? before, string? after)
    {
        var old = Fields(before);
        var now = Fields(after);
        return old.Keys.Concat(now.Keys).Distinct()
            .Select(field => new Change(Words(field), old.GetValueOrDefault(field), now.GetValueOrDefault(field)))
            .Where(c => c.Before != c.After)
            .ToList();
    }

    private static Dictionary<string, string?> Fields(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
            return [];
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => Text(p.Value))
                : new Dictionary<string, string?> { ["Value"] = Text(document.RootElement) };
        }
        catch (JsonException)
        {
            return new Dictionary<string, string?> { ["Value"] = json };
        }
    }

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => value.GetString(),
        JsonValueKind.True => "yes",
        JsonValueKind.False => "no",
        JsonValueKind.Array => string.Join(", ", value.EnumerateArray().Select(Text)),
        JsonValueKind.Object => string.Join("; ", value.EnumerateObject().Select(p => $"{Words(p.Name)}: {Text(p.Value)}")),
        _ => value.GetRawText(),
    };

    // "ReviewScore" reads "Review score".
    private static string Words(string name) =>
        string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) && !char.IsUpper(name[i - 1]) ? " " + char.ToLowerInvariant(c) : c.ToString()));
}
