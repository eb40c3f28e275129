namespace Raaqj.Web.Domain.Rfp;

// How a round that no longer takes proposals came to close, in the words applicants read.
public static class RfpClosing
{
    public static bool Early(DateTime? closedAtUtc, DateTime closesAtUtc) => closedAtUtc is { } closed && closed < closesAtUtc;

    // inWords: Turns a UTC time into words in the round's zone.
    public static string Why(DateTime? closedAtUtc, DateTime closesAtUtc, Func<DateTime, string> inWords) =>
        Early(closedAtUtc, closesAtUtc)
            ? $"The program team closed the round on {inWords(closedAtUtc!.Value)}, before its deadline of {inWords(closesAtUtc)}."
            : "The deadline has passed.";
}
