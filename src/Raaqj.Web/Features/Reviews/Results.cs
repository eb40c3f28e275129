using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Proposals;
using Raaqj.Web.Domain.Reviews;
using Raaqj.Web.Features.Rfp;
using Raaqj.Web.Infrastructure.Caching;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Reviews;

public sealed record ResultsModel(
    string? RfpTitle, IReadOnlyList<ResultsModel.Row> Rows, IReadOnlyList<ResultsModel.Severity> Severities,
    IReadOnlyList<ResultsModel.CriterionSpread> Criteria)
{
    public sealed record Row(int ProposalId, string Organization, int Assigned, IReadOnlyList<double> Totals, ProposalResult? Result, int SetAside);

    public int SetAside => Rows.Sum(r => r.SetAside);

    public sealed record Severity(string Name, int Reviews, double Mean, double Offset);

    // How often each score was given for a criterion, across submitted reviews.
    public sealed record CriterionSpread(string Title, IReadOnlyDictionary<int, int> Counts);
}

// One page of the results' rows, best calibrated score first, beside the round's figures.
public sealed record ResultsPage(ResultsModel Results, Page<ResultsModel.Row> Rows)
{
    public const int PageSize = 50;
}

// The staff's results: each submitted review's weighted total, the mean, spread and calibrated score per proposal, reviewers' severity.
// Read once per change of content (ContentCache), for the current round.
public sealed class ResultsHandler(AppDbContext db, ContentCache cache, CurrentRound currentRound)
{
    public async Task<ResultsPage> Handle(int? page)
    {
        var rfpId = await currentRound.IdAsync();
        var results = await cache.GetAsync($"review-results/{rfpId}", () => Load(rfpId));
        return new ResultsPage(results, Page<ResultsModel.Row>.Of(results.Rows, page, ResultsPage.PageSize));
    }

    private async Task<ResultsModel> Load(int? rfpId)
    {
        var title = await db.RequestsForAction.Where(r => r.Id == rfpId).Select(r => r.Title).FirstOrDefaultAsync();
        var criteria = await db.SelectionCriteria.AsNoTracking().Where(c => c.RequestForActionId == rfpId).OrderBy(c => c.Position).ToListAsync();
        var scales = criteria.Select(c => new CriterionScale(c.Id, c.Weight, c.ScaleMin, c.ScaleMax)).ToList();
        var proposals = await db.Proposals.AsNoTracking().Where(p => p.RequestForActionId == rfpId && p.Status == ProposalStatus.Submitted)
            .Join(db.Organizations, p => p.OrganizationId, o => o.Id, (p, o) => new { p.Id, o.LegalName })
            .ToListAsync();
        var ids = proposals.Select(p => p.Id).ToList();
        var assigned = await db.ReviewAssignments.Where(a => ids.Contains(a.ProposalId)).GroupBy(a => a.ProposalId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count);
        var reviews = await db.ReviewsThatCount().AsNoTracking().Include(r => r.Scores)
            .Where(r => ids.Contains(r.ProposalId)).ToListAsync();
        var setAside = await db.ReviewsSetAside().Where(r => ids.Contains(r.ProposalId)).GroupBy(r => r.ProposalId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count);
        var totals = reviews.Select(r => new ReviewTotal(r.ReviewerUserId, r.ProposalId, r.TotalFor(scales).Value)).ToList();
        var totalsOf = totals.Where(t => t.Total is not null).ToLookup(t => t.ProposalId, t => t.Total!.Value);
        var results = Calibration.Results(totals).ToDictionary(r => r.ProposalId);
        var names = await db.Users.Where(u => reviews.Select(r => r.ReviewerUserId).Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName);

        var rows = proposals
            .Select(p => new ResultsModel.Row(p.Id, p.LegalName, assigned.GetValueOrDefault(p.Id),
                totalsOf[p.Id].ToList(), results.GetValueOrDefault(p.Id),
                setAside.GetValueOrDefault(p.Id)))
            .OrderByDescending(r => r.Result?.Calibrated ?? double.MinValue).ThenBy(r => r.Organization).ToList();
        var severities = Calibration.Severities(totals)
            .Select(s => new ResultsModel.Severity(names.GetValueOrDefault(s.ReviewerId, "(reviewer)"), s.Reviews, s.Mean, s.Offset)).ToList();
        var spreads = criteria.Select(c => new ResultsModel.CriterionSpread(c.Title,
            Enumerable.Range(c.ScaleMin, c.ScaleMax - c.ScaleMin + 1).ToDictionary(v => v,
                v => reviews.SelectMany(r => r.Scores).Count(s => s.CriterionId == c.Id && s.Score == v)))).ToList();
        return new ResultsModel(title, rows, severities, spreads);
    }
}
