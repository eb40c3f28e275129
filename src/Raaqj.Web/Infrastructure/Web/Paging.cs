namespace Raaqj.Web.Infrastructure.Web;

/// <summary>One page of a long list, with what the pager needs to draw itself.</summary>
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
}

/// <summary>What the shared _Pager partial draws: the page, and how to link to another page of the same list.</summary>
public sealed record PagerModel(IPageInfo Page, Func<int, string> UrlFor);

public sealed record Breadcrumb(string Text, string? Url = null);
