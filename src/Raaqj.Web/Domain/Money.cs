using System.Globalization;

namespace Raaqj.Web.Domain;

/// <summary>How the portal writes money, everywhere: US dollars, whole in lists and totals, to the cent for an applicant's own figures.</summary>
public static class Money
{
    private static readonly CultureInfo Us = CultureInfo.GetCultureInfo("en-US");

    /// <summary>"$1,250,000".</summary>
    public static string Dollars(decimal amount) => amount.ToString("C0", Us);

    /// <summary>Whole dollars, or the word for a figure that is missing (never $0 for "not given").</summary>
    public static string Dollars(decimal? amount, string missing) => amount is { } value ? Dollars(value) : missing;

    /// <summary>"$1,250.50": as the applicant entered it.</summary>
    public static string Exact(decimal amount) => amount.ToString("C", Us);

    public static string Exact(decimal? amount, string missing) => amount is { } value ? Exact(value) : missing;
}
