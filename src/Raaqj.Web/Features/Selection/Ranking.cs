using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Selection;

// Match: "identified" (any local match), "committed" (some committed) or "none".
// Column: A numeric column (a key of RangeColumns) kept between Min and Max.
public sealed record RankingQuery(
    string? Q = null, string? State = null, string? Region = null, SelectionStage? Stage = null, bool? Incomplete = null,
    string? Sort = null, string? Dir = null, int? Page = null, string? Match = null, bool? Partnerships = null,
    string? Column = null, double? Min = null, double? Max = null);

public sealed record RankingModel(SelectionBoard Board, RankingQuery Query, Page<SelectionRow> Rows, WeightsForm Form, IReadOnlyList<string> States)
{
    public const int PageSize = 50;

    // The aria-sort of a column header: set on the column the list is sorted by, in its direction.
    public string? AriaSort(string key) => Query.Sort == key ? (Direction(key) == "desc" ? "descending" : "ascending") : null;

    // The direction a click on a column header sorts by: the other way on the current column, else the column's natural way.
    public string NextDirection(string key) => Query.Sort == key ? (Direction(key) == "desc" ? "asc" : "desc") : Natural(key);

    private string Direction(string key) => Query.Dir ?? Natural(key);

    private static string Natural(string key) => RankingHandler.Sorts[key].HighestFirst ? "desc" : "asc";
}

// The ranking with its filters and sorts. The combined rank needs every proposal of the round anyway, so
// filtering, sorting and paging happen in memory on the loaded board.
public sealed class RankingHandler(SelectionBoardHandler board)
{
    // Each sortable column with its key and whether it reads best from the highest value down.
    public static readonly IReadOnlyDictionary<string, (Func<SelectionRow, IComparable?> Key, bool HighestFirst)> Sorts =
        new Dictionary<string, (Func<SelectionRow, IComparable?>, bool)>
        {
            ["rank"] = (r => r.Ranked.Rank, false),
            ["organization"] = (r => r.Organization, false),
            ["region"] = (r => r.Region, false),
            ["states"] = (r => string.Join(",", r.States), false),
            ["amount"] = (r => r.Factors.AmountRequested, true),
            ["reviews"] = (r => r.Reviews?.CompleteReviews, true),
            ["mean"] = (r => r.Reviews?.Mean, true),
            ["calibrated"] = (r => r.Reviews?.Calibrated, true),
            ["committed"] = (r => r.Factors.CommittedMatch, true),
            ["pending"] = (r => r.Factors.PendingMatch, true),
            ["ratio"] = (r => r.Factors.MatchRatio, true),
            ["population"] = (r => r.Factors.PopulationShare, true),
            ["partnerships"] = (r => r.Factors.PartnershipCount, true),
            ["combined"] = (r => r.Ranked.Combined, true),
            ["stage"] = (r => r.Stage, false),
        };

    // The numeric columns a range can filter on, with their labels.
    public static readonly IReadOnlyList<(string Key, string Label)> RangeColumns =
    [
        ("combined", "Combined score"), ("calibrated", "Calibrated score"), ("mean", "Mean review score"), ("reviews", "Complete reviews"),
        ("amount", "Amount requested ($)"), ("committed", "Match committed ($)"), ("pending", "Match pending ($)"), ("ratio", "Match per $ requested"),
        ("population", "Priority population share (%)"), ("partnerships", "Past partnerships"),
    ];

    public async Task<RankingModel?> Handle(RankingQuery query, WeightsForm? postedWeights = null)
    {
        if (await board.Handle() is not { } loaded)
            return null;
        var rows = Sort(Filter(loaded.Rows, query), query).ToList();
        var page = Page<SelectionRow>.Of(rows, query.Page, RankingModel.PageSize);
        var states = loaded.Rows.SelectMany(r => r.States).Distinct().Order().ToList();
        return new RankingModel(loaded, query, page, postedWeights ?? WeightsForm.From(loaded.Round), states);
    }

    public static IEnumerable<SelectionRow> Filter(IEnumerable<SelectionRow> rows, RankingQuery query)
    {
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var term = query.Q.Trim();
            rows = rows.Where(r => r.Organization.Contains(term, StringComparison.OrdinalIgnoreCase) || r.Region.Contains(term, StringComparison.OrdinalIgnoreCase)
                || (r.ReceiptNumber?.Contains(term, StringComparison.OrdinalIgnoreCase) ?? false));
        }
        if (!string.IsNullOrWhiteSpace(query.State))
            rows = rows.Where(r => r.States.Contains(query.State));
        if (!string.IsNullOrWhiteSpace(query.Region))
            rows = rows.Where(r => r.CensusRegions.Contains(query.Region));
        if (query.Stage is { } stage)
            rows = rows.Where(r => r.Stage == stage || (stage == SelectionStage.Shortlisted && r.Shortlisted));
        if (query.Incomplete == true)
            rows = rows.Where(r => r.Ranked.Missing.Count > 0);
        if (query.Column is { } column && RangeColumns.Any(c => c.Key == column) && (query.Min is not null || query.Max is not null))
        {
            var key = Sorts[column].Key;
            // A row without the figure is left out: it is neither above nor below the bounds.
            rows = rows.Where(r => key(r) is { } value && Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture) is var number
                && (query.Min is null || number >= query.Min) && (query.Max is null || number <= query.Max));
        }
        rows = query.Match switch
        {
            "identified" => rows.Where(r => r.Factors.TotalMatch > 0),
            "committed" => rows.Where(r => r.Factors.CommittedMatch > 0),
            "none" => rows.Where(r => r.Factors.TotalMatch == 0),
            _ => rows,
        };
        if (query.Partnerships is { } withPartnerships)
            rows = rows.Where(r => r.Factors.HasPastPartnership == withPartnerships);
        return rows;
    }

    // Rows with no value for the sorted column always come last, whichever the direction.
    public static IEnumerable<SelectionRow> Sort(IEnumerable<SelectionRow> rows, RankingQuery query)
    {
        if (query.Sort is null || !Sorts.TryGetValue(query.Sort, out var sort))
            return rows;
        var descending = query.Dir is null ? sort.HighestFirst : query.Dir == "desc";
        var ordered = rows.OrderBy(r => sort.Key(r) is null ? 1 : 0);
        return (descending ? ordered.ThenByDescending(sort.Key) : ordered.ThenBy(sort.Key)).ThenBy(r => r.Ranked.Rank ?? int.MaxValue);
    }
}
