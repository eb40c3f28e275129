using Raaqj.Web.Domain.Assistance;

namespace Raaqj.UnitTests.Domain;

public sealed class TaDashboardRulesTests
{
    private static readonly DateTime Monday = new(2026, 12, 7, 15, 0, 0, DateTimeKind.Utc);

    private static TaFact Fact(string area, double? answeredAfterHours, decimal hours = 0, int? rating = null, bool open = false, bool breached = false) =>
        new(area, "Twin Cities", open, Monday, answeredAfterHours is { } h ? Monday.AddHours(h) : null, hours, rating, breached);

    [Fact]
    public void The_median_is_the_middle_value_or_halfway_between_the_two_middle_ones()
    {
        Assert.Null(TaDashboardRules.Median([]));
        Assert.Equal(TimeSpan.FromHours(5), TaDashboardRules.Median([TimeSpan.FromHours(9), TimeSpan.FromHours(1), TimeSpan.FromHours(5)]));
        Assert.Equal(TimeSpan.FromHours(4), TaDashboardRules.Median([TimeSpan.FromHours(6), TimeSpan.FromHours(1), TimeSpan.FromHours(2), TimeSpan.FromHours(30)]));
    }

    [Fact]
    public void A_groups_figures_count_requests_open_hours_unanswered_requests_out_of_the_median_and_ratings_given()
    {
        var figures = TaDashboardRules.Of("Apprenticeship",
            [Fact("Apprenticeship", 2, hours: 1.5m, rating: 5), Fact("Apprenticeship", 10, hours: 2, rating: 4), Fact("Apprenticeship", null, open: true, breached: true)]);

        Assert.Equal(new TaFigures("Apprenticeship", 3, 1, 3.5m, TimeSpan.FromHours(6), 4.5, 2, 1), figures);
    }

    [Fact]
    public void Groups_come_largest_first_and_durations_read_in_words()
    {
        var groups = TaDashboardRules.By([Fact("Research", 1), Fact("Apprenticeship", 1), Fact("Apprenticeship", 3)], f => f.Area);

        Assert.Equal(["Apprenticeship", "Research"], groups.Select(g => g.Name));
        Assert.Equal("—", TaDashboardRules.InWords(null));
        Assert.Equal("20 minutes", TaDashboardRules.InWords(TimeSpan.FromMinutes(20)));
        Assert.Equal("20.5 hours", TaDashboardRules.InWords(TimeSpan.FromHours(20.5)));
        Assert.Equal("2.5 days", TaDashboardRules.InWords(TimeSpan.FromHours(60)));
    }
}
