using Raaqj.IntegrationTests.Infrastructure;
using Raaqj.Web.Domain.Audit;

namespace Raaqj.IntegrationTests.Reviews;

public sealed class ProgressTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Builders.ReviewRound.SubmittedAsync(factory);
    }

    [Fact]
    public async Task Staff_see_overdue_reviews_and_remind_only_those_reviewers()
    {
        var proposal = factory.Query(db => db.Proposals.Single(p => p.RegionName == "Northeast Ohio").Id);
        var staff = await factory.SignedInAsync(Accounts.Staff);
        foreach (var (email, due) in new[] { (Accounts.Reviewer, "2026-11-01"), ("reviewer3@example.org", "2027-01-31") })
        {
            var id = factory.Query(db => db.Users.Single(u => u.Email == email).Id);
            await staff.PostFormAsync("/reviews/assignments", "/reviews/assignments/add", ("proposalId", proposal.ToString()), ("reviewerUserId", id), ("dueOn", due));
        }

        var page = await staff.GetPageAsync("/reviews/assignments/progress");
        Assert.Contains("0 of 2 review(s) submitted", page.Text());
        Assert.Contains("1", page.QuerySelectorAll("tbody tr").First(r => r.TextContent.Contains("Riley Reviewer")).QuerySelector(".badge")!.TextContent);

        await staff.PostFormAsync("/reviews/assignments/progress", "/reviews/assignments/progress/remind");

        Assert.Contains(factory.To(Accounts.Reviewer), m => m.Subject == "Reminder: reviews past their due date");
        Assert.DoesNotContain(factory.To("reviewer3@example.org"), m => m.Subject == "Reminder: reviews past their due date");
        Assert.True(factory.Query(db => db.AuditEntries.Any(a => a.Action == AuditActions.ReviewRemindersSent)));
    }
}
