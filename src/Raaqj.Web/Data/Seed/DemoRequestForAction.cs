using Raaqj.Web.Domain.Rfp;
using Raaqj.Web.Infrastructure;

namespace Raaqj.Web.Data.Seed;

// The program's first request for action, from the public commitment (shared/seed/raaqj-commitment.txt).
// Dates follow the program timeline relative to today: launched in month 3 (this month), proposals due
// mid-month 4, reviewed and regions selected by the end of month 5.
public static class DemoRequestForAction
{
    public static RequestForAction Create(DateTime nowUtc, string timeZoneId)
    {
        var local = ProgramClock.ToLocal(nowUtc, timeZoneId);
        var month3 = new DateTime(local.Year, local.Month, 1);
        var month4 = month3.AddMonths(1);
        var month5 = month3.AddMonths(2);
        var rfp = new RequestForAction
        {
            Title = "Regional Action to Advance Quality Jobs: 2026 Regional Request for Action",
            Summary = "We invite place-based anchor organizations to propose how their region will grow its economy by moving more people facing systemic barriers to advancement into quality jobs. Six regions will form the inaugural cohort and receive expert technical assistance to build a cross-sector regional job quality action plan.",
            Eligibility = "The lead applicant (the anchor organization) must be a permanent, place-based agency or institution with a track record of successfully convening community partners, such as a workforce board, community college, economic development organization, United Way or community foundation, or public agency. It applies on behalf of a region (a named set of counties, in one or more states) and engages key community stakeholders across the private and public sectors to co-design the collective agenda.",
            ProgramDescription = "A job is not necessarily a good job. Too many people lack jobs that provide a living wage and benefits, stability, flexibility, autonomy and economic advancement. Today 38 million people facing systemic barriers to advancement (people without 4-year college degrees, Black learners and workers, women regardless of educational attainment, and people with criminal records) work in a quality job; our North Star is 75 million within 10 years.\n\nThe six selected regions join a 12-month program: the cohort launches in month 8 with a community of practice; in months 9 to 12 each region completes regional and organizational assessments and ecosystem mapping, supports worker-informed research to pilot and prototype solutions, and develops its initial job quality action plan. Technical assistance and advisory services come from experts in workforce and economic development, apprenticeship, employer mobilization, career-related education, research and evaluation, and interventions for focus populations. Regions also receive readiness assessments, structured peer learning on job quality and equitable hiring, and access to national job quality survey data.\n\nProposals include a fundraising plan showing how the region will contribute to full implementation. Priority goes to regions with demonstrated past partnerships, regions where labor market data shows a concentration of priority populations, and applicants with an identified local match from public dollars or regional philanthropy.",
            TimeZoneId = timeZoneId,
            OpensAtUtc = ProgramClock.ToUtc(month3.AddHours(9), timeZoneId),
            ClosesAtUtc = ProgramClock.ToUtc(month4.AddDays(14).AddHours(17), timeZoneId),
            ReviewStartsOn = DateOnly.FromDateTime(month4.AddDays(15)),
            ReviewEndsOn = DateOnly.FromDateTime(month5.AddMonths(1).AddDays(-1)),
            CohortSize = RequestForAction.DefaultCohortSize,
            CreatedAtUtc = nowUtc,
            UpdatedAtUtc = nowUtc,
        };
        rfp.ReplaceCriteria(
        [
            Criterion("Anchor organization", 15, "The lead applicant is a permanent, place-based agency or institution with a track record of successfully convening community partners. Look for evidence of permanence, place and past convenings."),
            Criterion("Regional strategy for quality jobs", 25, "A credible strategy for regional economic growth by moving more people facing systemic barriers to advancement into quality jobs (living wage, benefits, stability, flexibility, autonomy, economic advancement)."),
            Criterion("Stakeholder engagement and co-design", 15, "Key community stakeholders across private and public sectors are named, with their roles in co-designing the collective agenda and their commitment."),
            Criterion("Concentration of priority populations", 15, "Labor market data, with sources, shows the concentration of priority populations in the region: people without 4-year degrees, Black learners and workers, women, and people with criminal records."),
            Criterion("Past partnerships", 15, "Past partnerships demonstrate effectiveness, reliability and bold leadership in the region."),
            Criterion("Fundraising plan and local match", 15, "A fundraising plan shows how the region will contribute to full implementation, including any local match from public dollars or regional philanthropy (committed or pending)."),
        ]);
        rfp.Publish(nowUtc, []);
        return rfp;
    }

    private static SelectionCriterion Criterion(string title, int weight, string guidance) =>
        new() { Title = title, Weight = weight, Guidance = guidance, ScaleMin = 1, ScaleMax = 5 };
}
