using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Domain.Organizations;

namespace Raaqj.Web.Data.Configurations;

public sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> builder)
    {
        builder.Property(o => o.LegalName).HasMaxLength(Organization.LegalNameMaxLength).IsRequired();
        builder.Property(o => o.Type).HasConversion<string>().HasMaxLength(40);
        builder.Property(o => o.Ein).HasMaxLength(10).IsRequired();
        builder.Property(o => o.AddressLine1).HasMaxLength(Organization.AddressLineMaxLength).IsRequired();
        builder.Property(o => o.AddressLine2).HasMaxLength(Organization.AddressLineMaxLength).IsRequired();
        builder.Property(o => o.City).HasMaxLength(Organization.CityMaxLength).IsRequired();
        builder.Property(o => o.StateCode).HasMaxLength(2).IsRequired();
        builder.Property(o => o.PostalCode).HasMaxLength(Organization.PostalCodeMaxLength).IsRequired();
        builder.Property(o => o.Website).HasMaxLength(Organization.WebsiteMaxLength).IsRequired();
        builder.Property(o => o.ConveningTrackRecord).HasMaxLength(Organization.TrackRecordMaxLength).IsRequired();
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.HasIndex(o => o.LegalName);
        builder.HasMany(o => o.Members).WithOne().HasForeignKey(m => m.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class OrganizationMemberConfiguration : IEntityTypeConfiguration<OrganizationMember>
{
    public void Configure(EntityTypeBuilder<OrganizationMember> builder)
    {
        builder.Property(m => m.UserId).HasMaxLength(IdentityColumnLengths.Key).IsRequired();
        builder.Property(m => m.Role).HasConversion<string>().HasMaxLength(20);
        // A person works on one organization's application.
        builder.HasIndex(m => m.UserId).IsUnique();
        builder.HasOne<AppUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(m => m.CanEdit);
        builder.Ignore(m => m.CanManageTeam);
    }
}

public sealed class OrganizationInvitationConfiguration : IEntityTypeConfiguration<OrganizationInvitation>
{
    public void Configure(EntityTypeBuilder<OrganizationInvitation> builder)
    {
        Columns(builder);
        // One pending invitation per address and team, however many arrive at once.
        builder.HasIndex(i => new { i.OrganizationId, i.Email }).IsUnique().HasFilter("[AcceptedAtUtc] IS NULL AND [RevokedAtUtc] IS NULL");
        builder.HasOne<Organization>().WithMany().HasForeignKey(i => i.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }

    // What every invitation holds, whatever team it is to (an organization's, a region's).
    public static void Columns<T>(EntityTypeBuilder<T> builder) where T : Invitation
    {
        builder.Property(i => i.Email).HasMaxLength(256).IsRequired();
        builder.Property(i => i.Role).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.TokenHash).HasMaxLength(Invitation.TokenHashLength).IsFixedLength().IsRequired();
        builder.Property(i => i.InvitedByUserId).HasMaxLength(IdentityColumnLengths.Key).IsRequired();
        builder.HasIndex(i => i.TokenHash).IsUnique();
    }
}
