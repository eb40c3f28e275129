using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Raaqj.Web.Domain.Accounts;

namespace Raaqj.Web.Data.Configurations;

// Gives Identity's and Data Protection's columns the explicit lengths our schema rules demand
// (their defaults leave several unbounded).
public sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> builder)
    {
        builder.Property(u => u.Id).HasMaxLength(IdentityColumnLengths.Key);
        builder.Property(u => u.DisplayName).HasMaxLength(AppUser.DisplayNameMaxLength).IsRequired();
        builder.Property(u => u.InvitedByUserId).HasMaxLength(IdentityColumnLengths.Key);
        builder.Property(u => u.PasswordHash).HasMaxLength(512);
        builder.Property(u => u.SecurityStamp).HasMaxLength(128);
        builder.Property(u => u.ConcurrencyStamp).HasMaxLength(128);
        builder.Property(u => u.PhoneNumber).HasMaxLength(32);
        builder.Ignore(u => u.InvitationPending);
    }
}

internal static class IdentityColumnLengths
{
    // Identity's string keys; SQL Server's own default for an indexed nvarchar key.
    public const int Key = 450;
    public const int ClaimType = 256;
    public const int ClaimValue = 1024;
    public const int LoginKey = 128;
    public const int TokenValue = 2048;
    public const int DataProtectionXml = 8000;

    // Called after Identity's own model so these lengths win.
    public static void Apply(ModelBuilder builder)
    {
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityRole>(b =>
        {
            b.Property(r => r.Id).HasMaxLength(Key);
            b.Property(r => r.ConcurrencyStamp).HasMaxLength(128);
        });
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserRole<string>>(b =>
        {
            b.Property(r => r.UserId).HasMaxLength(Key);
            b.Property(r => r.RoleId).HasMaxLength(Key);
        });
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityRoleClaim<string>>(b =>
        {
            b.Property(c => c.RoleId).HasMaxLength(Key);
            b.Property(c => c.ClaimType).HasMaxLength(ClaimType);
            b.Property(c => c.ClaimValue).HasMaxLength(ClaimValue);
        });
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserClaim<string>>(b =>
        {
            b.Property(c => c.UserId).HasMaxLength(Key);
            b.Property(c => c.ClaimType).HasMaxLength(ClaimType);
            b.Property(c => c.ClaimValue).HasMaxLength(ClaimValue);
        });
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserLogin<string>>(b =>
        {
            b.Property(l => l.UserId).HasMaxLength(Key);
            b.Property(l => l.LoginProvider).HasMaxLength(LoginKey);
            b.Property(l => l.ProviderKey).HasMaxLength(LoginKey);
            b.Property(l => l.ProviderDisplayName).HasMaxLength(256);
        });
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserToken<string>>(b =>
        {
            b.Property(t => t.UserId).HasMaxLength(Key);
            b.Property(t => t.LoginProvider).HasMaxLength(LoginKey);
            b.Property(t => t.Name).HasMaxLength(LoginKey);
            b.Property(t => t.Value).HasMaxLength(TokenValue);
        });
        builder.Entity<DataProtectionKey>(b =>
        {
            b.Property(k => k.FriendlyName).HasMaxLength(256);
            b.Property(k => k.Xml).HasMaxLength(DataProtectionXml);
        });
    }
}
