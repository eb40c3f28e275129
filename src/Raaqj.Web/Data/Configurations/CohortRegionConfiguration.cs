using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Domain.Cohort;
using Raaqj.Web.Domain.Organizations;
using Raaqj.Web.Domain.Proposals;
using Raaqj.Web.Domain.Rfp;
using Raaqj.Web.Domain.Timeline;

namespace Raaqj.Web.Data.Configurations;

public sealed class CohortRegionConfiguration : IEntityTypeConfiguration<CohortRegion>
{
    public void Configure(EntityTypeBuilder<CohortRegion> builder)
    {
        builder.ToTable("CohortRegions");
        builder.Property(c => c.RegionName).HasMaxLength(Proposal.RegionNameMaxLength).IsRequired();
        builder.HasIndex(c => c.ProposalId).IsUnique();
        builder.HasIndex(c => c.RequestForActionId);
        builder.HasOne<Proposal>().WithMany().HasForeignKey(c => c.ProposalId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<RequestForAction>().WithMany().HasForeignKey(c => c.RequestForActionId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Organization>().WithMany().HasForeignKey(c => c.OrganizationId).OnDelete(DeleteBehavior.NoAction);
        builder.Property(c => c.LiaisonUserId).HasMaxLength(IdentityColumnLengths.Key);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(c => c.LiaisonUserId).OnDelete(DeleteBehavior.NoAction);
    }
}

public sealed class RegionPartnerConfiguration : IEntityTypeConfiguration<RegionPartner>
{
    public void Configure(EntityTypeBuilder<RegionPartner> builder)
    {
        builder.Property(p => p.UserId).HasMaxLength(IdentityColumnLengths.Key).IsRequired();
        builder.Property(p => p.Role).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(p => new { p.CohortRegionId, p.UserId }).IsUnique();
        builder.HasIndex(p => p.UserId);
        builder.HasOne<CohortRegion>().WithMany().HasForeignKey(p => p.CohortRegionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.NoAction);
    }
}

public sealed class RegionInvitationConfiguration : IEntityTypeConfiguration<RegionInvitation>
{
    public void Configure(EntityTypeBuilder<RegionInvitation> builder)
    {
        OrganizationInvitationConfiguration.Columns(builder);
        // One pending invitation per address and region, however many arrive at once.
        builder.HasIndex(i => new { i.CohortRegionId, i.Email }).IsUnique().HasFilter("[AcceptedAtUtc] IS NULL AND [RevokedAtUtc] IS NULL");
        builder.HasOne<CohortRegion>().WithMany().HasForeignKey(i => i.CohortRegionId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class AnnouncementConfiguration : IEntityTypeConfiguration<Announcement>
{
    public void Configure(EntityTypeBuilder<Announcement> builder)
    {
        builder.Property(a => a.Title).HasMaxLength(Announcement.TitleMaxLength).IsRequired();
        builder.Property(a => a.Body).HasMaxLength(Announcement.BodyMaxLength).IsRequired();
        builder.Property(a => a.PostedByUserId).HasMaxLength(IdentityColumnLengths.Key).IsRequired();
        builder.HasIndex(a => new { a.ProgramEditionId, a.CohortRegionId, a.PostedAtUtc });
        builder.HasIndex(a => a.FormKey).IsUnique();
        builder.HasOne<ProgramEdition>().WithMany().HasForeignKey(a => a.ProgramEditionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CohortRegion>().WithMany().HasForeignKey(a => a.CohortRegionId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(a => a.PostedByUserId).OnDelete(DeleteBehavior.NoAction);
    }
}

public sealed class RegionFileConfiguration : IEntityTypeConfiguration<RegionFile>
{
    public void Configure(EntityTypeBuilder<RegionFile> builder)
    {
        builder.Property(f => f.Title).HasMaxLength(RegionFile.TitleMaxLength).IsRequired();
        builder.Property(f => f.Version).IsConcurrencyToken();
        builder.HasIndex(f => f.CohortRegionId);
        // Not cascaded: a proposal's deletion would reach the Documents table by two paths (SQL Server refuses that),
        // and a region is never deleted once its selection is released.
        builder.HasOne<CohortRegion>().WithMany().HasForeignKey(f => f.CohortRegionId).OnDelete(DeleteBehavior.NoAction);
        builder.HasMany(f => f.Versions).WithOne().HasForeignKey(v => v.RegionFileId).OnDelete(DeleteBehavior.Cascade);
    }
}
