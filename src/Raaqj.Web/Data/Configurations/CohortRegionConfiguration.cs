using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Raaqj.Web.Domain.Cohort;
using Raaqj.Web.Domain.Organizations;
using Raaqj.Web.Domain.Proposals;
using Raaqj.Web.Domain.Rfp;

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
    }
}
