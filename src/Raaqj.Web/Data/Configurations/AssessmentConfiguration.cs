using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Domain.Assistance;
using Raaqj.Web.Domain.Cohort;
using Raaqj.Web.Domain.Planning;

namespace Raaqj.Web.Data.Configurations;

public sealed class AssessmentInstrumentConfiguration : IEntityTypeConfiguration<AssessmentInstrument>
{
    public void Configure(EntityTypeBuilder<AssessmentInstrument> builder)
    {
        builder.Property(i => i.Name).HasMaxLength(AssessmentInstrument.NameMaxLength).IsRequired();
        builder.Property(i => i.Kind).HasConversion<string>().HasMaxLength(40);
        builder.HasIndex(i => new { i.Kind, i.Version }).IsUnique();
        builder.HasMany(i => i.Elements).WithOne().HasForeignKey(e => e.AssessmentInstrumentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasData(ReadinessInstruments.Instruments());
    }
}

public sealed class AssessmentElementConfiguration : IEntityTypeConfiguration<AssessmentElement>
{
    public void Configure(EntityTypeBuilder<AssessmentElement> builder)
    {
        builder.Property(e => e.Key).HasMaxLength(AssessmentElement.KeyMaxLength).IsRequired();
        builder.Property(e => e.Name).HasMaxLength(AssessmentElement.NameMaxLength).IsRequired();
        builder.HasIndex(e => new { e.AssessmentInstrumentId, e.Key }).IsUnique();
        builder.HasMany(e => e.Items).WithOne().HasForeignKey(i => i.AssessmentElementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasData(ReadinessInstruments.Elements());
    }
}

public sealed class AssessmentItemConfiguration : IEntityTypeConfiguration<AssessmentItem>
{
    public void Configure(EntityTypeBuilder<AssessmentItem> builder)
    {
        builder.Property(i => i.Text).HasMaxLength(AssessmentItem.TextMaxLength).IsRequired();
        foreach (var level in new[] { nameof(AssessmentItem.Level1), nameof(AssessmentItem.Level2), nameof(AssessmentItem.Level3), nameof(AssessmentItem.Level4) })
            builder.Property<string>(level).HasMaxLength(AssessmentItem.DescriptorMaxLength).IsRequired();
        builder.HasOne<ExpertArea>().WithMany().HasForeignKey(i => i.ExpertAreaId).OnDelete(DeleteBehavior.SetNull);
        builder.HasData(ReadinessInstruments.Items());
    }
}

public sealed class RegionAssessmentConfiguration : IEntityTypeConfiguration<RegionAssessment>
{
    public void Configure(EntityTypeBuilder<RegionAssessment> builder)
    {
        builder.Property(a => a.Label).HasMaxLength(RegionAssessment.LabelMaxLength).IsRequired();
        builder.Property(a => a.ReviewNote).HasMaxLength(RegionAssessment.NoteMaxLength).IsRequired();
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.StartedByUserId).HasMaxLength(IdentityColumnLengths.Key).IsRequired();
        builder.Property(a => a.SubmittedByUserId).HasMaxLength(IdentityColumnLengths.Key);
        builder.Property(a => a.ReviewedByUserId).HasMaxLength(IdentityColumnLengths.Key);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasIndex(a => new { a.CohortRegionId, a.StartedAtUtc });
        builder.HasOne<CohortRegion>().WithMany().HasForeignKey(a => a.CohortRegionId).OnDelete(DeleteBehavior.NoAction);
        // An instrument an assessment answered is never deleted: the answers keep its items.
        builder.HasOne<AssessmentInstrument>().WithMany().HasForeignKey(a => a.AssessmentInstrumentId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(a => a.StartedByUserId).OnDelete(DeleteBehavior.NoAction);
        builder.HasMany(a => a.Answers).WithOne().HasForeignKey(a => a.RegionAssessmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class AssessmentAnswerConfiguration : IEntityTypeConfiguration<AssessmentAnswer>
{
    public void Configure(EntityTypeBuilder<AssessmentAnswer> builder)
    {
        builder.Property(a => a.Note).HasMaxLength(AssessmentAnswer.NoteMaxLength).IsRequired();
        builder.Property(a => a.AnsweredByUserId).HasMaxLength(IdentityColumnLengths.Key).IsRequired();
        builder.Property(a => a.Version).IsConcurrencyToken();
        // One answer per item: two people scoring the same item at once, the second is told.
        builder.HasIndex(a => new { a.RegionAssessmentId, a.AssessmentItemId }).IsUnique();
        builder.HasOne<AssessmentItem>().WithMany().HasForeignKey(a => a.AssessmentItemId).OnDelete(DeleteBehavior.NoAction);
    }
}
