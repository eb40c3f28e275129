namespace Raaqj.Web.Domain;

// What a form's optional text field holds once read: its text without surrounding spaces, or nothing at all.
public static class TextInput
{
    public static string? TrimmedOrNull(this string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
