using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Domain.Cohort;
using Raaqj.Web.Domain.Community;
using Raaqj.Web.Domain.Timeline;

namespace Raaqj.Web.Data.Configurations;

public sealed class LearningTopicConfiguration : IEntityTypeConfiguration<LearningTopic>
{
    public void Configure(EntityTypeBuilder<LearningTopic> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(LearningTopic.NameMaxLength).IsRequired();
        builder.Property(t => t.LearningQuestions).HasMaxLength(LearningTopic.QuestionsMaxLength).IsRequired();
        builder.HasIndex(t => new { t.ProgramEditionId, t.Name }).IsUnique();
        builder.HasOne<ProgramEdition>().WithMany().HasForeignKey(t => t.ProgramEditionId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class LearningSessionConfiguration : IEntityTypeConfiguration<LearningSession>
{
    public void Configure(EntityTypeBuilder<LearningSession> builder)
    {
        builder.Property(s => s.Title).HasMaxLength(LearningSession.TitleMaxLength).IsRequired();
        builder.Property(s => s.Description).HasMaxLength(LearningSession.DescriptionMaxLength).IsRequired();
        builder.Property(s => s.Place).HasMaxLength(LearningSession.PlaceMaxLength).IsRequired();
        builder.Property(s => s.VirtualLink).HasMaxLength(LearningSession.LinkMaxLength).IsRequired();
        builder.Property(s => s.Facilitator).HasMaxLength(LearningSession.FacilitatorMaxLength).IsRequired();
        builder.Property(s => s.TimeZoneId).HasMaxLength(64).IsRequired();
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(s => s.Format).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasIndex(s => new { s.ProgramEditionId, s.StartsAtUtc });
        builder.HasOne<ProgramEdition>().WithMany().HasForeignKey(s => s.ProgramEditionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Topics).WithOne().HasForeignKey(t => t.LearningSessionId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class SessionTopicConfiguration : IEntityTypeConfiguration<SessionTopic>
{
    public void Configure(EntityTypeBuilder<SessionTopic> builder)
    {
        builder.HasKey(t => new { t.LearningSessionId, t.LearningTopicId });
        // A topic's removal must not reach sessions by a second path from the program: its links go first, by hand.
        builder.HasOne<LearningTopic>().WithMany().HasForeignKey(t => t.LearningTopicId).OnDelete(DeleteBehavior.NoAction);
    }
}

public sealed class SessionRegistrationConfiguration : IEntityTypeConfiguration<SessionRegistration>
{
    public void Configure(EntityTypeBuilder<SessionRegistration> builder)
    {
        builder.Property(r => r.UserId).HasMaxLength(IdentityColumnLengths.Key).IsRequired();
        builder.Property(r => r.Role).HasConversion<string>().HasMaxLength(30);
        // A double click registers once.
        builder.HasIndex(r => new { r.LearningSessionId, r.UserId }).IsUnique();
        builder.HasIndex(r => r.UserId);
        builder.HasOne<LearningSession>().WithMany().HasForeignKey(r => r.LearningSessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<CohortRegion>().WithMany().HasForeignKey(r => r.CohortRegionId).OnDelete(DeleteBehavior.NoAction);
    }
}

public sealed class SessionAttendanceConfiguration : IEntityTypeConfiguration<SessionAttendance>
{
    public void Configure(EntityTypeBuilder<SessionAttendance> builder)
    {
        builder.Property(a => a.UserId).HasMaxLength(IdentityColumnLengths.Key);
        builder.Property(a => a.Name).HasMaxLength(SessionAttendance.NameMaxLength).IsRequired();
        builder.Property(a => a.Email).HasMaxLength(SessionAttendance.EmailMaxLength);
        builder.Property(a => a.Organization).HasMaxLength(SessionAttendance.OrganizationMaxLength);
        builder.Property(a => a.PersonKey).HasMaxLength(SessionAttendance.PersonKeyMaxLength).IsRequired();
        builder.Property(a => a.RecordedByUserId).HasMaxLength(IdentityColumnLengths.Key).IsRequired();
        builder.Property(a => a.Role).HasConversion<string>().HasMaxLength(30);
        // A person is recorded once per session, however the list is sent.
        builder.HasIndex(a => new { a.LearningSessionId, a.PersonKey }).IsUnique();
        builder.HasIndex(a => a.UserId);
        builder.HasOne<LearningSession>().WithMany().HasForeignKey(a => a.LearningSessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<CohortRegion>().WithMany().HasForeignKey(a => a.CohortRegionId).OnDelete(DeleteBehavior.NoAction);
    }
}

public sealed class SessionFeedbackConfiguration : IEntityTypeConfiguration<SessionFeedback>
{
    public void Configure(EntityTypeBuilder<SessionFeedback> builder)
    {
        builder.Property(f => f.UserId).HasMaxLength(IdentityColumnLengths.Key).IsRequired();
        builder.Property(f => f.Comment).HasMaxLength(SessionFeedback.CommentMaxLength).IsRequired();
        builder.HasIndex(f => new { f.LearningSessionId, f.UserId }).IsUnique();
        builder.HasOne<LearningSession>().WithMany().HasForeignKey(f => f.LearningSessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(f => f.UserId).OnDelete(DeleteBehavior.NoAction);
    }
}

public sealed class CommunityResourceConfiguration : IEntityTypeConfiguration<CommunityResource>
{
    public void Configure(EntityTypeBuilder<CommunityResource> builder)
    {
        builder.Property(r => r.Title).HasMaxLength(CommunityResource.TitleMaxLength).IsRequired();
        builder.Property(r => r.Url).HasMaxLength(CommunityResource.UrlMaxLength);
        builder.Property(r => r.AddedByUserId).HasMaxLength(IdentityColumnLengths.Key).IsRequired();
        builder.HasIndex(r => new { r.ProgramEditionId, r.LearningTopicId });
        // Not cascaded: the program would reach the Documents table by a second path (through its milestones' evidence),
        // which SQL Server refuses; a program edition is never deleted once it has a community.
        builder.HasOne<ProgramEdition>().WithMany().HasForeignKey(r => r.ProgramEditionId).OnDelete(DeleteBehavior.NoAction);
        // Not cascaded either: the program would reach resources by two more paths.
        builder.HasOne<LearningTopic>().WithMany().HasForeignKey(r => r.LearningTopicId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<LearningSession>().WithMany().HasForeignKey(r => r.LearningSessionId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(r => r.AddedByUserId).OnDelete(DeleteBehavior.NoAction);
        builder.HasMany(r => r.Files).WithOne().HasForeignKey(f => f.CommunityResourceId).OnDelete(DeleteBehavior.Cascade);
    }
}
