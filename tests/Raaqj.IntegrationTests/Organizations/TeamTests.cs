using System.Net;
using Raaqj.IntegrationTests.Infrastructure;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Organizations;

namespace Raaqj.IntegrationTests.Organizations;

public sealed class TeamTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    private const string Owner = Accounts.Anchor;

    private async Task<HttpClient> InviteAndJoinAsync(string email, string role)
    {
        var owner = await factory.SignedInAsync(Owner);
        var invited = await owner.PostFormAsync("/organization/team", "/organization/team/invite", ("Invite.Email", email), ("Invite.Role", role));
        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        var joinLink = factory.LinkInLatestMailTo(email);
        var colleague = await factory.RegisteredAnchorAsync(email);
        var join = await colleague.GetPageAsync(joinLink);
        var accept = join.QuerySelector("form[action^='/organization/invitations/']")!.GetAttribute("action")!;
        Assert.Equal(HttpStatusCode.Redirect, (await colleague.PostFormAsync(joinLink, accept)).StatusCode);
        return colleague;
    }

    private int MemberId(string email) => factory.Query(db => db.OrganizationMembers.Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { m.Id, u.Email }).Single(x => x.Email == email).Id);

    [Fact]
    public async Task An_invited_co_author_registers_accepts_and_works_as_an_editor()
    {
        var colleague = await InviteAndJoinAsync("coauthor@greatlakes.example", "Editor");

        var team = await colleague.GetPageAsync("/organization/team");
        Assert.Contains("coauthor@greatlakes.example", team.Text());
        Assert.Equal(HttpStatusCode.OK, (await colleague.GetAsync("/organization/edit")).StatusCode);
        var actions = factory.Query(db => db.AuditEntries.Where(a => a.EntityType == "Organization").Select(a => a.Action).ToList());
        Assert.Contains(AuditActions.MemberInvited, actions);
        Assert.Contains(AuditActions.MemberJoined, actions);
    }

    [Fact]
    public async Task A_viewer_reads_but_cannot_edit_or_manage_the_team()
    {
        var viewer = await InviteAndJoinAsync("viewer@greatlakes.example", "Viewer");

        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync("/organization")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await viewer.GetAsync("/organization/edit")).StatusCode);
        var edit = await viewer.PostFormAsync("/organization", "/organization/edit", ("Form.LegalName", "Hijacked"));
        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        var invite = await viewer.PostFormAsync("/organization", "/organization/team/invite", ("Invite.Email", "x@example.org"), ("Invite.Role", "Editor"));
        Assert.Equal(HttpStatusCode.NotFound, invite.StatusCode);
        Assert.DoesNotContain("Hijacked", factory.Query(db => db.Organizations.Select(o => o.LegalName).ToList()));
    }

    [Fact]
    public async Task Only_the_invited_address_can_accept_an_invitation()
    {
        var owner = await factory.SignedInAsync(Owner);
        await owner.PostFormAsync("/organization/team", "/organization/team/invite", ("Invite.Email", "intended@example.org"), ("Invite.Role", "Editor"));
        var invitationId = factory.Query(db => db.OrganizationInvitations.Single(i => i.Email == "intended@example.org").Id);
        var stranger = await factory.RegisteredAnchorAsync("stranger@example.org");

        var response = await stranger.PostFormAsync("/dashboard/anchor", $"/organization/invitations/{invitationId}/accept");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(factory.Query(db => db.OrganizationMembers.Any(m => db.Users.Any(u => u.Id == m.UserId && u.Email == "stranger@example.org"))));
    }

    [Fact]
    public async Task A_revoked_invitation_link_no_longer_works()
    {
        var owner = await factory.SignedInAsync(Owner);
        await owner.PostFormAsync("/organization/team", "/organization/team/invite", ("Invite.Email", "revoked@example.org"), ("Invite.Role", "Viewer"));
        var link = factory.LinkInLatestMailTo("revoked@example.org");
        var id = factory.Query(db => db.OrganizationInvitations.Single(i => i.Email == "revoked@example.org").Id);

        await owner.PostFormAsync("/organization/team", $"/organization/team/invitations/{id}/revoke");

        Assert.Contains("does not work", (await factory.NewClient().GetPageAsync(link)).Text());
    }

    [Fact]
    public async Task Inviting_someone_already_on_the_team_is_refused_next_to_the_field()
    {
        var owner = await factory.SignedInAsync(Owner);

        var page = await (await owner.PostFormAsync("/organization/team", "/organization/team/invite", ("Invite.Email", Owner), ("Invite.Role", "Editor"))).ReadPageAsync();

        Assert.Contains("already on your team", page.FieldError("Invite_Email"));
    }

    [Fact]
    public async Task The_owner_hands_over_ownership_and_removes_a_member()
    {
        await InviteAndJoinAsync("successor@greatlakes.example", "Editor");
        await InviteAndJoinAsync("leaving@greatlakes.example", "Viewer");
        var owner = await factory.SignedInAsync(Owner);

        await owner.PostFormAsync("/organization/team", $"/organization/team/members/{MemberId("leaving@greatlakes.example")}/remove");
        await owner.PostFormAsync("/organization/team", $"/organization/team/members/{MemberId("successor@greatlakes.example")}/make-owner");

        var roles = factory.Query(db => db.OrganizationMembers.Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { u.Email, m.Role }).ToList());
        Assert.DoesNotContain(roles, r => r.Email == "leaving@greatlakes.example");
        Assert.Equal(MemberRole.Owner, roles.Single(r => r.Email == "successor@greatlakes.example").Role);
        Assert.Equal(MemberRole.Editor, roles.Single(r => r.Email == Owner).Role);
        Assert.True(factory.Query(db => db.AuditEntries.Any(a => a.Action == AuditActions.OwnershipTransferred)));
        Assert.True(factory.Query(db => db.AuditEntries.Any(a => a.Action == AuditActions.MemberRemoved)));

        var successor = await factory.SignedInAsync("successor@greatlakes.example", "a long enough passphrase");
        await successor.PostFormAsync("/organization/team", $"/organization/team/members/{MemberId(Owner)}/make-owner");
        Assert.Equal(MemberRole.Owner, factory.Query(db => db.OrganizationMembers.Single(m => m.Id == MemberId(Owner)).Role));
    }
}
