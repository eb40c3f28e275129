using Raaqj.Web.Domain.Funding;

namespace Raaqj.Web.Features.Funding;

// How the money pages word the funding terms, and the badge each stage wears.
public static class FundingTerms
{
    public static string Label(FunderStage stage) => stage.ToString();

    public static string Label(FunderKind kind) => kind.ToString();

    public static string Badge(FunderStage stage) => stage switch
    {
        FunderStage.Received => "badge text-bg-success",
        FunderStage.Pledged => "badge text-bg-primary",
        FunderStage.Asked => "badge text-bg-info",
        FunderStage.Declined => "badge text-bg-secondary",
        _ => "badge text-bg-light border",
    };

    public static string Badge(MatchStatus status) => status switch
    {
        MatchStatus.Received => "badge text-bg-success",
        MatchStatus.Pledged => "badge text-bg-primary",
        MatchStatus.Withdrawn => "badge text-bg-secondary",
        _ => "badge text-bg-light border",
    };
}
