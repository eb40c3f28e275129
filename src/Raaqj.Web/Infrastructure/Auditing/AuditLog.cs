using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Domain.Audit;

namespace Raaqj.Web.Infrastructure.Auditing;

// Adds an audit entry to the unit of work, so it is saved in the same transaction as the change it
// describes. Handlers name the action themselves (see docs/decisions/ADR-002-explicit-audit-entries.md).
public sealed class AuditLog(AppDbContext db, CurrentUser user, TimeProvider time)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    // actor: Who acted when nobody is signed in yet (registration, accepting an invitation).
    public void Record(string action, string entityType, string entityId, string summary, object? before = null, object? after = null, AppUser? actor = null) =>
        db.AuditEntries.Add(new AuditEntry
        {
            OccurredAtUtc = time.GetUtcNow().UtcDateTime,
            ActorUserId = actor?.Id ?? user.Id,
            ActorEmail = actor?.Email ?? user.Email,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            Summary = Truncate(summary, AuditEntry.SummaryMaxLength)!,
            Before = Truncate(Serialize(before), AuditEntry.ValuesMaxLength),
            After = Truncate(Serialize(after), AuditEntry.ValuesMaxLength),
        });

    // Saves a change and its audit line in one transaction. The line is written after the first save, so a new
    // record's id is known; a save that lost a race is forgotten and answered in the use case's own words.
    public async Task<Domain.Outcome> SaveRecordingAsync(string conflict, Action record)
    {
        try
        {
            return await db.InTransactionAsync(async () =>
            {
                await db.SaveChangesAsync();
                record();
                await db.SaveChangesAsync();
                return Domain.Outcome.Done;
            });
        }
        catch (DbUpdateException ex) when (DatabaseConflict.Is(ex))
        {
            db.ChangeTracker.Clear();
            return Domain.Outcome.Conflict(conflict);
        }
    }

    private static string? Serialize(object? values) => values is null ? null : JsonSerializer.Serialize(values, Json);

    private static string? Truncate(string? text, int max) => text is null || text.Length <= max ? text : text[..max];
}
