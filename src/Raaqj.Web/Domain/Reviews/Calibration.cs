namespace Raaqj.Web.Domain.Reviews;

// One submitted review's weighted total, or none when a criterion was left unscored.
public sealed record ReviewTotal(string ReviewerId, int ProposalId, double? Total);

// How a reviewer scores compared with everyone: the mean of their totals minus the overall mean (negative = harsher).
public sealed record ReviewerSeverity(string ReviewerId, int Reviews, double Mean, double StdDev, double Offset);

public sealed record ProposalResult(
    int ProposalId, int CompleteReviews, int IncompleteReviews, double? Mean, double? StdDev, double? Min, double? Max,
    double? Calibrated, bool Disagreement);

// Corrects for reviewers' severity: each review total becomes a z-score within its reviewer's own totals,
// a proposal's calibrated score is the mean of its z-scores rescaled to the overall mean and spread. A
// reviewer who scores everything lower (or higher) by the same amount therefore changes nothing.
// Incomplete reviews are counted apart and take no part in any figure.
public static class Calibration
{
    // Two complete reviews further apart than this (on 0-100) are flagged for discussion.
    public const double DisagreementSpread = 25;

    public static IReadOnlyList<ReviewerSeverity> Severities(IReadOnlyCollection<ReviewTotal> reviews)
    {
        var complete = reviews.Where(r => r.Total is not null).ToList();
        var overall = Scoring.Spread(complete.Select(r => r.Total!.Value).ToList());
        if (overall is null)
            return [];
        return complete.GroupBy(r => r.ReviewerId).Select(g =>
        {
            var (mean, sd) = Scoring.Spread(g.Select(r => r.Total!.Value).ToList())!.Value;
            return new ReviewerSeverity(g.Key, g.Count(), Math.Round(mean, 2), Math.Round(sd, 2), Math.Round(mean - overall.Value.Mean, 2));
        }).OrderBy(s => s.Offset).ToList();
    }

    public static IReadOnlyList<ProposalResult> Results(IReadOnlyCollection<ReviewTotal> reviews, double disagreementSpread = DisagreementSpread)
    {
        var complete = reviews.Where(r => r.Total is not null).ToList();
        var overall = Scoring.Spread(complete.Select(r => r.Total!.Value).ToList());
        var byReviewer = complete.GroupBy(r => r.ReviewerId)
            .ToDictionary(g => g.Key, g => Scoring.Spread(g.Select(r => r.Total!.Value).ToList())!.Value);

        double ZScore(ReviewTotal review)
        {
            var (mean, sd) = byReviewer[review.ReviewerId];
            // A reviewer who gave every proposal the same total shows no spread of their own; use everyone's.
            var scale = sd > 0 ? sd : overall!.Value.StdDev;
            return scale > 0 ? (review.Total!.Value - mean) / scale : 0;
        }

        return reviews.GroupBy(r => r.ProposalId).Select(g =>
        {
            var totals = g.Where(r => r.Total is not null).ToList();
            var incomplete = g.Count() - totals.Count;
            if (totals.Count == 0)
                return new ProposalResult(g.Key, 0, incomplete, null, null, null, null, null, false);
            var values = totals.Select(r => r.Total!.Value).ToList();
            var (mean, sd) = Scoring.Spread(values)!.Value;
            var z = totals.Average(ZScore);
            var calibrated = Math.Clamp(overall!.Value.Mean + z * overall.Value.StdDev, 0, 100);
            return new ProposalResult(g.Key, totals.Count, incomplete, Math.Round(mean, 2), Math.Round(sd, 2), values.Min(), values.Max(),
                Math.Round(calibrated, 2), values.Count >= 2 && values.Max() - values.Min() >= disagreementSpread);
        }).OrderByDescending(r => r.Calibrated ?? double.MinValue).ThenBy(r => r.ProposalId).ToList();
    }
}
