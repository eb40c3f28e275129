using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Raaqj.Web.Domain.Cohort;
using Raaqj.Web.Domain.Planning;

namespace Raaqj.Web.Data.Configurations;

public sealed class ResearchActivityConfiguration : IEntityTypeConfiguration<ResearchActivity>
{
    public void Configure(EntityTypeBuilder<ResearchActivity> builder)
    {
        builder.Property(a => a.Title).HasMaxLength(ResearchActivity.TitleMaxLength).IsRequired();
        builder.Property(a => a.Findings).HasMaxLength(ResearchActivity.FindingsMaxLength).IsRequired();
        builder.Property(a => a.Method).HasConversion<string>().HasMaxLength(30);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasIndex(a => new { a.CohortRegionId, a.HeldOn });
        builder.HasOne<CohortRegion>().WithMany().HasForeignKey(a => a.CohortRegionId).OnDelete(DeleteBehavior.NoAction);
        builder.HasMany(a => a.Populations).WithOne().HasForeignKey(p => p.ResearchActivityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Files).WithOne().HasForeignKey(f => f.ResearchActivityId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ResearchPopulationConfiguration : IEntityTypeConfiguration<ResearchPopulation>
{
    public void Configure(EntityTypeBuilder<ResearchPopulation> builder) =>
        builder.HasIndex(p => new { p.ResearchActivityId, p.Population }).IsUnique();
}

public sealed class ResearchFileConfiguration : IEntityTypeConfiguration<ResearchFile>
{
    public void Configure(EntityTypeBuilder<ResearchFile> builder)
    {
        builder.HasIndex(f => new { f.ResearchActivityId, f.RegionFileId }).IsUnique();
        builder.HasOne<RegionFile>().WithMany().HasForeignKey(f => f.RegionFileId).OnDelete(DeleteBehavior.NoAction);
    }
}

public sealed class PilotConfiguration : IEntityTypeConfiguration<Pilot>
{
    public void Configure(EntityTypeBuilder<Pilot> builder)
    {
        builder.Property(p => p.Title).HasMaxLength(Pilot.TitleMaxLength).IsRequired();
        builder.Property(p => p.Hypothesis).HasMaxLength(Pilot.TextMaxLength).IsRequired();
        builder.Property(p => p.Partners).HasMaxLength(Pilot.TextMaxLength).IsRequired();
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasIndex(p => p.CohortRegionId);
        builder.HasOne<CohortRegion>().WithMany().HasForeignKey(p => p.CohortRegionId).OnDelete(DeleteBehavior.NoAction);
        builder.HasMany(p => p.Dimensions).WithOne().HasForeignKey(d => d.PilotId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Cycles).WithOne().HasForeignKey(c => c.PilotId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class PilotDimensionConfiguration : IEntityTypeConfiguration<PilotDimension>
{
    public void Configure(EntityTypeBuilder<PilotDimension> builder)
    {
        builder.HasIndex(d => new { d.PilotId, d.PlanDimensionId }).IsUnique();
        builder.HasOne<PlanDimension>().WithMany().HasForeignKey(d => d.PlanDimensionId).OnDelete(DeleteBehavior.NoAction);
    }
}

public sealed class PdsaCycleConfiguration : IEntityTypeConfiguration<PdsaCycle>
{
    public void Configure(EntityTypeBuilder<PdsaCycle> builder)
    {
        foreach (var text in new[] { nameof(PdsaCycle.Plan), nameof(PdsaCycle.Do), nameof(PdsaCycle.Study), nameof(PdsaCycle.Act) })
            builder.Property<string>(text).HasMaxLength(PdsaCycle.TextMaxLength).IsRequired();
        // Numbered once a pilot: two people adding a cycle at once, the second is told.
        builder.HasIndex(c => new { c.PilotId, c.Number }).IsUnique();
    }
}
