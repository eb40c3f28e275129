using System.Globalization;
using NodaTime;
using NodaTime.TimeZones;

namespace Raaqj.Web.Domain.Time;

// The one place that turns wall-clock times in a named zone into UTC and back (NodaTime, IANA zones). A time in
// the spring gap does not exist and is reported, never thrown; a time in the autumn overlap happens twice and
// is read as the first (daylight) one, the reading a person means by "1:30 AM" that night.
public static class ZoneTime
{
    private static readonly CultureInfo UsEnglish = CultureInfo.GetCultureInfo("en-US");

    // The UTC instant of a wall-clock time, and why it is not quite what was asked when it falls in a gap.
    public sealed record Conversion(DateTime Utc, string? Problem);

    public static DateTimeZone Zone(string zoneId) =>
        DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId) ?? throw new ArgumentException($"Unknown time zone '{zoneId}'.", nameof(zoneId));

    public static bool IsKnown(string zoneId) => DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId) is not null;

    public static DateTime ToLocal(DateTime utc, string zoneId) =>
        Instant.FromDateTimeUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).InZone(Zone(zoneId)).LocalDateTime.ToDateTimeUnspecified();

    public static Conversion ToUtc(DateTime local, string zoneId)
    {
        var zone = Zone(zoneId);
        var wallClock = LocalDateTime.FromDateTime(DateTime.SpecifyKind(local, DateTimeKind.Unspecified));
        var mapping = zone.MapLocal(wallClock);
        if (mapping.Count > 0)
            return new Conversion(mapping.First().ToDateTimeUtc(), null);
        // The gap: the clocks skip this time. Lenient resolution moves it forward by the gap's length.
        var resolved = zone.ResolveLocal(wallClock, Resolvers.LenientResolver);
        var from = mapping.EarlyInterval.IsoLocalEnd.ToDateTimeUnspecified().ToString("h:mm tt", UsEnglish);
        var to = mapping.LateInterval.IsoLocalStart.ToDateTimeUnspecified().ToString("h:mm tt", UsEnglish);
        return new Conversion(resolved.ToDateTimeUtc(),
            $"{local.ToString("h:mm tt", UsEnglish)} on {local.ToString("dddd, MMMM d, yyyy", UsEnglish)} does not exist in {zoneId}: " +
            $"the clocks jump from {from} to {to} that night. Choose another time.");
    }

    // The zone's own abbreviation at that moment (EST, EDT, MST, HST, AST), as the time zone database names it.
    public static string Abbreviation(DateTime utc, string zoneId) =>
        Zone(zoneId).GetZoneInterval(Instant.FromDateTimeUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc))).Name;

    // Whether daylight saving time is in force at that moment.
    public static bool IsDaylight(DateTime utc, string zoneId) =>
        Zone(zoneId).GetZoneInterval(Instant.FromDateTimeUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc))).Savings != Offset.Zero;
}
