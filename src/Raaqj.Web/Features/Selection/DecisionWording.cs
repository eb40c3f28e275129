using Raaqj.Web.Domain.Selection;

namespace Raaqj.Web.Features.Selection;

// How an outcome is put to the applicant, in the email and on their dashboard alike.
public static class DecisionWording
{
    public static string ForApplicant(DecisionOutcome outcome, string region, string round) => outcome switch
    {
        DecisionOutcome.Selected => $"Congratulations: {region} is selected for the cohort of \"{round}\". The program team will be in touch about the launch.",
        DecisionOutcome.Waitlisted => $"{region} is on the waitlist for \"{round}\". If a place opens in the cohort, we will tell you at once.",
        DecisionOutcome.Declined => $"{region} was not selected for \"{round}\". Thank you for the work your partners put into the proposal.",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome)),
    };

    public static string Badge(DecisionOutcome? outcome) => outcome switch
    {
        DecisionOutcome.Selected => "text-bg-success",
        DecisionOutcome.Waitlisted => "text-bg-warning",
        DecisionOutcome.Declined => "text-bg-secondary",
        _ => "text-bg-light border",
    };
}
