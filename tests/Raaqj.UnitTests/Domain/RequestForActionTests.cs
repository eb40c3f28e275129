using Raaqj.Web.Domain.Rfp;

namespace Raaqj.UnitTests.Domain;

public sealed class RequestForActionTests
{
    private static readonly DateTime Now = new(2026, 11, 24, 15, 0, 0, DateTimeKind.Utc);

    private static RequestForAction Draft(params int[] weights)
    {
        var rfp = new RequestForAction
        {
            Id = 1,
            Title = "Round",
            Summary = "s",
            Eligibility = "e",
            ProgramDescription = "p",
            OpensAtUtc = Now.AddDays(1),
            ClosesAtUtc = Now.AddDays(30),
            ReviewStartsOn = DateOnly.FromDateTime(Now.AddDays(31)),
            ReviewEndsOn = DateOnly.FromDateTime(Now.AddDays(60)),
        };
        rfp.ReplaceCriteria(weights.Select((w, i) => new SelectionCriterion { Title = $"C{i}", Weight = w }).ToList());
        return rfp;
    }

    [Fact]
    public void Publishing_requires_weights_that_total_100()
    {
        var rfp = Draft(50, 30);

        var problems = rfp.Publish(Now, []);

        Assert.Contains(problems, p => p.Field == "Criteria" && p.Message.Contains("total 80"));
        Assert.Equal(RfpStatus.Draft, rfp.Status);
        Assert.Null(rfp.PublishedAtUtc);
    }

    [Fact]
    public void A_complete_draft_publishes_and_records_when()
    {
        var rfp = Draft(60, 40);

        Assert.Empty(rfp.Publish(Now, []));
        Assert.Equal(RfpStatus.Published, rfp.Status);
        Assert.Equal(Now, rfp.PublishedAtUtc);
    }

    [Fact]
    public void Publishing_is_refused_when_the_deadline_has_passed_or_another_round_overlaps()
    {
        var late = Draft(100);
        late.ClosesAtUtc = Now.AddMinutes(-1);
        late.OpensAtUtc = Now.AddDays(-10);
        var other = Draft(100);
        other.Id = 2;
        other.Publish(Now, []);

        Assert.Contains(late.Publish(Now, []), p => p.Message.Contains("already passed"));
        Assert.Contains(Draft(100).Publish(Now, [other]), p => p.Message.Contains("overlapping"));
    }

    [Fact]
    public void Only_the_transitions_in_the_workflow_table_are_allowed()
    {
        var rfp = Draft(100);

        Assert.NotEmpty(rfp.Close(Now));
        Assert.Empty(rfp.Publish(Now, []));
        Assert.NotEmpty(rfp.Publish(Now, []));
        Assert.Empty(rfp.Close(Now));
        Assert.NotEmpty(rfp.Close(Now));
        Assert.Equal(RfpStatus.Closed, rfp.Status);
        Assert.False(rfp.IsEditable);
    }

    [Theory]
    [InlineData(0, RfpPhase.Scheduled)]
    [InlineData(6, RfpPhase.Open)]
    [InlineData(41, RfpPhase.DeadlinePassed)]
    public void Phase_follows_the_clock_once_published(int daysFromNow, RfpPhase expected)
    {
        var rfp = Draft(100);
        rfp.Publish(Now, []);
        var at = Now.AddDays(daysFromNow);

        Assert.Equal(expected, rfp.PhaseAt(at));
        Assert.Equal(expected == RfpPhase.Open, rfp.AcceptsProposalsAt(at));
    }

    [Fact]
    public void A_published_request_cannot_lose_or_gain_criteria_or_change_weights_but_may_be_reworded()
    {
        var rfp = Draft(60, 40);
        var ids = 1;
        rfp.Criteria.ForEach(c => c.Id = ids++);
        rfp.Publish(Now, []);
        var reworded = rfp.Criteria.Select(c => new SelectionCriterion { Id = c.Id, Title = c.Title + " (clearer)", Weight = c.Weight, ScaleMin = c.ScaleMin, ScaleMax = c.ScaleMax }).ToList();

        Assert.NotEmpty(rfp.ReplaceCriteria([reworded[0]]));
        Assert.NotEmpty(rfp.ReplaceCriteria([.. reworded, new SelectionCriterion { Title = "New", Weight = 0 }]));
        Assert.NotEmpty(rfp.ReplaceCriteria([reworded[0], new SelectionCriterion { Id = 2, Title = "C1", Weight = 30, ScaleMin = 1, ScaleMax = 5 }]));
        Assert.Equal(2, rfp.Criteria.Count);
        Assert.Empty(rfp.ReplaceCriteria(reworded));
        Assert.All(rfp.Criteria, c => Assert.EndsWith("(clearer)", c.Title));
    }

    [Fact]
    public void A_draft_s_criteria_are_replaced_in_the_order_given()
    {
        var rfp = Draft(60, 40);
        rfp.Criteria[0].Id = 7;
        rfp.Criteria[1].Id = 8;

        rfp.ReplaceCriteria([new SelectionCriterion { Id = 8, Title = "Second first", Weight = 50 }, new SelectionCriterion { Title = "Brand new", Weight = 50 }]);

        Assert.Equal(["Second first", "Brand new"], rfp.Criteria.OrderBy(c => c.Position).Select(c => c.Title));
        Assert.DoesNotContain(rfp.Criteria, c => c.Id == 7);
    }
}
