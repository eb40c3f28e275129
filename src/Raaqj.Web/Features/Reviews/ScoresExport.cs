using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Proposals;
using Raaqj.Web.Domain.Reviews;
using Raaqj.Web.Features.Rfp;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Exports;

namespace Raaqj.Web.Features.Reviews;

// Every score and comment of the round's reviews, one row per review and criterion, for staff to analyse elsewhere.
public sealed class ScoresExportHandler(AppDbContext db, ProgramClock clock, CurrentRound currentRound)
{
    private static readonly string[] Header =
        ["Receipt", "Organization", "Reviewer", "Review status", "Criterion", "Weight", "Score", "Comment", "Review total (0-100)", "Recommendation", "Overall comment", "Submitted"];

    public async Task<byte[]> Csv() => TableExport.Csv(Header, await Rows());

    public async Task<byte[]> Excel() => await TableExport.Excel("Scores", Header, await Rows());

    private async Task<IEnumerable<IReadOnlyList<object?>>> Rows()
    {
        var rfpId = await currentRound.IdAsync();
        var criteria = await db.SelectionCriteria.AsNoTracking().Where(c => c.RequestForActionId == rfpId).OrderBy(c => c.Position).ToListAsync();
        var scales = criteria.Select(c => new CriterionScale(c.Id, c.Weight, c.ScaleMin, c.ScaleMax)).ToList();
        var reviews = await db.Reviews.AsNoTracking().Include(r => r.Scores)
            .Join(db.Proposals.Where(p => p.RequestForActionId == rfpId && p.Status == ProposalStatus.Submitted), r => r.ProposalId, p => p.Id, (r, p) => new { Review = r, p.ReceiptNumber, p.OrganizationId })
            .Join(db.Organizations, x => x.OrganizationId, o => o.Id, (x, o) => new { x.Review, x.ReceiptNumber, o.LegalName })
            .Join(db.Users, x => x.Review.ReviewerUserId, u => u.Id, (x, u) => new { x.Review, x.ReceiptNumber, x.LegalName, u.DisplayName })
            .OrderBy(x => x.LegalName).ThenBy(x => x.DisplayName).ToListAsync();
        return reviews.SelectMany(x => criteria.Select(c =>
        {
            var score = x.Review.Scores.FirstOrDefault(s => s.CriterionId == c.Id);
            return (IReadOnlyList<object?>)
            [
                x.ReceiptNumber, x.LegalName, x.DisplayName, x.Review.Status.ToString(), c.Title, c.Weight, score?.Score, score?.Comment,
                x.Review.TotalFor(scales).Value, x.Review.Recommendation?.ToString(), x.Review.OverallComment,
                x.Review.SubmittedAtUtc is { } at ? clock.Short(at) : "",
            ];
        })).ToList();
    }
}
