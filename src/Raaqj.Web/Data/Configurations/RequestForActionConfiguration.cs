using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Raaqj.Web.Domain.Rfp;

namespace Raaqj.Web.Data.Configurations;

public sealed class RequestForActionConfiguration : IEntityTypeConfiguration<RequestForAction>
{
    public void Configure(EntityTypeBuilder<RequestForAction> builder)
    {
        builder.ToTable("RequestsForAction");
        builder.Property(r => r.Title).HasMaxLength(RequestForAction.TitleMaxLength).IsRequired();
        builder.Property(r => r.Summary).HasMaxLength(RequestForAction.SummaryMaxLength).IsRequired();
        builder.Property(r => r.Eligibility).HasMaxLength(RequestForAction.EligibilityMaxLength).IsRequired();
        builder.Property(r => r.ProgramDescription).HasMaxLength(RequestForAction.ProgramDescriptionMaxLength).IsRequired();
        builder.Property(r => r.TimeZoneId).HasMaxLength(RequestForAction.TimeZoneIdMaxLength).IsRequired();
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasIndex(r => new { r.Status, r.OpensAtUtc });
        builder.Ignore(r => r.WeightTotal);
        builder.Ignore(r => r.IsEditable);
        builder.Ignore(r => r.PriorityWeights);
        builder.Ignore(r => r.PortfolioRules);
        builder.Property(r => r.CohortBudget).HasPrecision(14, 2);
        builder.HasMany(r => r.Criteria).WithOne().HasForeignKey(c => c.RequestForActionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Criteria).AutoInclude(false);
    }
}

public sealed class SelectionCriterionConfiguration : IEntityTypeConfiguration<SelectionCriterion>
{
    public void Configure(EntityTypeBuilder<SelectionCriterion> builder)
    {
        builder.Property(c => c.Title).HasMaxLength(SelectionCriterion.TitleMaxLength).IsRequired();
        builder.Property(c => c.Guidance).HasMaxLength(SelectionCriterion.GuidanceMaxLength).IsRequired();
        builder.HasIndex(c => new { c.RequestForActionId, c.Position });
    }
}
