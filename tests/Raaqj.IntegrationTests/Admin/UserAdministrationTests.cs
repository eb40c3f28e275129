using System.Net;
using Raaqj.IntegrationTests.Infrastructure;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Domain.Audit;

namespace Raaqj.IntegrationTests.Admin;

public sealed class UserAdministrationTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    private string IdOf(string email) => factory.Query(db => db.Users.Single(u => u.Email == email).Id);

    [Fact]
    public async Task Invited_reviewer_sets_a_password_from_the_emailed_link_and_lands_on_the_reviewer_dashboard()
    {
        const string email = "expert@university.example";
        var admin = await factory.SignedInAsync(Accounts.Admin);

        var invited = await admin.PostFormAsync("/admin/users/invite", "/admin/users/invite", ("Email", email), ("DisplayName", "Eve Expert"), ("Role", "Reviewer"));
        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);

        var invitee = factory.NewClient();
        var link = factory.LinkInLatestMailTo(email);
        var accept = await invitee.GetPageAsync(link);
        var accepted = await invitee.PostFormAsync(link, "/account/accept-invitation",
            ("UserId", accept.QuerySelector("input[name=UserId]")!.GetAttribute("value")!),
            ("Code", accept.QuerySelector("input[name=Code]")!.GetAttribute("value")!),
            ("DisplayName", "Eve Expert"), ("Password", "reviewing is a quiet craft"), ("ConfirmPassword", "reviewing is a quiet craft"));

        Assert.Equal("/dashboard", accepted.Headers.Location!.OriginalString);
        Assert.Equal("/dashboard/reviewer", (await invitee.GetAsync("/dashboard")).Headers.Location!.OriginalString);
        var actions = factory.Query(db => db.AuditEntries.Where(a => a.EntityId == IdOf(email)).Select(a => a.Action).ToList());
        Assert.Contains(AuditActions.UserInvited, actions);
        Assert.Contains(AuditActions.UserInvitationAccepted, actions);

        var reused = await factory.NewClient().GetAsync(link);
        Assert.Contains("does not work", (await reused.ReadPageAsync()).Text());
    }

    [Fact]
    public async Task Inviting_an_existing_address_is_refused_next_to_the_field()
    {
        var admin = await factory.SignedInAsync(Accounts.Admin);

        var response = await admin.PostFormAsync("/admin/users/invite", "/admin/users/invite", ("Email", Accounts.Staff), ("DisplayName", "Twin"), ("Role", "Staff"));

        Assert.Contains("already exists", (await response.ReadPageAsync()).FieldError("Email"));
    }

    [Fact]
    public async Task Changing_roles_takes_effect_and_records_before_and_after()
    {
        var admin = await factory.SignedInAsync(Accounts.Admin);
        await factory.Given.AccountAsync(Roles.Reviewer, "reviewer2@example.org");
        var id = IdOf("reviewer2@example.org");

        var response = await admin.PostFormAsync($"/admin/users/{id}", $"/admin/users/{id}/roles", ("roles", "Reviewer"), ("roles", "Staff"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var entry = factory.Query(db => db.AuditEntries.Where(a => a.Action == AuditActions.UserRolesChanged && a.EntityId == id).OrderBy(a => a.Id).Last());
        Assert.Equal(Accounts.Admin, entry.ActorEmail);
        Assert.Contains("Reviewer", entry.Before);
        Assert.DoesNotContain("Staff", entry.Before);
        Assert.Contains("Staff", entry.After);
        var reviewer = await factory.SignedInAsync("reviewer2@example.org");
        Assert.Equal(HttpStatusCode.OK, (await reviewer.GetAsync("/rfp")).StatusCode);
    }

    [Fact]
    public async Task An_admin_cannot_remove_their_own_admin_role()
    {
        var admin = await factory.SignedInAsync(Accounts.Admin);
        var id = IdOf(Accounts.Admin);

        var response = await admin.PostFormAsync($"/admin/users/{id}", $"/admin/users/{id}/roles", ("roles", "Staff"));

        Assert.Contains("cannot remove your own Admin role", (await response.ReadPageAsync()).Text());
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/users")).StatusCode);
    }

    [Fact]
    public async Task A_disabled_account_can_no_longer_log_in_and_the_change_is_audited()
    {
        var admin = await factory.SignedInAsync(Accounts.Admin);
        await factory.Given.AccountAsync(Roles.Anchor, "anchor2@example.org");
        var id = IdOf("anchor2@example.org");

        await admin.PostFormAsync($"/admin/users/{id}", $"/admin/users/{id}/disable");
        var login = await factory.NewClient().PostFormAsync("/account/login", "/account/login", ("Email", "anchor2@example.org"), ("Password", Accounts.Password));

        Assert.Contains("has been disabled", (await login.ReadPageAsync()).Text());
        Assert.True(factory.Query(db => db.AuditEntries.Any(a => a.Action == AuditActions.UserDisabled && a.EntityId == id)));

        await admin.PostFormAsync($"/admin/users/{id}", $"/admin/users/{id}/enable");
        await factory.NewClient().SignInAsync("anchor2@example.org");
    }

    [Fact]
    public async Task The_user_list_filters_by_role_and_finds_by_name()
    {
        var admin = await factory.SignedInAsync(Accounts.Admin);

        var reviewers = await admin.GetPageAsync("/admin/users?role=Reviewer");
        var found = await admin.GetPageAsync("/admin/users?q=ada");

        Assert.All(reviewers.QuerySelectorAll("tbody tr"), row => Assert.Contains("Reviewer", row.TextContent));
        Assert.Contains(Accounts.Reviewer, reviewers.Text());
        Assert.DoesNotContain(Accounts.Staff, reviewers.Text());
        Assert.Single(found.QuerySelectorAll("tbody tr"));
    }

    [Fact]
    public async Task The_audit_log_filters_by_action()
    {
        var admin = await factory.SignedInAsync(Accounts.Admin);
        var id = (await factory.Given.AccountAsync(Roles.Reviewer)).Id;
        await admin.PostFormAsync($"/admin/users/{id}", $"/admin/users/{id}/disable");

        var page = await admin.GetPageAsync("/admin/audit?action=" + AuditActions.UserDisabled);

        var rows = page.QuerySelectorAll("tbody tr");
        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.Contains(AuditActions.UserDisabled, row.TextContent));
        await admin.PostFormAsync($"/admin/users/{id}", $"/admin/users/{id}/enable");
    }

    [Fact]
    public async Task Admins_read_the_mail_the_portal_saved_instead_of_sending()
    {
        var admin = await factory.SignedInAsync(Accounts.Admin);
        await factory.NewClient().PostFormAsync("/account/forgot-password", "/account/forgot-password", ("Email", Accounts.Reviewer));

        var list = await admin.GetPageAsync("/admin/mail");
        var link = list.QuerySelectorAll("tbody a").First(a => a.TextContent.Contains("Reset your RAAQJ portal password"));
        var message = await admin.GetPageAsync(link.GetAttribute("href")!);

        Assert.Contains(Accounts.Reviewer, message.Text());
        Assert.Contains("/account/reset-password", message.Text());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/mail/..%2F..%2Fetc%2Fpasswd")).StatusCode);
    }
}
