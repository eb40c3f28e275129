namespace Raaqj.Web.Features.Selection;

// The ranking (as filtered and sorted on screen) and the decisions, as CSV or Excel.
public sealed class SelectionExportHandler(SelectionBoardHandler boards)
{
    private static readonly string[] RankingHeader =
    [
        "Rank", "Receipt", "Organization", "Region", "States", "Census regions", "Amount requested", "Complete reviews", "Mean review score",
        "Calibrated score", "Committed match", "Pending match", "Match per dollar requested", "Priority population share (%)",
        "Past partnerships", "Combined score", "Missing", "Stage",
    ];

    private static readonly string[] DecisionsHeader =
    [
        "Rank", "Receipt", "Organization", "Region", "States", "Shortlisted", "Outcome (draft)", "Rationale", "Feedback to applicant",
        "Released outcome", "Released feedback", "Released at (UTC)",
    ];

    public async Task<(string[] Header, IEnumerable<IReadOnlyList<object?>> Rows)> Ranking(RankingQuery query)
    {
        var rows = (await boards.Handle())?.Rows ?? [];
        return (RankingHeader, RankingHandler.Sort(RankingHandler.Filter(rows, query), query).Select(r => (IReadOnlyList<object?>)
        [
            r.Ranked.Rank, r.ReceiptNumber, r.Organization, r.Region, string.Join(", ", r.States), string.Join(", ", r.CensusRegions),
            r.Factors.AmountRequested, r.Reviews?.CompleteReviews ?? 0, r.Reviews?.Mean, r.Reviews?.Calibrated, r.Factors.CommittedMatch,
            r.Factors.PendingMatch, r.Factors.MatchRatio, r.Factors.PopulationShare, r.Factors.PartnershipCount, r.Ranked.Combined,
            string.Join("; ", r.Ranked.Missing), r.Stage.ToString(),
        ]));
    }

    public async Task<(string[] Header, IEnumerable<IReadOnlyList<object?>> Rows)> Decisions()
    {
        var rows = (await boards.Handle())?.Rows ?? [];
        return (DecisionsHeader, rows.Select(r => (IReadOnlyList<object?>)
        [
            r.Ranked.Rank, r.ReceiptNumber, r.Organization, r.Region, string.Join(", ", r.States), r.Shortlisted ? "Yes" : "No",
            r.Decision?.Outcome?.ToString(), r.Decision?.Rationale, r.Decision?.Feedback, r.Decision?.ReleasedOutcome?.ToString(),
            r.Decision?.ReleasedFeedback, r.Decision?.ReleasedAtUtc?.ToString("yyyy-MM-dd HH:mm"),
        ]));
    }
}
