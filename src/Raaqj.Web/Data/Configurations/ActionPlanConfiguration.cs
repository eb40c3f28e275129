using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Domain.Cohort;
using Raaqj.Web.Domain.Planning;

namespace Raaqj.Web.Data.Configurations;

public sealed class PlanDimensionConfiguration : IEntityTypeConfiguration<PlanDimension>
{
    public void Configure(EntityTypeBuilder<PlanDimension> builder)
    {
        builder.Property(d => d.Name).HasMaxLength(PlanDimension.NameMaxLength).IsRequired();
        builder.Property(d => d.Description).HasMaxLength(PlanDimension.DescriptionMaxLength).IsRequired();
        builder.HasIndex(d => d.Name).IsUnique();
        builder.HasData(PlanDimension.Seed());
    }
}

public sealed class ActionPlanConfiguration : IEntityTypeConfiguration<ActionPlan>
{
    public void Configure(EntityTypeBuilder<ActionPlan> builder)
    {
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Version).IsConcurrencyToken();
        // One plan a region: two people starting it at once make one.
        builder.HasIndex(p => p.CohortRegionId).IsUnique();
        builder.HasOne<CohortRegion>().WithMany().HasForeignKey(p => p.CohortRegionId).OnDelete(DeleteBehavior.NoAction);
        builder.HasMany(p => p.Goals).WithOne().HasForeignKey(g => g.ActionPlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Versions).WithOne().HasForeignKey(v => v.ActionPlanId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class PlanGoalConfiguration : IEntityTypeConfiguration<PlanGoal>
{
    public void Configure(EntityTypeBuilder<PlanGoal> builder)
    {
        builder.Property(g => g.Title).HasMaxLength(PlanGoal.TitleMaxLength).IsRequired();
        builder.Property(g => g.Description).HasMaxLength(PlanGoal.DescriptionMaxLength).IsRequired();
        builder.Property(g => g.Version).IsConcurrencyToken();
        builder.HasOne<PlanDimension>().WithMany().HasForeignKey(g => g.PlanDimensionId).OnDelete(DeleteBehavior.NoAction);
        builder.HasMany(g => g.Strategies).WithOne().HasForeignKey(s => s.PlanGoalId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class PlanStrategyConfiguration : IEntityTypeConfiguration<PlanStrategy>
{
    public void Configure(EntityTypeBuilder<PlanStrategy> builder)
    {
        builder.Property(s => s.Title).HasMaxLength(PlanStrategy.TitleMaxLength).IsRequired();
        builder.Property(s => s.Description).HasMaxLength(PlanStrategy.DescriptionMaxLength).IsRequired();
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasMany(s => s.Actions).WithOne().HasForeignKey(a => a.PlanStrategyId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class PlanActionConfiguration : IEntityTypeConfiguration<PlanAction>
{
    public void Configure(EntityTypeBuilder<PlanAction> builder)
    {
        builder.Property(a => a.Description).HasMaxLength(PlanAction.DescriptionMaxLength).IsRequired();
        builder.Property(a => a.FundingSource).HasMaxLength(PlanAction.FundingSourceMaxLength).IsRequired();
        builder.Property(a => a.Budget).HasPrecision(14, 2);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasOne<RegionStakeholder>().WithMany().HasForeignKey(a => a.LeadStakeholderId).OnDelete(DeleteBehavior.NoAction);
        builder.HasMany(a => a.Measures).WithOne().HasForeignKey(m => m.PlanActionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Citations).WithOne().HasForeignKey(c => c.PlanActionId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class PlanCitationConfiguration : IEntityTypeConfiguration<PlanCitation>
{
    public void Configure(EntityTypeBuilder<PlanCitation> builder)
    {
        builder.HasIndex(c => new { c.PlanActionId, c.ResearchActivityId, c.PilotId }).IsUnique();
        builder.HasOne<ResearchActivity>().WithMany().HasForeignKey(c => c.ResearchActivityId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Pilot>().WithMany().HasForeignKey(c => c.PilotId).OnDelete(DeleteBehavior.NoAction);
    }
}

public sealed class PlanMeasureConfiguration : IEntityTypeConfiguration<PlanMeasure>
{
    public void Configure(EntityTypeBuilder<PlanMeasure> builder)
    {
        builder.Property(m => m.Indicator).HasMaxLength(PlanMeasure.IndicatorMaxLength).IsRequired();
        builder.Property(m => m.Baseline).HasMaxLength(PlanMeasure.ValueMaxLength).IsRequired();
        builder.Property(m => m.Target).HasMaxLength(PlanMeasure.ValueMaxLength).IsRequired();
        builder.Property(m => m.Version).IsConcurrencyToken();
    }
}

public sealed class PlanVersionConfiguration : IEntityTypeConfiguration<PlanVersion>
{
    public void Configure(EntityTypeBuilder<PlanVersion> builder)
    {
        // The whole plan as JSON: a few hundred kilobytes at most (nvarchar(max) on SQL Server).
        builder.Property(v => v.Snapshot).HasMaxLength(4 * 1024 * 1024).IsRequired();
        builder.Property(v => v.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.SubmittedByUserId).HasMaxLength(IdentityColumnLengths.Key).IsRequired();
        builder.Property(v => v.DecidedByUserId).HasMaxLength(IdentityColumnLengths.Key);
        builder.Property(v => v.DecisionNote).HasMaxLength(PlanVersion.NoteMaxLength).IsRequired();
        // Numbered once: two submits at once make one version (the plan's version refuses the second).
        builder.HasIndex(v => new { v.ActionPlanId, v.Number }).IsUnique();
        builder.HasOne<AppUser>().WithMany().HasForeignKey(v => v.SubmittedByUserId).OnDelete(DeleteBehavior.NoAction);
    }
}

public sealed class PlanCommentConfiguration : IEntityTypeConfiguration<PlanComment>
{
    public void Configure(EntityTypeBuilder<PlanComment> builder)
    {
        builder.Property(c => c.ItemKey).HasMaxLength(PlanComment.ItemKeyMaxLength).IsRequired();
        builder.Property(c => c.Body).HasMaxLength(PlanComment.BodyMaxLength).IsRequired();
        builder.Property(c => c.AuthorUserId).HasMaxLength(IdentityColumnLengths.Key).IsRequired();
        builder.HasIndex(c => new { c.PlanVersionId, c.ItemKey });
        builder.HasOne<PlanVersion>().WithMany().HasForeignKey(c => c.PlanVersionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(c => c.AuthorUserId).OnDelete(DeleteBehavior.NoAction);
    }
}
