using Raaqj.Web.Domain.Outreach;

namespace Raaqj.UnitTests.Domain;

public sealed class OutreachFunnelTests
{
    [Theory]
    [InlineData(OutreachStage.Identified, false, false, OutreachStage.Identified)]
    [InlineData(OutreachStage.Interested, false, false, OutreachStage.Interested)]
    [InlineData(OutreachStage.Identified, true, false, OutreachStage.Applied)]
    [InlineData(OutreachStage.Contacted, true, true, OutreachStage.Selected)]
    [InlineData(OutreachStage.Interested, false, true, OutreachStage.Selected)]
    // A stage staff cannot record alone falls back to the last they can: the records say whether it applied.
    [InlineData(OutreachStage.Selected, false, false, OutreachStage.Interested)]
    public void A_target_region_stands_where_staff_put_it_or_further_when_the_records_say_so(OutreachStage recorded, bool applied, bool selected, OutreachStage expected) =>
        Assert.Equal(expected, OutreachFunnel.StageOf(recorded, applied, selected));

    [Fact]
    public void The_funnel_counts_each_region_at_every_stage_it_reached()
    {
        var steps = OutreachFunnel.Steps([OutreachStage.Identified, OutreachStage.Contacted, OutreachStage.Contacted, OutreachStage.Interested, OutreachStage.Applied,
            OutreachStage.Selected, OutreachStage.Selected]);

        Assert.Equal([7, 6, 4, 3, 2], steps.Select(s => s.Reached));
        Assert.Equal(OutreachStage.Identified, steps[0].Stage);
        Assert.All(OutreachFunnel.Steps([]), s => Assert.Equal(0, s.Reached));
    }
}
