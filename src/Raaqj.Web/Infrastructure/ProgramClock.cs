using System.Globalization;
using Microsoft.Extensions.Options;
using Raaqj.Web.Domain.Time;

namespace Raaqj.Web.Infrastructure;

public sealed class ProgramOptions
{
    public const string Section = "Program";

    // IANA name of the zone dates are shown in; stored times are always UTC.
    public string TimeZone { get; set; } = "America/New_York";
}

// Now, and UTC times shown in words in a named zone ("Friday, December 18, 2026 at 5:00 PM Eastern Standard Time").
public sealed class ProgramClock(TimeProvider time, IOptions<ProgramOptions> options)
{
    private static readonly CultureInfo UsEnglish = CultureInfo.GetCultureInfo("en-US");

    public DateTime UtcNow => time.GetUtcNow().UtcDateTime;

    public string DefaultTimeZoneId => options.Value.TimeZone;

    public static TimeZoneInfo Zone(string timeZoneId) => TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);

    public static DateTime ToLocal(DateTime utc, string timeZoneId) => ZoneTime.ToLocal(utc, timeZoneId);

    // Never throws: a time in the spring gap moves forward by the gap (forms check it first with ToUtc).
    public static DateTime ToUtc(DateTime local, string timeZoneId) => ZoneTime.ToUtc(local, timeZoneId).Utc;

    public static string ZoneName(DateTime utc, string timeZoneId)
    {
        var zone = Zone(timeZoneId);
        return ZoneTime.IsDaylight(utc, timeZoneId) ? zone.DaylightName : zone.StandardName;
    }

    public static string InWords(DateTime utc, string timeZoneId) =>
        ToLocal(utc, timeZoneId).ToString("dddd, MMMM d, yyyy 'at' h:mm tt", UsEnglish) + " " + ZoneName(utc, timeZoneId);

    public string InWords(DateTime utc) => InWords(utc, DefaultTimeZoneId);

    public static string DateInWords(DateOnly date) => date.ToString("dddd, MMMM d, yyyy", UsEnglish);

    // Short form for tables: "Dec 18, 2026, 5:00 PM EST", with the abbreviation the time zone database gives.
    public string Short(DateTime utc)
    {
        var local = ToLocal(utc, DefaultTimeZoneId);
        return local.ToString("MMM d, yyyy, h:mm tt", UsEnglish) + " " + ZoneTime.Abbreviation(utc, DefaultTimeZoneId);
    }

    // Zones offered in forms: the US zones a region of the program can be in.
    public static readonly IReadOnlyList<string> OfferedZones =
    [
        "America/New_York", "America/Chicago", "America/Denver", "America/Phoenix",
        "America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu", "America/Puerto_Rico",
    ];
}
