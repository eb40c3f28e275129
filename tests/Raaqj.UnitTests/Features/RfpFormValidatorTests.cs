using Raaqj.Web.Features.Rfp;

namespace Raaqj.UnitTests.Features;

public sealed class RfpFormValidatorTests
{
    private static RfpForm Valid() => new()
    {
        Title = "Round",
        TimeZoneId = "America/New_York",
        OpensAtLocal = new DateTime(2027, 3, 1, 9, 0, 0),
        ClosesAtLocal = new DateTime(2027, 4, 15, 17, 0, 0),
        ReviewStartsOn = new DateOnly(2027, 4, 16),
        ReviewEndsOn = new DateOnly(2027, 5, 31),
        Criteria = [new CriterionForm { Title = "Strategy", Weight = 100 }],
    };

    private static IEnumerable<string> Errors(RfpForm form) =>
        new RfpFormValidator().Validate(form).Errors.Select(e => e.PropertyName);

    [Fact]
    public void A_complete_form_is_valid() => Assert.Empty(Errors(Valid()));

    [Fact]
    public void Every_missing_date_is_named_even_when_the_one_before_it_is_missing_too()
    {
        var form = Valid();
        form.OpensAtLocal = null;
        form.ClosesAtLocal = null;
        form.ReviewStartsOn = null;
        form.ReviewEndsOn = null;

        Assert.Equal(["ClosesAtLocal", "OpensAtLocal", "ReviewEndsOn", "ReviewStartsOn"], Errors(form).Distinct().Order());
    }

    [Fact]
    public void Dates_must_follow_each_other()
    {
        var form = Valid();
        form.ClosesAtLocal = form.OpensAtLocal!.Value.AddHours(-1);
        form.ReviewEndsOn = new DateOnly(2027, 1, 1);

        Assert.Contains("ClosesAtLocal", Errors(form));
        Assert.Contains("ReviewEndsOn", Errors(form));
    }

    [Fact]
    public void A_time_zone_outside_the_list_is_refused()
    {
        var form = Valid();
        form.TimeZoneId = "Mars/Olympus_Mons";

        Assert.Contains("TimeZoneId", Errors(form));
    }

    [Fact]
    public void Criteria_are_checked_row_by_row_and_removed_rows_are_ignored()
    {
        var form = Valid();
        form.Criteria.Add(new CriterionForm { Title = "", Weight = 120, ScaleMin = 5, ScaleMax = 3 });
        form.Criteria.Add(new CriterionForm { Title = "", Weight = 500, Remove = true });

        var errors = Errors(form).ToList();

        Assert.Contains("Criteria[1].Title", errors);
        Assert.Contains("Criteria[1].Weight", errors);
        Assert.Contains("Criteria[1].ScaleMax", errors);
        Assert.DoesNotContain(errors, e => e.StartsWith("Criteria[2]"));
    }

    [Fact]
    public void Removing_every_criterion_is_refused()
    {
        var form = Valid();
        form.Criteria[0].Remove = true;

        Assert.Contains("Criteria", Errors(form));
    }
}
