using System.Net;
using Raaqj.IntegrationTests.Infrastructure;
using Raaqj.Web.Domain.Reviews;

namespace Raaqj.IntegrationTests.Reviews;

public sealed class ReviewerPoolTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Builders.ReviewRound.SubmittedAsync(factory);
    }

    [Fact]
    public async Task Staff_invite_a_reviewer_with_expertise_and_a_maximum()
    {
        var staff = await factory.SignedInAsync(Accounts.Staff);

        var response = await staff.PostFormAsync("/reviews/reviewers/invite", "/reviews/reviewers/invite",
            ("Email", "economist@university.example"), ("DisplayName", "Erin Economist"), ("IsExternal", "true"),
            ("Expertise", "ResearchAndEvaluation"), ("Expertise", "FocusPopulations"), ("MaxProposals", "6"), ("Employer", "State University"), ("HomeStateCode", "TX"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var userId = factory.Query(db => db.Users.Single(u => u.Email == "economist@university.example").Id);
        var profile = factory.Query(db => db.ReviewerProfiles.Single(p => p.UserId == userId));
        Assert.True(profile.IsExternal);
        Assert.Equal(ExpertiseArea.ResearchAndEvaluation | ExpertiseArea.FocusPopulations, profile.Expertise);
        Assert.Equal(6, profile.MaxProposals);
        Assert.Contains(factory.To("economist@university.example"), m => m.Subject == "You are invited to the RAAQJ portal");
        Assert.Contains("Erin Economist", (await staff.GetPageAsync("/reviews/reviewers")).Text());
    }

    [Fact]
    public async Task Bad_input_is_named_next_to_its_field_and_nothing_is_created()
    {
        var staff = await factory.SignedInAsync(Accounts.Staff);

        var page = await (await staff.PostFormAsync("/reviews/reviewers/invite", "/reviews/reviewers/invite",
            ("Email", Accounts.Reviewer), ("DisplayName", "Twin"), ("MaxProposals", "0"), ("Employer", "Kept employer"))).ReadPageAsync();

        Assert.Contains("already exists", page.FieldError("Email"));
        Assert.Contains("from 1 to 200", page.FieldError("MaxProposals"));
        Assert.Equal("Kept employer", page.GetElementById("Employer")!.GetAttribute("value"));
        Assert.Equal(1, factory.Query(db => db.Users.Count(u => u.Email == Accounts.Reviewer)));
    }

    [Fact]
    public async Task A_reviewer_living_in_an_applicant_s_state_is_flagged_and_staff_can_edit_the_profile()
    {
        var staff = await factory.SignedInAsync(Accounts.Staff);
        var reviewer2 = factory.Query(db => db.Users.Single(u => u.Email == "reviewer2@example.org").Id);

        var pool = await staff.GetPageAsync("/reviews/reviewers");
        var row = pool.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("reviewer2@example.org"));
        Assert.Contains("lives in OH", row.TextContent);

        await staff.PostFormAsync($"/reviews/reviewers/{reviewer2}", $"/reviews/reviewers/{reviewer2}", ("MaxProposals", "4"), ("HomeStateCode", "NM"));

        Assert.Equal(4, factory.Query(db => db.ReviewerProfiles.Single(p => p.UserId == reviewer2).MaxProposals));
        var after = (await staff.GetPageAsync("/reviews/reviewers")).QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("reviewer2@example.org"));
        Assert.Contains("none flagged", after.TextContent);
    }

    [Fact]
    public async Task Only_staff_manage_reviewers_and_only_reviewers_have_profiles()
    {
        var reviewer = await factory.SignedInAsync(Accounts.Reviewer);
        var staff = await factory.SignedInAsync(Accounts.Staff);
        var anchor = factory.Query(db => db.Users.Single(u => u.Email == Accounts.Anchor).Id);

        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.GetAsync("/reviews/reviewers")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/reviews/reviewers/{anchor}")).StatusCode);
    }
}
