namespace Raaqj.Web.Domain.Rfp;

/// <summary>How a round that no longer takes proposals came to close, in the words applicants read.</summary>
public static class RfpClosing
{
    public static bool Early(DateTime? closedAtUtc, DateTime closesAtUtc) => closedAtUtc is { } closed && closed < closesAtUtc;

    /// <param name="inWords">Turns a UTC time into words in the round's zone.</param>
    public static string Why(DateTime? closedAtUtc, DateTime closesAtUtc, Func<DateTime, string> inWords) =>
        Early(closedAtUtc, closesAtUtc)
            ? $"The program team closed the round on {inWords(closedAtUtc!.Value)}, before its deadline of {inWords(closesAtUtc)}."
            : "The deadline has passed.";
}
