using Raaqj.Web.Domain.Reviews;

namespace Raaqj.UnitTests.Domain;

public sealed class ConflictFlagsTests
{
    private static readonly ConflictFlags.Applicant Ohio = new(1, "Great Lakes Workforce Board", ["OH", "PA"]);
    private static readonly ConflictFlags.Applicant Carolina = new(2, "Piedmont Community Foundation", ["NC"]);

    [Fact]
    public void A_reviewer_working_for_an_applicant_is_flagged_for_that_proposal_only()
    {
        var flags = ConflictFlags.For(new ReviewerProfile { Employer = "The Great Lakes Workforce Board, Inc." }, [Ohio, Carolina]);

        var flag = Assert.Single(flags);
        Assert.Equal(1, flag.ProposalId);
        Assert.Contains("works for", flag.Reason);
    }

    [Fact]
    public void A_reviewer_living_in_a_state_of_the_region_is_flagged()
    {
        var flags = ConflictFlags.For(new ReviewerProfile { HomeStateCode = "PA" }, [Ohio, Carolina]);

        Assert.Equal([1], flags.Select(f => f.ProposalId));
    }

    [Fact]
    public void Only_whole_words_are_ignored_when_names_are_compared()
    {
        var southern = new ConflictFlags.Applicant(3, "Southern Workforce Board", ["AL"]);

        Assert.Empty(ConflictFlags.For(new ReviewerProfile { Employer = "Sourn Workforce Board" }, [southern]));
        Assert.Single(ConflictFlags.For(new ReviewerProfile { Employer = "The Southern Workforce Board" }, [southern]));
    }

    [Fact]
    public void Unrelated_reviewers_and_short_names_raise_nothing()
    {
        Assert.Empty(ConflictFlags.For(new ReviewerProfile { Employer = "Acme", HomeStateCode = "TX" }, [Ohio, Carolina]));
        Assert.Empty(ConflictFlags.For(new ReviewerProfile(), [Ohio, Carolina]));
    }
}
