namespace Raaqj.Web.Infrastructure.Web;

// One page of a long list, with what the pager needs to draw itself.
public interface IPageInfo
{
    int PageNumber { get; }
    int PageCount { get; }
    int FirstItemNumber { get; }
    int LastItemNumber { get; }
    int TotalCount { get; }
}

public sealed record Page<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, int TotalCount) : IPageInfo
{
    public const int DefaultSize = 25;

    public int PageCount => Math.Max(1, (int)Math.Ceiling(TotalCount / (double)PageSize));
    public bool HasPrevious => PageNumber > 1;
    public bool HasNext => PageNumber < PageCount;
    public int FirstItemNumber => TotalCount == 0 ? 0 : ((PageNumber - 1) * PageSize) + 1;
    public int LastItemNumber => Math.Min(PageNumber * PageSize, TotalCount);

    public static int Clamp(int? requested) => Math.Max(1, requested ?? 1);

    // One page of a list already in memory; a page past the end shows the last one.
    public static Page<T> Of(IReadOnlyList<T> all, int? requested, int size)
    {
        var number = Math.Min(Clamp(requested), Math.Max(1, (all.Count + size - 1) / size));
        return new Page<T>(all.Skip((number - 1) * size).Take(size).ToList(), number, size, all.Count);
    }
}

// What the shared _Pager partial draws: the page, and how to link to another page of the same list.
public sealed record PagerModel(IPageInfo Page, Func<int, string> UrlFor);

public sealed record Breadcrumb(string Text, string? Url = null);
