using Raaqj.Web.Infrastructure.Geography;

namespace Raaqj.UnitTests.Infrastructure;

public sealed class UsAtlasTests
{
    [Fact]
    public void Every_outline_holds_only_path_commands_and_numbers_so_the_map_images_take_it_as_it_is()
    {
        var atlas = new UsAtlas();
        var counties = new CountyCatalog().All.Select(c => atlas.County(c.Fips)).OfType<UsAtlas.Shape>().ToList();
        var shapes = atlas.States.Concat(counties).ToList();

        Assert.True(counties.Count > 3000, $"only {counties.Count} counties drawn");
        Assert.All(shapes, shape => Assert.Matches("^(M[0-9.,L-]+Z)+$", shape.Path));
    }
}
