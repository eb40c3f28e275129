using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Raaqj.Web.Domain.Cohort;
using Raaqj.Web.Domain.Reporting;
using Raaqj.Web.Domain.Timeline;

namespace Raaqj.Web.Data.Configurations;

public sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public const int ValuePrecision = 18;
    public const int ValueScale = 2;

    public void Configure(EntityTypeBuilder<Indicator> builder)
    {
        builder.Property(i => i.Name).HasMaxLength(Indicator.NameMaxLength).IsRequired();
        builder.Property(i => i.Unit).HasMaxLength(Indicator.UnitMaxLength).IsRequired();
        builder.Property(i => i.Direction).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Frequency).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Baseline).HasPrecision(ValuePrecision, ValueScale);
        builder.Property(i => i.Target).HasPrecision(ValuePrecision, ValueScale);
        builder.Property(i => i.Definition).HasMaxLength(Indicator.DefinitionMaxLength).IsRequired();
        builder.Property(i => i.Source).HasMaxLength(Indicator.SourceMaxLength).IsRequired();
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.HasIndex(i => new { i.ProgramEditionId, i.CohortRegionId });
        // A plan measure is tracked by one indicator, however often "track it" is pressed. No foreign key: removing a plan
        // item would reach indicators by a second path from the program (SQL Server refuses that); the plan's removal
        // clears the link instead (PlanItemsHandler.RemoveAsync).
        builder.HasIndex(i => i.PlanMeasureId).IsUnique();
        builder.HasOne<ProgramEdition>().WithMany().HasForeignKey(i => i.ProgramEditionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CohortRegion>().WithMany().HasForeignKey(i => i.CohortRegionId).OnDelete(DeleteBehavior.NoAction);
    }
}

public sealed class PeriodReportConfiguration : IEntityTypeConfiguration<PeriodReport>
{
    public void Configure(EntityTypeBuilder<PeriodReport> builder)
    {
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Narrative).HasMaxLength(PeriodReport.NarrativeMaxLength).IsRequired();
        builder.Property(r => r.Version).IsConcurrencyToken();
        // One report per region and period, however many first saves race.
        builder.HasIndex(r => new { r.CohortRegionId, r.EndMonth }).IsUnique();
        // Not cascaded: a proposal would reach the documents by two paths (its attachments, and its region's report evidence).
        builder.HasOne<CohortRegion>().WithMany().HasForeignKey(r => r.CohortRegionId).OnDelete(DeleteBehavior.NoAction);
        builder.HasMany(r => r.Values).WithOne().HasForeignKey(v => v.PeriodReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Evidence).WithOne().HasForeignKey(e => e.PeriodReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Versions).WithOne().HasForeignKey(v => v.PeriodReportId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ReportValueConfiguration : IEntityTypeConfiguration<ReportValue>
{
    public void Configure(EntityTypeBuilder<ReportValue> builder)
    {
        builder.Property(v => v.Value).HasPrecision(IndicatorConfiguration.ValuePrecision, IndicatorConfiguration.ValueScale);
        builder.Property(v => v.Explanation).HasMaxLength(ReportValue.ExplanationMaxLength).IsRequired();
        builder.HasIndex(v => new { v.PeriodReportId, v.IndicatorId }).IsUnique();
        builder.HasIndex(v => v.IndicatorId);
        builder.HasOne<Indicator>().WithMany().HasForeignKey(v => v.IndicatorId).OnDelete(DeleteBehavior.NoAction);
    }
}

public sealed class ReportVersionConfiguration : IEntityTypeConfiguration<ReportVersion>
{
    public void Configure(EntityTypeBuilder<ReportVersion> builder)
    {
        // A whole report as JSON: narrative, a line per indicator and the file names.
        builder.Property(v => v.Snapshot).HasMaxLength(200_000).IsRequired();
        builder.Property(v => v.SubmittedByUserId).HasMaxLength(IdentityColumnLengths.Key).IsRequired();
        builder.Property(v => v.DecidedByUserId).HasMaxLength(IdentityColumnLengths.Key);
        builder.Property(v => v.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.DecisionNote).HasMaxLength(ReportVersion.NoteMaxLength).IsRequired();
        builder.HasIndex(v => new { v.PeriodReportId, v.Number }).IsUnique();
    }
}

public sealed class ReportReminderConfiguration : IEntityTypeConfiguration<ReportReminder>
{
    public void Configure(EntityTypeBuilder<ReportReminder> builder)
    {
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(r => new { r.CohortRegionId, r.EndMonth, r.Kind }).IsUnique();
        builder.HasOne<CohortRegion>().WithMany().HasForeignKey(r => r.CohortRegionId).OnDelete(DeleteBehavior.Cascade);
    }
}
