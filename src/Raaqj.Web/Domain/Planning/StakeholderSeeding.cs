using Raaqj.Web.Domain.Proposals;

namespace Raaqj.Web.Domain.Planning;

// A region's map starts from the stakeholders its proposal named, so nobody types them again: the proposal's sector in
// the map's terms, its role, and consulted (or involved, when they sent a letter of commitment).
public static class StakeholderSeeding
{
    public const string Note = "From the proposal.";

    public static RegionStakeholder From(Stakeholder named, int regionId, DateTime now)
    {
        var stakeholder = new RegionStakeholder
        {
            CohortRegionId = regionId, Sector = EcosystemTerms.FromProposal(named.Sector), Role = named.Role, ProposalStakeholderId = named.Id,
            CreatedAtUtc = now, UpdatedAtUtc = now,
        };
        stakeholder.Identify(named.Name, null, null);
        stakeholder.Start(named.HasCommitmentLetter ? EngagementLevel.Involved : EngagementLevel.Consulted, now, null,
            named.HasCommitmentLetter ? "From the proposal, with a letter of commitment." : Note);
        return stakeholder;
    }
}
