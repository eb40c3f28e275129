namespace Raaqj.Web.Domain.Selection;

// The program's priorities as one proposal states them. A figure the proposal does not give is null and shown
// as missing, never as zero.
public sealed record PriorityFactors(decimal? AmountRequested, decimal CommittedMatch, decimal PendingMatch, double? PopulationShare, int PartnershipCount)
{
    public decimal TotalMatch => CommittedMatch + PendingMatch;

    // Identified local match (committed and pending) per dollar requested; null while no amount is requested.
    public double? MatchRatio => AmountRequested is > 0 ? Math.Round((double)(TotalMatch / AmountRequested.Value), 3) : null;

    public bool HasPastPartnership => PartnershipCount > 0;

    // shares: The share (percent of the working-age population) given for each priority population, null where not given.
    public static PriorityFactors From(decimal? amountRequested, IEnumerable<(decimal Amount, bool IsCommitted)> match, IEnumerable<decimal?> shares, int partnerships)
    {
        var commitments = match.ToList();
        var given = shares.Where(s => s is not null).Select(s => (double)s!.Value).ToList();
        return new PriorityFactors(amountRequested,
            commitments.Where(m => m.IsCommitted).Sum(m => m.Amount), commitments.Where(m => !m.IsCommitted).Sum(m => m.Amount),
            given.Count > 0 ? Math.Round(given.Average(), 2) : null, partnerships);
    }
}
