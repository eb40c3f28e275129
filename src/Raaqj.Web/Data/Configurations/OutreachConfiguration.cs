using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Raaqj.Web.Domain.Geography;
using Raaqj.Web.Domain.Outreach;
using Raaqj.Web.Domain.Timeline;

namespace Raaqj.Web.Data.Configurations;

public sealed class TargetRegionConfiguration : IEntityTypeConfiguration<TargetRegion>
{
    public void Configure(EntityTypeBuilder<TargetRegion> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(TargetRegion.NameMaxLength).IsRequired();
        builder.Property(t => t.Why).HasMaxLength(TargetRegion.WhyMaxLength).IsRequired();
        builder.Property(t => t.ContactName).HasMaxLength(TargetRegion.ContactMaxLength);
        builder.Property(t => t.ContactOrganization).HasMaxLength(TargetRegion.ContactMaxLength);
        builder.Property(t => t.ContactEmail).HasMaxLength(TargetRegion.EmailMaxLength);
        builder.Property(t => t.Notes).HasMaxLength(TargetRegion.NotesMaxLength);
        builder.Property(t => t.Stage).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.HasIndex(t => new { t.ProgramEditionId, t.Name });
        builder.HasOne<ProgramEdition>().WithMany().HasForeignKey(t => t.ProgramEditionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(t => t.Counties).WithOne().HasForeignKey(c => c.TargetRegionId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class TargetRegionCountyConfiguration : IEntityTypeConfiguration<TargetRegionCounty>
{
    public void Configure(EntityTypeBuilder<TargetRegionCounty> builder)
    {
        builder.Property(c => c.Fips).HasMaxLength(County.FipsLength).IsFixedLength().IsRequired();
        builder.Property(c => c.StateCode).HasMaxLength(2).IsFixedLength().IsRequired();
        builder.HasIndex(c => new { c.TargetRegionId, c.Fips }).IsUnique();
        builder.HasIndex(c => c.Fips);
    }
}
