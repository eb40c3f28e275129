using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Domain.Rfp;
using Raaqj.Web.Domain.Timeline;

namespace Raaqj.Web.Data.Configurations;

public sealed class ProgramEditionConfiguration : IEntityTypeConfiguration<ProgramEdition>
{
    public void Configure(EntityTypeBuilder<ProgramEdition> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(ProgramEdition.NameMaxLength).IsRequired();
        builder.Property(p => p.TimeZoneId).HasMaxLength(RequestForAction.TimeZoneIdMaxLength).IsRequired();
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Ignore(p => p.Calendar);
        // One program per request for action: it is the round that selects the program's regions.
        builder.HasIndex(p => p.RequestForActionId).IsUnique();
        builder.HasOne<RequestForAction>().WithMany().HasForeignKey(p => p.RequestForActionId).OnDelete(DeleteBehavior.NoAction);
        builder.HasMany(p => p.Phases).WithOne().HasForeignKey(p => p.ProgramEditionId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ProgramPhaseConfiguration : IEntityTypeConfiguration<ProgramPhase>
{
    public void Configure(EntityTypeBuilder<ProgramPhase> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(ProgramPhase.NameMaxLength).IsRequired();
        builder.Ignore(p => p.Span);
        builder.HasIndex(p => new { p.ProgramEditionId, p.Position }).IsUnique();
    }
}

public sealed class MilestoneConfiguration : IEntityTypeConfiguration<Milestone>
{
    public void Configure(EntityTypeBuilder<Milestone> builder)
    {
        builder.Property(m => m.Title).HasMaxLength(Milestone.TitleMaxLength).IsRequired();
        builder.Property(m => m.Description).HasMaxLength(Milestone.DescriptionMaxLength).IsRequired();
        builder.Property(m => m.EvidenceNote).HasMaxLength(Milestone.EvidenceNoteMaxLength).IsRequired();
        builder.Property(m => m.EvidenceLink).HasMaxLength(Milestone.EvidenceLinkMaxLength);
        builder.Property(m => m.OwnerUserId).HasMaxLength(IdentityColumnLengths.Key);
        builder.Property(m => m.CompletesOn).HasMaxLength(ProgramEvents.KeyMaxLength);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.Ignore(m => m.Due);
        builder.HasIndex(m => new { m.ProgramEditionId, m.CohortRegionId });
        builder.HasIndex(m => m.OwnerUserId);
        builder.HasIndex(m => m.CompletesOn);
        // A region gets each template's milestone once, however often or concurrently the cohort grows.
        builder.HasIndex(m => new { m.CohortRegionId, m.TemplateId }).IsUnique();
        builder.HasOne<MilestoneTemplate>().WithMany().HasForeignKey(m => m.TemplateId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne(m => m.Edition).WithMany().HasForeignKey(m => m.ProgramEditionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(m => m.Region).WithMany().HasForeignKey(m => m.CohortRegionId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne(m => m.Phase).WithMany().HasForeignKey(m => m.PhaseId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(m => m.OwnerUserId).OnDelete(DeleteBehavior.NoAction);
        builder.HasMany(m => m.Predecessors).WithOne().HasForeignKey(d => d.MilestoneId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.EvidenceFiles).WithOne().HasForeignKey(e => e.MilestoneId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class MilestoneDependencyConfiguration : IEntityTypeConfiguration<MilestoneDependency>
{
    public void Configure(EntityTypeBuilder<MilestoneDependency> builder)
    {
        builder.HasKey(d => new { d.MilestoneId, d.PredecessorId });
        builder.HasOne(d => d.Predecessor).WithMany().HasForeignKey(d => d.PredecessorId).OnDelete(DeleteBehavior.NoAction);
    }
}

public sealed class MilestoneTemplateConfiguration : IEntityTypeConfiguration<MilestoneTemplate>
{
    public void Configure(EntityTypeBuilder<MilestoneTemplate> builder)
    {
        builder.Property(t => t.Title).HasMaxLength(Milestone.TitleMaxLength).IsRequired();
        builder.Property(t => t.Description).HasMaxLength(Milestone.DescriptionMaxLength).IsRequired();
        builder.Property(t => t.CompletesOn).HasMaxLength(ProgramEvents.KeyMaxLength);
        builder.HasIndex(t => t.ProgramEditionId);
        builder.HasOne(t => t.Edition).WithMany().HasForeignKey(t => t.ProgramEditionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(t => t.Phase).WithMany().HasForeignKey(t => t.PhaseId).OnDelete(DeleteBehavior.NoAction);
    }
}

public sealed class BaselineConfiguration : IEntityTypeConfiguration<Baseline>
{
    public void Configure(EntityTypeBuilder<Baseline> builder)
    {
        builder.Property(b => b.Name).HasMaxLength(Baseline.NameMaxLength).IsRequired();
        builder.Property(b => b.SavedByUserId).HasMaxLength(IdentityColumnLengths.Key);
        builder.HasIndex(b => b.ProgramEditionId);
        builder.HasOne<ProgramEdition>().WithMany().HasForeignKey(b => b.ProgramEditionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(b => b.SavedByUserId).OnDelete(DeleteBehavior.NoAction);
        builder.HasMany(b => b.Entries).WithOne().HasForeignKey(e => e.BaselineId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class BaselineEntryConfiguration : IEntityTypeConfiguration<BaselineEntry>
{
    public void Configure(EntityTypeBuilder<BaselineEntry> builder)
    {
        builder.HasKey(e => new { e.BaselineId, e.MilestoneId });
        builder.HasOne<Milestone>().WithMany().HasForeignKey(e => e.MilestoneId).OnDelete(DeleteBehavior.NoAction);
    }
}

public sealed class MilestoneReminderConfiguration : IEntityTypeConfiguration<MilestoneReminder>
{
    public void Configure(EntityTypeBuilder<MilestoneReminder> builder)
    {
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.OwnerUserId).HasMaxLength(IdentityColumnLengths.Key);
        // A reminder goes once for a milestone, kind and due date, whichever instance or run gets there first.
        builder.HasIndex(r => new { r.MilestoneId, r.Kind, r.DueOn }).IsUnique();
        builder.HasIndex(r => r.SentAtUtc);
        builder.HasOne<Milestone>().WithMany().HasForeignKey(r => r.MilestoneId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(r => r.OwnerUserId).OnDelete(DeleteBehavior.NoAction);
    }
}

public sealed class CalendarTokenConfiguration : IEntityTypeConfiguration<CalendarToken>
{
    public void Configure(EntityTypeBuilder<CalendarToken> builder)
    {
        builder.Property(t => t.UserId).HasMaxLength(IdentityColumnLengths.Key).IsRequired();
        builder.Property(t => t.TokenHash).HasMaxLength(64).IsRequired();
        builder.Property(t => t.ProtectedToken).HasMaxLength(CalendarToken.ProtectedMaxLength).IsRequired();
        builder.HasIndex(t => t.UserId).IsUnique();
        builder.HasIndex(t => t.TokenHash).IsUnique();
        builder.HasOne<AppUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
