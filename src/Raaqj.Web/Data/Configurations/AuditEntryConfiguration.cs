using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Raaqj.Web.Domain.Audit;

namespace Raaqj.Web.Data.Configurations;

public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(a => a.Action).HasMaxLength(AuditEntry.ActionMaxLength).IsRequired();
        builder.Property(a => a.EntityType).HasMaxLength(AuditEntry.EntityTypeMaxLength).IsRequired();
        builder.Property(a => a.EntityId).HasMaxLength(AuditEntry.EntityIdMaxLength).IsRequired();
        builder.Property(a => a.ActorUserId).HasMaxLength(IdentityColumnLengths.Key);
        builder.Property(a => a.ActorEmail).HasMaxLength(AuditEntry.ActorMaxLength).IsRequired();
        builder.Property(a => a.Summary).HasMaxLength(AuditEntry.SummaryMaxLength).IsRequired();
        builder.Property(a => a.Before).HasMaxLength(AuditEntry.ValuesMaxLength);
        builder.Property(a => a.After).HasMaxLength(AuditEntry.ValuesMaxLength);
        // The log outlives the records it describes, so it holds no foreign keys.
        builder.HasIndex(a => a.OccurredAtUtc);
        builder.HasIndex(a => new { a.Action, a.OccurredAtUtc });
        builder.HasIndex(a => new { a.EntityType, a.EntityId });
    }
}
