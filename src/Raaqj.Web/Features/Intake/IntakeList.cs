using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Proposals;
using Raaqj.Web.Domain.Rfp;
using Raaqj.Web.Infrastructure.Caching;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Intake;

public sealed record IntakeQuery(int? Rfp, ProposalStatus? Status, string? State, string? Q, string? Sort, int? Page);

public sealed record IntakeRow(int Id, string? ReceiptNumber, string Organization, string Region, IReadOnlyList<string> CountyStates,
    ProposalStatus Status, int MissingCount, DateTime? SubmittedAtUtc, long LocalMatchCents)
{
    public IReadOnlyList<string> States => CountyStates.Distinct().Order().ToList();

    public decimal LocalMatch => LocalMatchCents / 100m;

    // Other proposals of the round claiming some of the same counties.
    public IReadOnlyList<Selection.RegionOverlap> Overlaps { get; init; } = [];
}

public sealed record IntakeModel(IntakeQuery Query, IReadOnlyList<IntakeModel.Round> Rounds, int? RfpId, Page<IntakeRow> Rows, IReadOnlyDictionary<ProposalStatus, int> Counts)
{
    public sealed record Round(int Id, string Title);
}

// The staff's list of what came in: one query for the page whatever its length, filters and sorts in the database;
// each page of each filter is read once per change of content (ContentCache).
public sealed class IntakeListHandler(AppDbContext db, IntakeOverlaps overlaps, ContentCache cache, Rfp.CurrentRound currentRound)
{
    public static readonly IReadOnlyList<(string Key, string Label)> Sorts =
    [
        ("submitted", "Submitted, newest first"), ("organization", "Organization"), ("region", "Region"),
        ("status", "Status"), ("missing", "Most complete first"), ("match", "Largest local match"),
    ];

    public async Task<IntakeModel> Handle(IntakeQuery query)
    {
        var rfpId = query.Rfp ?? await currentRound.IdAsync();
        return await cache.GetAsync($"intake/{rfpId}/{query.Status}/{query.State}/{query.Q}/{query.Sort}/{query.Page}", () => Load(query, rfpId));
    }

    private async Task<IntakeModel> Load(IntakeQuery query, int? rfpId)
    {
        var rounds = await db.RequestsForAction.AsNoTracking().Where(r => r.Status != RfpStatus.Draft)
            .OrderByDescending(r => r.OpensAtUtc).Select(r => new IntakeModel.Round(r.Id, r.Title)).ToListAsync();
        var filtered = Filter(query, rfpId);
        var counts = await db.Proposals.Where(p => p.RequestForActionId == rfpId).GroupBy(p => p.Status)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count);
        var total = await filtered.CountAsync();
        var page = Page<IntakeRow>.Clamp(query.Page);
        var rows = await SortAndProject(filtered, query.Sort).Skip((page - 1) * Page<IntakeRow>.DefaultSize).Take(Page<IntakeRow>.DefaultSize).ToListAsync();
        var shared = await overlaps.For(rows.Select(r => r.Id).ToList());
        rows = rows.Select(r => r with { Overlaps = shared.GetValueOrDefault(r.Id, []) }).ToList();
        return new IntakeModel(query, rounds, rfpId, new Page<IntakeRow>(rows, page, Page<IntakeRow>.DefaultSize, total), counts);
    }

    // Every row the filters select, in order, for the exports.
    public async Task<IReadOnlyList<IntakeRow>> All(IntakeQuery query) =>
        await SortAndProject(Filter(query, query.Rfp ?? await currentRound.IdAsync()), query.Sort).ToListAsync();

    private IQueryable<Proposal> Filter(IntakeQuery query, int? rfpId)
    {
        var proposals = db.Proposals.AsNoTracking().Where(p => p.RequestForActionId == rfpId);
        if (query.Status is { } status)
            proposals = proposals.Where(p => p.Status == status);
        if (!string.IsNullOrWhiteSpace(query.State))
            proposals = proposals.Where(p => p.Counties.Any(c => c.StateCode == query.State));
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var term = query.Q.Trim().ToLower();
            proposals = proposals.Where(p => p.RegionName.ToLower().Contains(term)
                || db.Organizations.Any(o => o.Id == p.OrganizationId && o.LegalName.ToLower().Contains(term)));
        }
        return proposals;
    }

    private IQueryable<IntakeRow> SortAndProject(IQueryable<Proposal> proposals, string? sort)
    {
        var rows = proposals.Join(db.Organizations, p => p.OrganizationId, o => o.Id, (p, o) => new { Proposal = p, Organization = o.LegalName });
        rows = sort switch
        {
            "organization" => rows.OrderBy(x => x.Organization).ThenBy(x => x.Proposal.Id),
            "region" => rows.OrderBy(x => x.Proposal.RegionName).ThenBy(x => x.Proposal.Id),
            "status" => rows.OrderBy(x => x.Proposal.Status).ThenBy(x => x.Proposal.Id),
            "missing" => rows.OrderBy(x => x.Proposal.MissingCount).ThenBy(x => x.Proposal.Id),
            "match" => rows.OrderByDescending(x => x.Proposal.LocalMatchCents).ThenBy(x => x.Proposal.Id),
            _ => rows.OrderByDescending(x => x.Proposal.SubmittedAtUtc).ThenBy(x => x.Proposal.Id),
        };
        return rows.Select(x => new IntakeRow(x.Proposal.Id, x.Proposal.ReceiptNumber, x.Organization, x.Proposal.RegionName,
            x.Proposal.Counties.Select(c => c.StateCode).ToList(), x.Proposal.Status, x.Proposal.MissingCount, x.Proposal.SubmittedAtUtc, x.Proposal.LocalMatchCents));
    }
}
