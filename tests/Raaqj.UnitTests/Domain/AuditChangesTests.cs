using Raaqj.Web.Domain.Audit;

namespace Raaqj.UnitTests.Domain;

public sealed class AuditChangesTests
{
    [Fact]
    public void Only_the_fields_that_changed_are_listed_in_words()
    {
        var changes = AuditChanges.Of("""{"ReviewScore":70,"LocalMatch":10,"Roles":["Reviewer"]}""", """{"ReviewScore":55,"LocalMatch":10,"Roles":["Reviewer","Staff"]}""");

        Assert.Equal(
            [new AuditChanges.Change("Review score", "70", "55"), new AuditChanges.Change("Roles", "Reviewer", "Reviewer, Staff")],
            changes);
    }

    [Fact]
    public void A_field_only_on_one_side_and_text_that_is_not_json_are_still_shown()
    {
        Assert.Equal([new AuditChanges.Change("Is disabled", null, "yes")], AuditChanges.Of(null, """{"IsDisabled":true}"""));
        Assert.Equal([new AuditChanges.Change("Value", "plain text", null)], AuditChanges.Of("plain text", null));
    }
}
