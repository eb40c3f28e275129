using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Domain.Assistance;
using Raaqj.Web.Domain.Cohort;
using Raaqj.Web.Domain.Timeline;

namespace Raaqj.Web.Data.Configurations;

public sealed class ExpertAreaConfiguration : IEntityTypeConfiguration<ExpertArea>
{
    public void Configure(EntityTypeBuilder<ExpertArea> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(ExpertArea.NameMaxLength).IsRequired();
        builder.HasIndex(a => a.Name).IsUnique();
        builder.HasData(ExpertArea.Defaults.Select((name, i) => new ExpertArea { Id = i + 1, Name = name, Position = i + 1 }));
    }
}

public sealed class ExpertProfileConfiguration : IEntityTypeConfiguration<ExpertProfile>
{
    public void Configure(EntityTypeBuilder<ExpertProfile> builder)
    {
        builder.HasKey(e => e.UserId);
        builder.Property(e => e.UserId).HasMaxLength(IdentityColumnLengths.Key);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(e => e.UserId).OnDelete(DeleteBehavior.NoAction);
        builder.HasMany(e => e.Areas).WithOne().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ExpertAreaTagConfiguration : IEntityTypeConfiguration<ExpertAreaTag>
{
    public void Configure(EntityTypeBuilder<ExpertAreaTag> builder)
    {
        builder.HasKey(t => new { t.UserId, t.AreaId });
        builder.Property(t => t.UserId).HasMaxLength(IdentityColumnLengths.Key);
        builder.HasOne<ExpertArea>().WithMany().HasForeignKey(t => t.AreaId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class TaClockSettingsConfiguration : IEntityTypeConfiguration<TaClockSettings>
{
    public void Configure(EntityTypeBuilder<TaClockSettings> builder)
    {
        builder.HasKey(s => s.ProgramEditionId);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasOne<ProgramEdition>().WithOne().HasForeignKey<TaClockSettings>(s => s.ProgramEditionId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ProgramHolidayConfiguration : IEntityTypeConfiguration<ProgramHoliday>
{
    public void Configure(EntityTypeBuilder<ProgramHoliday> builder)
    {
        builder.Property(h => h.Name).HasMaxLength(ProgramHoliday.NameMaxLength).IsRequired();
        builder.HasIndex(h => new { h.ProgramEditionId, h.Date }).IsUnique();
        builder.HasOne<ProgramEdition>().WithMany().HasForeignKey(h => h.ProgramEditionId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class TaRequestConfiguration : IEntityTypeConfiguration<TaRequest>
{
    public void Configure(EntityTypeBuilder<TaRequest> builder)
    {
        builder.Property(r => r.Title).HasMaxLength(TaRequest.TitleMaxLength).IsRequired();
        builder.Property(r => r.Question).HasMaxLength(TaRequest.TextMaxLength).IsRequired();
        builder.Property(r => r.Tried).HasMaxLength(TaRequest.TextMaxLength).IsRequired();
        builder.Property(r => r.PreferredTimes).HasMaxLength(TaRequest.PreferredTimesMaxLength).IsRequired();
        builder.Property(r => r.RatingComment).HasMaxLength(TaRequest.TextMaxLength).IsRequired();
        builder.Property(r => r.Urgency).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.ExpertUserId).HasMaxLength(IdentityColumnLengths.Key);
        builder.Property(r => r.RequestedByUserId).HasMaxLength(IdentityColumnLengths.Key).IsRequired();
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasIndex(r => new { r.ProgramEditionId, r.Status });
        builder.HasIndex(r => new { r.CohortRegionId, r.RequestedAtUtc });
        builder.HasIndex(r => new { r.ExpertUserId, r.Status });
        builder.HasOne<ProgramEdition>().WithMany().HasForeignKey(r => r.ProgramEditionId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<CohortRegion>().WithMany().HasForeignKey(r => r.CohortRegionId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<ExpertArea>().WithMany().HasForeignKey(r => r.AreaId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(r => r.ExpertUserId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(r => r.RequestedByUserId).OnDelete(DeleteBehavior.NoAction);
        builder.HasMany(r => r.Messages).WithOne().HasForeignKey(m => m.TaRequestId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class TaMessageConfiguration : IEntityTypeConfiguration<TaMessage>
{
    public void Configure(EntityTypeBuilder<TaMessage> builder)
    {
        builder.Property(m => m.Body).HasMaxLength(TaMessage.BodyMaxLength).IsRequired();
        builder.Property(m => m.AuthorUserId).HasMaxLength(IdentityColumnLengths.Key).IsRequired();
        builder.Property(m => m.Hours).HasPrecision(6, 2);
        builder.HasIndex(m => new { m.TaRequestId, m.PostedAtUtc });
        builder.HasOne<AppUser>().WithMany().HasForeignKey(m => m.AuthorUserId).OnDelete(DeleteBehavior.NoAction);
        builder.HasMany(m => m.Files).WithOne().HasForeignKey(f => f.TaMessageId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class TaClockWarningConfiguration : IEntityTypeConfiguration<TaClockWarning>
{
    public void Configure(EntityTypeBuilder<TaClockWarning> builder)
    {
        builder.Property(w => w.Kind).HasConversion<string>().HasMaxLength(30);
        // One warning per request, clock and deadline, whatever runs the job or how often.
        builder.HasIndex(w => new { w.TaRequestId, w.Kind, w.DueUtc }).IsUnique();
        builder.HasOne<TaRequest>().WithMany().HasForeignKey(w => w.TaRequestId).OnDelete(DeleteBehavior.Cascade);
    }
}
