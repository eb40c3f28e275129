using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Domain.Cohort;
using Raaqj.Web.Domain.Planning;
using Raaqj.Web.Domain.Proposals;

namespace Raaqj.Web.Data.Configurations;

public sealed class RegionStakeholderConfiguration : IEntityTypeConfiguration<RegionStakeholder>
{
    public void Configure(EntityTypeBuilder<RegionStakeholder> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(RegionStakeholder.NameMaxLength).IsRequired();
        builder.Property(s => s.NameKey).HasMaxLength(RegionStakeholder.NameMaxLength * 2).IsRequired();
        builder.Property(s => s.Sector).HasConversion<string>().HasMaxLength(40);
        // Kept as its number: "involved or above" is a comparison in SQL.
        builder.Property(s => s.Ein).HasMaxLength(RegionStakeholder.EinMaxLength);
        builder.Property(s => s.Website).HasMaxLength(RegionStakeholder.WebsiteMaxLength).IsRequired();
        builder.Property(s => s.Domain).HasMaxLength(RegionStakeholder.WebsiteMaxLength);
        builder.Property(s => s.Role).HasMaxLength(RegionStakeholder.RoleMaxLength).IsRequired();
        builder.Property(s => s.Notes).HasMaxLength(RegionStakeholder.NotesMaxLength).IsRequired();
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasIndex(s => new { s.CohortRegionId, s.NameKey });
        builder.HasIndex(s => s.Domain);
        builder.HasIndex(s => s.Ein);
        // A proposal's stakeholder is brought into the map once, however often the button is pressed.
        builder.HasIndex(s => new { s.CohortRegionId, s.ProposalStakeholderId }).IsUnique();
        builder.HasOne<CohortRegion>().WithMany(r => r.Stakeholders).HasForeignKey(s => s.CohortRegionId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Stakeholder>().WithMany().HasForeignKey(s => s.ProposalStakeholderId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<RegionStakeholder>().WithMany().HasForeignKey(s => s.MergedIntoId).OnDelete(DeleteBehavior.NoAction);
        builder.HasMany(s => s.Contacts).WithOne().HasForeignKey(c => c.RegionStakeholderId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.History).WithOne().HasForeignKey(c => c.RegionStakeholderId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class StakeholderContactConfiguration : IEntityTypeConfiguration<StakeholderContact>
{
    public void Configure(EntityTypeBuilder<StakeholderContact> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(StakeholderContact.NameMaxLength).IsRequired();
        builder.Property(c => c.Title).HasMaxLength(StakeholderContact.TitleMaxLength).IsRequired();
        builder.Property(c => c.Email).HasMaxLength(StakeholderContact.EmailMaxLength).IsRequired();
        builder.Property(c => c.EmailKey).HasMaxLength(StakeholderContact.EmailMaxLength);
        builder.Property(c => c.Phone).HasMaxLength(StakeholderContact.PhoneMaxLength).IsRequired();
        builder.HasIndex(c => c.EmailKey);
    }
}

public sealed class EngagementChangeConfiguration : IEntityTypeConfiguration<EngagementChange>
{
    public void Configure(EntityTypeBuilder<EngagementChange> builder)
    {
        builder.Property(c => c.Note).HasMaxLength(EngagementChange.NoteMaxLength).IsRequired();
        builder.Property(c => c.ByUserId).HasMaxLength(IdentityColumnLengths.Key);
        builder.HasIndex(c => new { c.RegionStakeholderId, c.AtUtc });
        builder.HasOne<AppUser>().WithMany().HasForeignKey(c => c.ByUserId).OnDelete(DeleteBehavior.NoAction);
    }
}

public sealed class StakeholderDistinctionConfiguration : IEntityTypeConfiguration<StakeholderDistinction>
{
    public void Configure(EntityTypeBuilder<StakeholderDistinction> builder)
    {
        builder.Property(d => d.DecidedByUserId).HasMaxLength(IdentityColumnLengths.Key).IsRequired();
        builder.HasIndex(d => new { d.FirstId, d.SecondId }).IsUnique();
        builder.HasIndex(d => d.SecondId);
        builder.HasOne<RegionStakeholder>().WithMany().HasForeignKey(d => d.FirstId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<RegionStakeholder>().WithMany().HasForeignKey(d => d.SecondId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(d => d.DecidedByUserId).OnDelete(DeleteBehavior.NoAction);
    }
}

public sealed class StakeholderImportConfiguration : IEntityTypeConfiguration<StakeholderImport>
{
    public void Configure(EntityTypeBuilder<StakeholderImport> builder)
    {
        builder.Property(i => i.FileName).HasMaxLength(StakeholderImport.FileNameMaxLength).IsRequired();
        // The file as uploaded, at most 1 MB of text (nvarchar(max) on SQL Server).
        builder.Property(i => i.Content).HasMaxLength(StakeholderImport.MaxBytes).IsRequired();
        builder.Property(i => i.UploadedByUserId).HasMaxLength(IdentityColumnLengths.Key).IsRequired();
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.HasIndex(i => i.CohortRegionId);
        builder.HasOne<CohortRegion>().WithMany().HasForeignKey(i => i.CohortRegionId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(i => i.UploadedByUserId).OnDelete(DeleteBehavior.NoAction);
    }
}
