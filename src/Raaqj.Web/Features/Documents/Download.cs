using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Infrastructure.Authorization;

namespace Raaqj.Web.Features.Documents;

public sealed record StoredDocument(string StoredName, string FileName);

// The one way a stored file leaves the portal: found by its id, checked through the record it belongs to
// (a proposal today; region documents, evidence and reports later), or not found at all.
public sealed class DownloadHandler(AppDbContext db, RecordAccess access)
{
    public async Task<StoredDocument?> Handle(int documentId)
    {
        var attachment = await db.ProposalAttachments.AsNoTracking().Where(a => a.Id == documentId)
            .Select(a => new { a.ProposalId, a.StoredName, a.FileName }).FirstOrDefaultAsync();
        if (attachment is null || !await access.MayAsync(RecordAction.DownloadDocument, attachment.ProposalId))
            return null;
        return new StoredDocument(attachment.StoredName, attachment.FileName);
    }
}
