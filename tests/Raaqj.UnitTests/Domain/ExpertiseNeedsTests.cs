using Raaqj.Web.Domain.Proposals;
using Raaqj.Web.Domain.Reviews;

namespace Raaqj.UnitTests.Domain;

public sealed class ExpertiseNeedsTests
{
    [Fact]
    public void A_proposal_s_partners_say_which_expertise_suits_it()
    {
        var needs = ExpertiseNeeds.For([StakeholderSector.PrivateEmployer, StakeholderSector.EducationAndTraining, StakeholderSector.Philanthropy]);

        Assert.Equal(ExpertiseArea.EmployerMobilization | ExpertiseArea.CareerRelatedEducation, needs);
        Assert.True(ExpertiseNeeds.Matches(ExpertiseArea.CareerRelatedEducation | ExpertiseArea.Apprenticeship, needs));
        Assert.False(ExpertiseNeeds.Matches(ExpertiseArea.ResearchAndEvaluation, needs));
        Assert.False(ExpertiseNeeds.Matches(ExpertiseArea.None, needs));
    }
}
