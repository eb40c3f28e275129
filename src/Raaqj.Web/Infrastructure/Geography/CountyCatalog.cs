using CsvHelper;
using Raaqj.Web.Domain.Geography;

namespace Raaqj.Web.Infrastructure.Geography;

// Every US county with its FIPS code, read once from the embedded Data/Reference/us-counties.csv
// (U.S. Census Bureau cartographic boundaries, 2017). Reference data, so it lives in memory, not in the database.
public sealed class CountyCatalog
{
    private readonly Dictionary<string, County> byFips;

    public CountyCatalog()
    {
        using var stream = typeof(CountyCatalog).Assembly.GetManifestResourceStream("Raaqj.Web.Data.Reference.us-counties.csv")
            ?? throw new InvalidOperationException("The county list is missing from the build.");
        using var csv = CsvReader.Create(stream, new CsvReaderOptions { CommentPrefix = '#' });
        byFips = new Dictionary<string, County>(StringComparer.Ordinal);
        while (csv.Read())
        {
            var fips = csv.GetString("fips");
            var state = UsStates.ByFips(fips[..2]) ?? throw new InvalidOperationException($"Unknown state for county {fips}");
            byFips[fips] = new County(fips, csv.GetString("name"), state.Code, csv.GetString("state"));
        }
        All = byFips.Values.OrderBy(c => c.StateName).ThenBy(c => c.Name).ToList();
    }

    public IReadOnlyList<County> All { get; }

    public County? Find(string fips) => byFips.GetValueOrDefault(fips);

    // Counties whose name, state or FIPS code starts a word of the query ("cook il", "17031", "harris").
    public IReadOnlyList<County> Search(string? query, int limit = 20)
    {
        var terms = (query ?? "").Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        if (terms.Length == 0)
            return [];
        return All.Where(c => terms.All(term => Matches(c, term))).Take(limit).ToList();
    }

    private static bool Matches(County county, string term) =>
        county.Fips.StartsWith(term, StringComparison.Ordinal)
        || county.StateCode.Equals(term, StringComparison.OrdinalIgnoreCase)
        || county.Name.Split(' ').Any(w => w.StartsWith(term, StringComparison.OrdinalIgnoreCase))
        || county.StateName.Split(' ').Any(w => w.StartsWith(term, StringComparison.OrdinalIgnoreCase));
}
