using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.UnitTests.Infrastructure;

public class PagingTests
{
    private static readonly IReadOnlyList<int> HundredAndTwo = Enumerable.Range(1, 102).ToList();

    [Fact]
    public void A_page_of_a_list_in_memory_holds_its_slice_and_knows_its_place()
    {
        var page = Page<int>.Of(HundredAndTwo, 2, 50);

        Assert.Equal(51, page.Items[0]);
        Assert.Equal(50, page.Items.Count);
        Assert.Equal((51, 100, 3), (page.FirstItemNumber, page.LastItemNumber, page.PageCount));
    }

    [Theory]
    [InlineData(99, 3, 2)]
    [InlineData(0, 1, 50)]
    [InlineData(null, 1, 50)]
    public void A_page_out_of_range_shows_the_nearest_one(int? requested, int expected, int count)
    {
        var page = Page<int>.Of(HundredAndTwo, requested, 50);

        Assert.Equal(expected, page.PageNumber);
        Assert.Equal(count, page.Items.Count);
    }

    [Fact]
    public void An_empty_list_has_one_empty_page()
    {
        var page = Page<int>.Of([], 4, 50);

        Assert.Equal(1, page.PageNumber);
        Assert.Empty(page.Items);
        Assert.Equal(0, page.FirstItemNumber);
    }
}
