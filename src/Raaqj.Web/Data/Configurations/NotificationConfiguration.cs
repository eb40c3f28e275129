using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Domain.Notifications;
using Raaqj.Web.Domain.Operations;

namespace Raaqj.Web.Data.Configurations;

public sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.Property(n => n.UserId).HasMaxLength(IdentityColumnLengths.Key).IsRequired();
        builder.Property(n => n.Title).HasMaxLength(Notification.TitleMaxLength).IsRequired();
        builder.Property(n => n.Body).HasMaxLength(Notification.BodyMaxLength).IsRequired();
        builder.Property(n => n.Link).HasMaxLength(Notification.LinkMaxLength).IsRequired();
        builder.Property(n => n.Key).HasMaxLength(Notification.KeyMaxLength);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
        // A keyed notification is given to a person once, however many instances or runs try.
        builder.HasIndex(n => new { n.UserId, n.Key }).IsUnique();
        // The header's unread count and the person's list.
        builder.HasIndex(n => new { n.UserId, n.ReadAtUtc });
        // The digest job's question: what waits for email?
        builder.HasIndex(n => n.Email);
    }
}

public sealed class EmailPreferenceConfiguration : IEntityTypeConfiguration<EmailPreference>
{
    public void Configure(EntityTypeBuilder<EmailPreference> builder)
    {
        builder.HasKey(p => new { p.UserId, p.Topic });
        builder.Property(p => p.UserId).HasMaxLength(IdentityColumnLengths.Key);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class JobLeaseConfiguration : IEntityTypeConfiguration<JobLease>
{
    public void Configure(EntityTypeBuilder<JobLease> builder)
    {
        builder.HasKey(j => j.Name);
        builder.Property(j => j.Name).HasMaxLength(JobLease.NameMaxLength);
        builder.Property(j => j.Owner).HasMaxLength(JobLease.OwnerMaxLength);
    }
}
