using System.Globalization;

namespace Raaqj.Web.Domain;

// How the portal writes money, everywhere: US dollars, whole in lists and totals, to the cent for an applicant's own figures.
public static class Money
{
    private static readonly CultureInfo Us = CultureInfo.GetCultureInfo("en-US");

    // "$1,250,000".
    public static string Dollars(decimal amount) => amount.ToString("C0", Us);

    // Whole dollars, or the word for a figure that is missing (never $0 for "not given").
    public static string Dollars(decimal? amount, string missing) => amount is { } value ? Dollars(value) : missing;

    // "$1,250.50": as the applicant entered it.
    public static string Exact(decimal amount) => amount.ToString("C", Us);

    public static string Exact(decimal? amount, string missing) => amount is { } value ? Exact(value) : missing;

    // An amount as a form shows it to be edited: "250,000", or "250,000.50" when it has cents.
    public static string Figure(decimal? amount) => amount is not { } value ? ""
        : value == decimal.Truncate(value) ? value.ToString("#,0", Us) : value.ToString("#,0.00", Us);
}
