using Raaqj.Web.Domain.Proposals;

namespace Raaqj.Web.Domain.Reviews;

// Which reviewer expertise suits a proposal, read from the partners it names: a plan built with employers
// wants someone versed in employer mobilization, one built with colleges someone in career-related education,
// and so on. Used only to prefer reviewers, never to exclude them.
public static class ExpertiseNeeds
{
    public static ExpertiseArea For(IEnumerable<StakeholderSector> sectors) =>
        sectors.Aggregate(ExpertiseArea.None, (needs, sector) => needs | sector switch
        {
            StakeholderSector.PrivateEmployer => ExpertiseArea.EmployerMobilization,
            StakeholderSector.EducationAndTraining => ExpertiseArea.CareerRelatedEducation,
            StakeholderSector.WorkforceBoard or StakeholderSector.PublicAgency => ExpertiseArea.WorkforceAndEconomicDevelopment,
            StakeholderSector.CommunityBasedOrganization => ExpertiseArea.FocusPopulations,
            StakeholderSector.LaborOrWorkerOrganization => ExpertiseArea.Apprenticeship,
            _ => ExpertiseArea.None,
        });

    public static bool Matches(ExpertiseArea reviewer, ExpertiseArea needs) => (reviewer & needs) != ExpertiseArea.None;
}
