using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.UnitTests.Infrastructure;

public sealed class ListLinkTests
{
    [Fact]
    public void A_link_keeps_the_current_filters_changes_what_it_is_given_and_leaves_out_empty_values()
    {
        var list = new ListLink("/selection", new { q = "ohio valley", state = (string?)null, incomplete = true, min = 2.5m, sort = "rank", page = (int?)null });

        Assert.Equal("/selection?q=ohio%20valley&incomplete=True&min=2.5&sort=combined&dir=desc", list.With(("sort", "combined"), ("dir", "desc")));
        Assert.Equal("/selection?q=ohio%20valley&incomplete=True&min=2.5&sort=rank&page=3", list.With(("page", 3)));
        Assert.Equal("/selection?incomplete=True&min=2.5&sort=rank", list.With(("q", "")));
    }
}
