using System.Net;
using Raaqj.IntegrationTests.Builders;
using Raaqj.IntegrationTests.Infrastructure;

namespace Raaqj.IntegrationTests.Proposals;

public sealed class ViewerTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    [Fact]
    public async Task A_viewer_reads_every_section_but_cannot_change_upload_or_submit()
    {
        var owner = await factory.SignedInAsync(Accounts.Anchor);
        var id = await ProposalFiller.StartAsync(owner);
        await new ProposalFiller(owner, id).Post("strategy", ProposalFiller.Strategy);
        await owner.PostFormAsync("/organization/team", "/organization/team/invite", ("Invite.Email", "reader@greatlakes.example"), ("Invite.Role", "Viewer"));
        var viewer = await factory.RegisteredAnchorAsync("reader@greatlakes.example");
        var invitation = factory.Query(db => db.OrganizationInvitations.Single(i => i.Email == "reader@greatlakes.example").Id);
        await viewer.PostFormAsync("/dashboard/anchor", $"/organization/invitations/{invitation}/accept");
        var filler = new ProposalFiller(viewer, id);

        var page = await viewer.GetPageAsync(filler.Url("strategy"));
        Assert.NotNull(page.QuerySelector("fieldset[disabled]"));
        Assert.Contains("You are a Viewer", page.Text());

        var save = await filler.Post("strategy", ("Form.Strategy", "Viewer's change"));
        var upload = await UploadTests.UploadAsync(viewer, id, "letter.pdf", UploadTests.Pdf);
        var submit = await viewer.PostFormAsync(filler.Url("review"), $"/proposals/{id}/submit", ("Certified", "true"));

        Assert.Contains("Viewers can read the proposal but not change it", (await save.ReadPageAsync()).Text());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, upload.StatusCode);
        Assert.Contains("Only the owner", (await submit.ReadPageAsync()).Text());
        Assert.Equal(ProposalFiller.Strategy[0].Item2, factory.Query(db => db.Proposals.Single(p => p.Id == id).Strategy));
        Assert.Equal(0, factory.Query(db => db.ProposalAttachments.Count(a => a.ProposalId == id)));
    }
}
