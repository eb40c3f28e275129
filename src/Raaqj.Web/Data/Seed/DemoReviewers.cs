using Raaqj.Web.Domain.Reviews;

namespace Raaqj.Web.Data.Seed;

// Profiles of the three demo reviewers; the second lives in Ohio, so the pool flags a possible conflict with the Ohio proposal.
public static class DemoReviewers
{
    public static IReadOnlyList<(string Email, ReviewerProfile Profile)> Profiles(DateTime nowUtc) =>
    [
        ("reviewer1@example.org", new ReviewerProfile
        {
            IsExternal = false, Expertise = ExpertiseArea.WorkforceAndEconomicDevelopment | ExpertiseArea.ResearchAndEvaluation,
            MaxProposals = 12, Employer = "Regional Action program team", HomeStateCode = "MA", UpdatedAtUtc = nowUtc,
        }),
        ("reviewer2@example.org", new ReviewerProfile
        {
            IsExternal = true, Expertise = ExpertiseArea.Apprenticeship | ExpertiseArea.EmployerMobilization,
            MaxProposals = 8, Employer = "Ohio Manufacturing Institute", HomeStateCode = "OH", UpdatedAtUtc = nowUtc,
        }),
        ("reviewer3@example.org", new ReviewerProfile
        {
            IsExternal = true, Expertise = ExpertiseArea.CareerRelatedEducation | ExpertiseArea.FocusPopulations,
            MaxProposals = 8, Employer = "California Community Colleges", HomeStateCode = "CA", UpdatedAtUtc = nowUtc,
        }),
    ];
}
