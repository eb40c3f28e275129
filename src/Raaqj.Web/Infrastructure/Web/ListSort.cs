namespace Raaqj.Web.Infrastructure.Web;

// A list's sort as the query asks for it: which column, which way, and what a column header says and links to.
// Columns is each sortable column with whether it reads best from the highest value down.
public sealed record ListSort(string? Sort, string? Dir, IReadOnlyDictionary<string, bool> Columns, string DefaultColumn)
{
    public string Column => Sort is { } sort && Columns.ContainsKey(sort) ? sort : DefaultColumn;

    public bool Descending => (Dir ?? Natural(Column)) == "desc";

    // The aria-sort of a column header: set on the column the list is sorted by, in its direction.
    public string? AriaSort(string key) => Column == key ? (Descending ? "descending" : "ascending") : null;

    // The direction a click on a column header sorts by: the other way on the current column, else the column's natural way.
    public string NextDirection(string key) => Column == key ? (Descending ? "asc" : "desc") : Natural(key);

    private string Natural(string key) => Columns.GetValueOrDefault(key) ? "desc" : "asc";
}
