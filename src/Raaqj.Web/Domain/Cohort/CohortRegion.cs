namespace Raaqj.Web.Domain.Cohort;

// A selected region in the program, created when its selection is released: the home that the program half
// fills (timeline, workspace, assessments, plans).
public class CohortRegion
{
    public int Id { get; set; }
    public int RequestForActionId { get; set; }
    public int ProposalId { get; set; }
    public int OrganizationId { get; set; }
    public string RegionName { get; set; } = "";
    public DateTime JoinedAtUtc { get; set; }

    // The member of staff who is the region's first contact and, by default, owns its milestones.
    public string? LiaisonUserId { get; set; }

    // Its ecosystem map, seeded from the proposal's stakeholders when it joins.
    public List<Planning.RegionStakeholder> Stakeholders { get; set; } = [];

    // Its local match ledger, seeded from the proposal's fundraising section when it joins.
    public List<Funding.MatchEntry> MatchEntries { get; set; } = [];
}
