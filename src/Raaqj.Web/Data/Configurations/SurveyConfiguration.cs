using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Raaqj.Web.Domain.Impact;

namespace Raaqj.Web.Data.Configurations;

public sealed class SurveyDatasetConfiguration : IEntityTypeConfiguration<SurveyDataset>
{
    public void Configure(EntityTypeBuilder<SurveyDataset> builder)
    {
        builder.Property(d => d.Name).HasMaxLength(SurveyDataset.NameMaxLength).IsRequired();
        builder.Property(d => d.FileName).HasMaxLength(SurveyDataset.FileNameMaxLength).IsRequired();
        builder.Property(d => d.Content).HasMaxLength(SurveyDataset.MaxBytes).IsRequired();
        builder.Property(d => d.UploadedByUserId).HasMaxLength(IdentityColumnLengths.Key).IsRequired();
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.HasMany(d => d.Figures).WithOne().HasForeignKey(f => f.SurveyDatasetId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class SurveyFigureConfiguration : IEntityTypeConfiguration<SurveyFigure>
{
    public void Configure(EntityTypeBuilder<SurveyFigure> builder)
    {
        builder.Property(f => f.Level).HasConversion<string>().HasMaxLength(10);
        builder.Property(f => f.Geography).HasMaxLength(5).IsRequired();
        builder.Property(f => f.Measure).HasMaxLength(SurveyFigure.MeasureMaxLength).IsRequired();
        builder.Property(f => f.Value).HasPrecision(18, 4);
        builder.Property(f => f.Unit).HasMaxLength(SurveyFigure.UnitMaxLength).IsRequired();
        builder.Property(f => f.Period).HasMaxLength(SurveyFigure.PeriodMaxLength).IsRequired();
        builder.Property(f => f.Source).HasMaxLength(SurveyFigure.SourceMaxLength).IsRequired();
        builder.Property(f => f.Citation).HasMaxLength(SurveyFigure.CitationMaxLength).IsRequired();
        builder.HasIndex(f => new { f.Level, f.Geography });
    }
}
