using Raaqj.Web.Domain.Accounts;

namespace Raaqj.UnitTests.Domain;

// The whole permission map, written out: a change to the map must change this table too.
public sealed class PermissionsTests
{
    private const bool Y = true;
    private const bool N = false;

#pragma warning disable IDE0055 // a table, aligned to be read
    //                                                     None Staff Owner Editor Viewer Reviewer Counting
    private static readonly Dictionary<RecordAction, bool[]> Expected = new()
    {
        [RecordAction.ReadProposal] =                     [N,   Y,    Y,    Y,     Y,     Y,       Y],
        [RecordAction.WorkOnProposal] =                   [N,   N,    Y,    Y,     Y,     N,       N],
        [RecordAction.DownloadDocument] =                 [N,   Y,    Y,    Y,     Y,     Y,       Y],
        [RecordAction.EditProposal] =                     [N,   N,    Y,    Y,     N,     N,       N],
        [RecordAction.SubmitProposal] =                   [N,   N,    Y,    N,     N,     N,       N],
        [RecordAction.ManageTeam] =                       [N,   N,    Y,    N,     N,     N,       N],
        [RecordAction.ScoreProposal] =                    [N,   N,    N,    N,     N,     Y,       Y],
        [RecordAction.JoinReviewerDiscussion] =           [N,   N,    N,    N,     N,     N,       Y],
        [RecordAction.ReadRegion] =                       [N,   Y,    Y,    Y,     Y,     N,       N],
        [RecordAction.UpdateRegionMilestone] =            [N,   Y,    Y,    Y,     N,     N,       N],
        [RecordAction.ContributeToRegion] =               [N,   Y,    Y,    Y,     N,     N,       N],
        [RecordAction.ManageRegionPartners] =             [N,   Y,    Y,    N,     N,     N,       N],
        [RecordAction.WriteRegionPlan] =                  [N,   N,    Y,    Y,     N,     N,       N],
        [RecordAction.ReviewRegionPlan] =                 [N,   Y,    N,    N,     N,     N,       N],
        [RecordAction.VerifyRegionMatch] =                [N,   Y,    N,    N,     N,     N,       N],
        [RecordAction.ReportRegionProgress] =             [N,   N,    Y,    Y,     N,     N,       N],
        [RecordAction.ReviewRegionReport] =               [N,   Y,    N,    N,     N,     N,       N],
    };
#pragma warning restore IDE0055

    public static TheoryData<RecordAction, Relation, bool> Matrix()
    {
        var data = new TheoryData<RecordAction, Relation, bool>();
        foreach (var action in Enum.GetValues<RecordAction>())
            foreach (var relation in Enum.GetValues<Relation>())
                data.Add(action, relation, Expected[action][(int)relation]);
        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public void Every_action_is_allowed_to_exactly_the_relations_the_table_names(RecordAction action, Relation relation, bool allowed) =>
        Assert.Equal(allowed, Permissions.Allows(action, relation));

    [Fact]
    public void The_table_covers_every_action_and_every_relation()
    {
        Assert.Equal(Enum.GetValues<RecordAction>().Order(), Expected.Keys.Order());
        Assert.All(Expected.Values, row => Assert.Equal(Enum.GetValues<Relation>().Length, row.Length));
    }

    [Fact]
    public void Someone_with_two_relations_may_do_what_either_allows() =>
        Assert.True(Permissions.Allows(RecordAction.ScoreProposal, [Relation.Staff, Relation.AssignedReviewer]));
}
