namespace Raaqj.Web.Domain.Accounts;

// How a person stands to a record: the relations the permission map is written in.
public enum Relation
{
    // No tie to the record: it answers 404, as if it did not exist.
    None,
    Staff,
    Owner,
    Editor,
    Viewer,

    // A reviewer assigned to the proposal who declared no conflict.
    AssignedReviewer,

    // An assigned reviewer whose submitted review counts (CountingReviews): they may see the others' and discuss.
    CountingReviewer,
}

// What a person may do to a record.
public enum RecordAction
{
    ReadProposal,

    // The team's own pages of its proposal (the sections, the review page, the print view).
    WorkOnProposal,
    DownloadDocument,
    EditProposal,
    SubmitProposal,
    ManageTeam,
    ScoreProposal,

    // Read the other reviews and the discussion of a proposal, and post to it, as a reviewer.
    JoinReviewerDiscussion,

    // A cohort region's pages (its timeline and milestones); the region's team is its anchor organization's team.
    ReadRegion,

    // Change a region milestone's status and evidence.
    UpdateRegionMilestone,

    // Add to a region's workspace: its shared documents (and, later, its TA requests and plans).
    ContributeToRegion,

    // Invite and remove the region's partners.
    ManageRegionPartners,

    // Write the region's job quality action plan, submit it and open a revision: its own team, not staff.
    WriteRegionPlan,

    // Comment on a submitted plan, approve it or send it back for changes.
    ReviewRegionPlan,

    // Verify a line of the region's local match ledger against its evidence: staff, never the region itself.
    VerifyRegionMatch,

    // Write the region's period reports and submit them: its own team, not staff.
    ReportRegionProgress,

    // Accept a submitted period report or ask for changes.
    ReviewRegionReport,
}

// The one permission map: action x relation (after Hypha's projects/permissions.py). Controllers and handlers ask
// it instead of writing their own checks; the program half's region pages add their actions here.
// Time rules (a deadline, a submitted proposal) are the records' own and come on top.
public static class Permissions
{
    private static readonly IReadOnlyDictionary<RecordAction, Relation[]> Map = new Dictionary<RecordAction, Relation[]>
    {
        [RecordAction.ReadProposal] = [Relation.Staff, Relation.Owner, Relation.Editor, Relation.Viewer, Relation.AssignedReviewer, Relation.CountingReviewer],
        [RecordAction.WorkOnProposal] = [Relation.Owner, Relation.Editor, Relation.Viewer],
        [RecordAction.DownloadDocument] = [Relation.Staff, Relation.Owner, Relation.Editor, Relation.Viewer, Relation.AssignedReviewer, Relation.CountingReviewer],
        [RecordAction.EditProposal] = [Relation.Owner, Relation.Editor],
        [RecordAction.SubmitProposal] = [Relation.Owner],
        [RecordAction.ManageTeam] = [Relation.Owner],
        [RecordAction.ScoreProposal] = [Relation.AssignedReviewer, Relation.CountingReviewer],
        [RecordAction.JoinReviewerDiscussion] = [Relation.CountingReviewer],
        [RecordAction.ReadRegion] = [Relation.Staff, Relation.Owner, Relation.Editor, Relation.Viewer],
        [RecordAction.UpdateRegionMilestone] = [Relation.Staff, Relation.Owner, Relation.Editor],
        [RecordAction.ContributeToRegion] = [Relation.Staff, Relation.Owner, Relation.Editor],
        [RecordAction.ManageRegionPartners] = [Relation.Staff, Relation.Owner],
        [RecordAction.WriteRegionPlan] = [Relation.Owner, Relation.Editor],
        [RecordAction.ReviewRegionPlan] = [Relation.Staff],
        [RecordAction.VerifyRegionMatch] = [Relation.Staff],
        [RecordAction.ReportRegionProgress] = [Relation.Owner, Relation.Editor],
        [RecordAction.ReviewRegionReport] = [Relation.Staff],
    };

    public static bool Allows(RecordAction action, Relation relation) => Map[action].Contains(relation);

    // Whether any of a person's relations to the record allows the action (staff can also be a reviewer).
    public static bool Allows(RecordAction action, IEnumerable<Relation> relations) => relations.Any(r => Allows(action, r));

    public static Relation Of(Organizations.MemberRole role) => role switch
    {
        Organizations.MemberRole.Owner => Relation.Owner,
        Organizations.MemberRole.Editor => Relation.Editor,
        _ => Relation.Viewer,
    };
}
