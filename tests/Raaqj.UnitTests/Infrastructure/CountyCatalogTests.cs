using Raaqj.Web.Infrastructure.Geography;

namespace Raaqj.UnitTests.Infrastructure;

public sealed class CountyCatalogTests
{
    private static readonly CountyCatalog Catalog = new();

    [Fact]
    public void Holds_every_county_of_the_census_list_with_its_state()
    {
        Assert.Equal(3231, Catalog.All.Count);
        var cook = Catalog.Find("17031")!;
        Assert.Equal("Cook", cook.Name);
        Assert.Equal("IL", cook.StateCode);
        Assert.Equal("Illinois", cook.StateName);
    }

    [Theory]
    [InlineData("cook il", "17031")]
    [InlineData("17031", "17031")]
    [InlineData("cuyahoga", "39035")]
    [InlineData("mecklenburg north", "37119")]
    public void Finds_counties_by_name_state_or_code(string query, string fips) =>
        Assert.Contains(Catalog.Search(query), c => c.Fips == fips);

    [Fact]
    public void Every_search_term_must_match_and_an_empty_query_finds_nothing()
    {
        Assert.DoesNotContain(Catalog.Search("cook il"), c => c.StateCode != "IL");
        Assert.Empty(Catalog.Search("  "));
    }
}
