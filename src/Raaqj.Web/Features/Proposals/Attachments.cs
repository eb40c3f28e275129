using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Proposals;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Files;

namespace Raaqj.Web.Features.Proposals;

public sealed class AttachmentsHandler(AppDbContext db, DocumentStore documents, ProgramClock clock, CurrentUser user)
{
    public const string FileField = DocumentStore.FileField;

    public async Task<Outcome> Upload(ProposalPage page, IFormFile? file, string? description, CancellationToken cancellationToken = default)
    {
        if (!page.CanEdit)
            return Outcome.Invalid("", page.ReadOnlyReason!);
        if ((description ?? "").Length > ProposalAttachment.DescriptionMaxLength)
            return Outcome.Invalid("Description", $"Keep the description under {ProposalAttachment.DescriptionMaxLength} characters.");

        var proposal = await db.Proposals.WithEverything().SingleAsync(p => p.Id == page.Proposal.Id, cancellationToken);
        var read = await documents.ReadAsync(file, proposal.AttachmentBytes, "proposal", cancellationToken);
        if (read.Value is not { } document)
            return read;
        if (proposal.Attachments.FirstOrDefault(a => a.Sha256 == document.Sha256) is { } same)
            return Outcome.Invalid(FileField, $"This file is already attached, as {same.FileName}.");

        var storedName = await documents.SaveAsync(document, cancellationToken);
        proposal.Attachments.Add(new ProposalAttachment
        {
            ProposalId = page.Proposal.Id, FileName = document.FileName, StoredName = storedName, ContentType = document.ContentType,
            SizeBytes = document.Content.Length, Sha256 = document.Sha256, Description = (description ?? "").Trim(),
            UploadedByUserId = user.Id!, UploadedAtUtc = clock.UtcNow,
        });
        proposal.RefreshSummary();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another upload (or a second click) changed the proposal's attachments first.
            documents.Delete(storedName);
            db.ChangeTracker.Clear();
            return Outcome.Invalid(FileField, "Another file was attached to this proposal at the same moment. Check the list below, then attach this one again if it is still needed.");
        }
        catch
        {
            documents.Delete(storedName);
            throw;
        }
        return Outcome.Done;
    }

    public async Task<Outcome> Delete(ProposalPage page, int attachmentId)
    {
        var proposal = await db.Proposals.WithEverything().SingleAsync(p => p.Id == page.Proposal.Id);
        var attachment = proposal.Attachments.FirstOrDefault(a => a.Id == attachmentId);
        if (attachment is null || !page.CanEdit)
            return Outcome.NotFound;
        proposal.Attachments.Remove(attachment);
        proposal.RefreshSummary();
        await db.SaveChangesAsync();
        documents.Delete(attachment.StoredName);
        return Outcome.Done;
    }
}
