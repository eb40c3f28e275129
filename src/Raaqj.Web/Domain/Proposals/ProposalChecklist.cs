namespace Raaqj.Web.Domain.Proposals;

// What still keeps a proposal from being submitted, each item pointing at the field to fix.
public static class ProposalChecklist
{
    public sealed record MissingItem(ProposalSection Section, string FieldId, string Message);

    public const int MinimumStakeholders = 3;

    private static readonly StakeholderSector[] PublicSectors =
        [StakeholderSector.PublicAgency, StakeholderSector.WorkforceBoard, StakeholderSector.EducationAndTraining];

    public static IReadOnlyList<MissingItem> Missing(Proposal p)
    {
        var missing = new List<MissingItem>();
        void Need(bool ok, ProposalSection section, string field, string message)
        {
            if (!ok)
                missing.Add(new MissingItem(section, field, message));
        }

        Need(!string.IsNullOrWhiteSpace(p.RegionName), ProposalSection.Region, "RegionName", "Name the region.");
        Need(p.Counties.Count > 0, ProposalSection.Region, "county-search", "Add the counties that make up the region.");
        Need(p.IsPermanent && !string.IsNullOrWhiteSpace(p.PermanentEvidence), ProposalSection.Region, "PermanentEvidence", "Confirm the organization is permanent, with evidence.");
        Need(p.IsPlaceBased && !string.IsNullOrWhiteSpace(p.PlaceBasedEvidence), ProposalSection.Region, "PlaceBasedEvidence", "Confirm the organization is place-based, with evidence.");
        Need(p.HasConvened && !string.IsNullOrWhiteSpace(p.ConvenedEvidence), ProposalSection.Region, "ConvenedEvidence", "Confirm the track record of convening partners, with evidence.");

        Need(!string.IsNullOrWhiteSpace(p.Strategy), ProposalSection.Strategy, "Strategy", "Describe the regional strategy.");

        foreach (var population in ProposalLabels.Populations)
        {
            var figure = p.PopulationFigures.FirstOrDefault(f => f.Population == population);
            var complete = figure is { Count: not null, SharePercent: not null, Year: not null } && !string.IsNullOrWhiteSpace(figure.Source);
            Need(complete, ProposalSection.Populations, $"population-{(int)population}", $"Give the number, share, source and year for {ProposalLabels.Label(population).ToLowerInvariant()}.");
        }

        Need(p.Stakeholders.Count >= MinimumStakeholders, ProposalSection.Stakeholders, "stakeholders", $"List at least {MinimumStakeholders} stakeholders who will co-design the agenda.");
        Need(p.Stakeholders.Any(s => s.Sector == StakeholderSector.PrivateEmployer) && p.Stakeholders.Any(s => PublicSectors.Contains(s.Sector)),
            ProposalSection.Stakeholders, "stakeholders", "Include at least one private employer and one public-sector partner.");

        Need(p.Partnerships.Count > 0, ProposalSection.Partnerships, "partnerships", "Describe at least one past partnership.");

        Need(p.JobQualityDimensions != JobQualityDimension.None, ProposalSection.JobQuality, "dimensions", "Choose the job quality dimensions the region will target.");
        Need(!string.IsNullOrWhiteSpace(p.JobQualityRationale), ProposalSection.JobQuality, "JobQualityRationale", "Explain why these dimensions.");

        Need(p.AmountRequested is > 0, ProposalSection.Fundraising, "AmountRequested", "Enter the amount requested.");
        Need(p.TotalBudget is > 0 && p.TotalBudget >= (p.AmountRequested ?? 0), ProposalSection.Fundraising, "TotalBudget", "Enter the total budget (at least the amount requested).");
        Need(!string.IsNullOrWhiteSpace(p.FundraisingNarrative), ProposalSection.Fundraising, "FundraisingNarrative", "Describe how the region will contribute to full implementation.");

        Need(!p.Stakeholders.Any(s => s.HasCommitmentLetter) || p.Attachments.Count > 0, ProposalSection.Attachments, "upload",
            "Attach the commitment letters you marked in the stakeholders section.");
        return missing;
    }

    public static bool IsComplete(Proposal p, ProposalSection section) => Missing(p).All(m => m.Section != section);
}
