using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Domain.Assistance;
using Raaqj.Web.Domain.Cohort;
using Raaqj.Web.Domain.Proposals;
using Raaqj.Web.Domain.Timeline;
using Raaqj.Web.Infrastructure.Authorization;

namespace Raaqj.Web.Features.Documents;

public sealed record StoredDocument(string StoredName, string FileName);

// The one way a stored file leaves the portal: found by its id, checked through the record it belongs to
// (a proposal, a milestone, a region's library, a TA thread, the learning agenda, a line of local match), or not found at all.
public sealed class DownloadHandler(AppDbContext db, RecordAccess proposals, RegionAccess regions, Assistance.TaAccess ta, Community.CommunityAccess community,
    IHttpContextAccessor http)
{
    public async Task<StoredDocument?> Handle(int documentId)
    {
        var document = await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Id == documentId);
        var allowed = document switch
        {
            ProposalAttachment attachment => await proposals.MayAsync(RecordAction.DownloadDocument, attachment.ProposalId),
            MilestoneEvidence evidence => await MayReadMilestoneAsync(evidence.MilestoneId),
            RegionFileVersion version => await db.RegionFiles.Where(f => f.Id == version.RegionFileId).Select(f => (int?)f.CohortRegionId).FirstOrDefaultAsync() is { } region
                && await regions.MayAsync(RecordAction.ReadRegion, region),
            TaMessageFile file => await db.TaMessages.Where(m => m.Id == file.TaMessageId).Select(m => db.TaRequests.Where(r => r.Id == m.TaRequestId)
                .Select(r => new { r.CohortRegionId, r.ExpertUserId }).First()).FirstOrDefaultAsync() is { } request
                && (await ta.OfAsync(request.CohortRegionId, request.ExpertUserId)).MayRead,
            Domain.Community.CommunityResourceFile file => await db.CommunityResources.Where(r => r.Id == file.CommunityResourceId).Select(r => (int?)r.ProgramEditionId)
                .FirstOrDefaultAsync() is { } program && await community.ReaderAsync(program) is not null,
            Domain.Funding.MatchEvidence evidence => await db.MatchEntries.Where(m => m.Id == evidence.MatchEntryId).Select(m => (int?)m.CohortRegionId).FirstOrDefaultAsync() is { } region
                && await regions.MayAsync(RecordAction.ReadRegion, region),
            Domain.Reporting.ReportEvidence evidence => await db.PeriodReports.Where(r => r.Id == evidence.PeriodReportId).Select(r => (int?)r.CohortRegionId).FirstOrDefaultAsync() is { } region
                && await regions.MayAsync(RecordAction.ReadRegion, region),
            _ => false,
        };
        return allowed ? new StoredDocument(document!.StoredName, document.FileName) : null;
    }

    // A region's milestone is read by its team and staff; the program's own milestones by staff.
    private async Task<bool> MayReadMilestoneAsync(int milestoneId)
    {
        var milestone = await db.Milestones.AsNoTracking().Where(m => m.Id == milestoneId).Select(m => new { m.CohortRegionId }).FirstOrDefaultAsync();
        return milestone switch
        {
            { CohortRegionId: { } region } => await regions.MayAsync(RecordAction.ReadRegion, region),
            not null => http.HttpContext?.User.IsInRole(Roles.Staff) == true,
            null => false,
        };
    }
}
