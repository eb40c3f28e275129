using Raaqj.Web.Domain.Proposals;

namespace Raaqj.Web.Domain.Funding;

// Where a region's match comes from: the seed asks for public dollars or regional philanthropy.
public enum MatchSource
{
    PublicDollars = 0,
    RegionalPhilanthropy = 1,
    Other = 2,
}

public enum ContributionForm
{
    Cash = 0,
    InKind = 1,
}

// Expected: named in the proposal or hoped for, not yet promised. Withdrawn: promised once, not coming.
public enum MatchStatus
{
    Expected = 0,
    Pledged = 1,
    Received = 2,
    Withdrawn = 3,
}

// One line of a region's local match ledger: who contributes, what kind of money, cash or in kind, how far it has
// come, and the files that show it. Staff verify a line against its files; a change of what the line says takes
// the verification away again.
public class MatchEntry
{
    public const int ContributorMaxLength = 200;
    public const int NoteMaxLength = 1000;

    public int Id { get; set; }
    public int CohortRegionId { get; set; }
    public string Contributor { get; set; } = "";
    public MatchSource Source { get; set; }
    public ContributionForm Form { get; set; }
    public MatchStatus Status { get; set; }
    public decimal Amount { get; set; }

    // The day it was pledged or received (the status says which).
    public DateOnly? On { get; set; }
    public string? Note { get; set; }

    // The proposal's commitment it was seeded from, so bringing the proposal's match in twice adds it once.
    public int? MatchCommitmentId { get; set; }
    public string? VerifiedByUserId { get; set; }
    public DateTime? VerifiedAtUtc { get; set; }
    public string? VerificationNote { get; set; }
    public Guid FormKey { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
    public List<MatchEvidence> Evidence { get; set; } = [];

    public bool IsVerified => VerifiedAtUtc is not null;

    public bool Counts => Status is MatchStatus.Pledged or MatchStatus.Received;

    public void Unverify()
    {
        VerifiedByUserId = null;
        VerifiedAtUtc = null;
        VerificationNote = null;
    }
}

public class MatchEvidence : Documents.Document
{
    public int MatchEntryId { get; set; }
}

public sealed record MatchLine(MatchSource Source, MatchStatus Status, decimal Amount, bool Verified);

// A ledger's totals: received and pledged apart, what is only expected apart again, how much staff verified, and
// the share that comes from the sources the seed asks for (public dollars and regional philanthropy).
public sealed record MatchTotals(decimal Received, decimal Pledged, decimal Expected, decimal Verified, IReadOnlyDictionary<MatchSource, decimal> BySource)
{
    public decimal Committed => Received + Pledged;

    public decimal FromSeedSources => BySource.GetValueOrDefault(MatchSource.PublicDollars) + BySource.GetValueOrDefault(MatchSource.RegionalPhilanthropy);
}

public static class LocalMatch
{
    public const string SeedNote = "From the proposal's fundraising section.";

    public static MatchTotals Totals(IEnumerable<MatchLine> lines)
    {
        var list = lines.ToList();
        var counting = list.Where(l => l.Status is MatchStatus.Pledged or MatchStatus.Received).ToList();
        return new MatchTotals(
            list.Where(l => l.Status == MatchStatus.Received).Sum(l => l.Amount),
            list.Where(l => l.Status == MatchStatus.Pledged).Sum(l => l.Amount),
            list.Where(l => l.Status == MatchStatus.Expected).Sum(l => l.Amount),
            counting.Where(l => l.Verified).Sum(l => l.Amount),
            counting.GroupBy(l => l.Source).ToDictionary(g => g.Key, g => g.Sum(l => l.Amount)));
    }

    // A proposal's match commitment as a ledger line: committed ones are pledged, the others expected; in-kind gifts
    // are in kind from another source.
    public static MatchEntry From(MatchCommitment commitment, int regionId, DateTime now) => new()
    {
        CohortRegionId = regionId, Contributor = commitment.Source, Amount = commitment.Amount, MatchCommitmentId = commitment.Id,
        Source = commitment.Kind switch
        {
            MatchKind.Public => MatchSource.PublicDollars,
            MatchKind.Philanthropic => MatchSource.RegionalPhilanthropy,
            _ => MatchSource.Other,
        },
        Form = commitment.Kind == MatchKind.InKind ? ContributionForm.InKind : ContributionForm.Cash,
        Status = commitment.IsCommitted ? MatchStatus.Pledged : MatchStatus.Expected,
        Note = SeedNote, FormKey = Guid.NewGuid(), CreatedAtUtc = now, UpdatedAtUtc = now,
    };

    public static string Label(MatchSource source) => source switch
    {
        MatchSource.PublicDollars => "Public dollars",
        MatchSource.RegionalPhilanthropy => "Regional philanthropy",
        _ => "Other",
    };

    public static string Label(ContributionForm form) => form == ContributionForm.Cash ? "Cash" : "In kind";

    public static string Label(MatchStatus status) => status.ToString();
}
