using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Domain.Reviews;

namespace Raaqj.Web.Data.Configurations;

public sealed class ReviewerProfileConfiguration : IEntityTypeConfiguration<ReviewerProfile>
{
    public void Configure(EntityTypeBuilder<ReviewerProfile> builder)
    {
        builder.Property(r => r.UserId).HasMaxLength(IdentityColumnLengths.Key).IsRequired();
        builder.Property(r => r.Employer).HasMaxLength(ReviewerProfile.EmployerMaxLength).IsRequired();
        builder.Property(r => r.HomeStateCode).HasMaxLength(2).IsRequired();
        builder.HasIndex(r => r.UserId).IsUnique();
        builder.HasOne<AppUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}
