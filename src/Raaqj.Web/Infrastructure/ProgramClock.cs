using System.Globalization;
using Microsoft.Extensions.Options;

namespace Raaqj.Web.Infrastructure;

public sealed class ProgramOptions
{
    public const string Section = "Program";

    /// <summary>IANA name of the zone dates are shown in; stored times are always UTC.</summary>
    public string TimeZone { get; set; } = "America/New_York";
}

/// <summary>Now, and UTC times shown in words in a named zone ("Friday, December 18, 2026 at 5:00 PM Eastern Standard Time").</summary>
public sealed class ProgramClock(TimeProvider time, IOptions<ProgramOptions> options)
{
    private static readonly CultureInfo UsEnglish = CultureInfo.GetCultureInfo("en-US");

    public DateTime UtcNow => time.GetUtcNow().UtcDateTime;

    public string DefaultTimeZoneId => options.Value.TimeZone;

    public static TimeZoneInfo Zone(string timeZoneId) => TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);

    public static DateTime ToLocal(DateTime utc, string timeZoneId) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone(timeZoneId));

    public static DateTime ToUtc(DateTime local, string timeZoneId) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Zone(timeZoneId));

    public static string ZoneName(DateTime utc, string timeZoneId)
    {
        var zone = Zone(timeZoneId);
        return zone.IsDaylightSavingTime(ToLocal(utc, timeZoneId)) ? zone.DaylightName : zone.StandardName;
    }

    public static string InWords(DateTime utc, string timeZoneId) =>
        ToLocal(utc, timeZoneId).ToString("dddd, MMMM d, yyyy 'at' h:mm tt", UsEnglish) + " " + ZoneName(utc, timeZoneId);

    public string InWords(DateTime utc) => InWords(utc, DefaultTimeZoneId);

    public static string DateInWords(DateOnly date) => date.ToString("dddd, MMMM d, yyyy", UsEnglish);

    /// <summary>Short form for tables: "Dec 18, 2026, 5:00 PM EST" style, zone abbreviated from its name.</summary>
    public string Short(DateTime utc)
    {
        var local = ToLocal(utc, DefaultTimeZoneId);
        var zone = string.Concat(ZoneName(utc, DefaultTimeZoneId).Split(' ').Select(w => w[0]));
        return local.ToString("MMM d, yyyy, h:mm tt", UsEnglish) + " " + zone;
    }

    /// <summary>Zones offered in forms: the US zones a region of the program can be in.</summary>
    public static readonly IReadOnlyList<string> OfferedZones =
    [
        "America/New_York", "America/Chicago", "America/Denver", "America/Phoenix",
        "America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu", "America/Puerto_Rico",
    ];
}
