using Raaqj.Web.Domain.Organizations;

namespace Raaqj.UnitTests.Domain;

public sealed class OrganizationRulesTests
{
    private static OrganizationMember Member(int id, MemberRole role) => new() { Id = id, OrganizationId = 1, UserId = $"u{id}", Role = role };

    [Theory]
    [InlineData("12-3456789", true)]
    [InlineData("123456789", false)]
    [InlineData("12-345678", false)]
    [InlineData("00-1234567", false)]
    [InlineData("97-1234567", false)]
    [InlineData("", false)]
    public void An_EIN_has_the_IRS_form_and_an_assigned_prefix(string ein, bool valid) =>
        Assert.Equal(valid, Ein.IsValid(ein));

    [Theory]
    [InlineData("123456789", "12-3456789")]
    [InlineData(" 12 3456789 ", "12-3456789")]
    [InlineData("12-3456789", "12-3456789")]
    [InlineData("12-34", "12-34")]
    public void An_EIN_typed_without_the_dash_is_normalized(string typed, string expected) =>
        Assert.Equal(expected, Ein.Normalize(typed));

    [Fact]
    public void Only_the_owner_invites_and_only_as_editor_or_viewer()
    {
        var owner = Member(1, MemberRole.Owner);

        Assert.Empty(TeamRules.CanInvite(owner, MemberRole.Editor, "new@x.org", [], []));
        Assert.NotEmpty(TeamRules.CanInvite(Member(2, MemberRole.Editor), MemberRole.Editor, "new@x.org", [], []));
        Assert.NotEmpty(TeamRules.CanInvite(owner, MemberRole.Owner, "new@x.org", [], []));
        Assert.NotEmpty(TeamRules.CanInvite(owner, MemberRole.Viewer, "NEW@x.org", ["new@x.org"], []));
        Assert.NotEmpty(TeamRules.CanInvite(owner, MemberRole.Viewer, "new@x.org", [], ["New@X.org"]));
    }

    [Fact]
    public void The_owner_cannot_be_removed_and_only_the_owner_removes()
    {
        var owner = Member(1, MemberRole.Owner);
        var editor = Member(2, MemberRole.Editor);

        Assert.NotEmpty(TeamRules.CanRemove(owner, owner));
        Assert.NotEmpty(TeamRules.CanRemove(editor, Member(3, MemberRole.Viewer)));
        Assert.Empty(TeamRules.CanRemove(owner, editor));
    }

    [Fact]
    public void Handing_over_ownership_leaves_exactly_one_owner()
    {
        var owner = Member(1, MemberRole.Owner);
        var viewer = Member(2, MemberRole.Viewer);

        Assert.Empty(TeamRules.TransferOwnership(owner, viewer));

        Assert.Equal(MemberRole.Editor, owner.Role);
        Assert.Equal(MemberRole.Owner, viewer.Role);
        Assert.NotEmpty(TeamRules.TransferOwnership(owner, viewer));
        Assert.NotEmpty(TeamRules.TransferOwnership(viewer, viewer));
    }
}
