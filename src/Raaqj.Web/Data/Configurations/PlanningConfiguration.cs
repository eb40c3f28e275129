using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Domain.Assistance;
using Raaqj.Web.Domain.Cohort;
using Raaqj.Web.Domain.Planning;
using Raaqj.Web.Domain.Proposals;

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

public sealed class RegionStakeholderConfiguration : IEntityTypeConfiguration<RegionStakeholder>
{
    public void Configure(EntityTypeBuilder<RegionStakeholder> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(RegionStakeholder.NameMaxLength).IsRequired();
        builder.Property(s => s.NameKey).HasMaxLength(RegionStakeholder.NameMaxLength * 2).IsRequired();
        builder.Property(s => s.Sector).HasConversion<string>().HasMaxLength(40);
        // Kept as its number: "involved or above" is a comparison in SQL.
        builder.Property(s => s.Ein).HasMaxLength(RegionStakeholder.EinMaxLength);
        builder.Property(s => s.Website).HasMaxLength(RegionStakeholder.WebsiteMaxLength).IsRequired();
        builder.Property(s => s.Domain).HasMaxLength(RegionStakeholder.WebsiteMaxLength);
        builder.Property(s => s.Role).HasMaxLength(RegionStakeholder.RoleMaxLength).IsRequired();
        builder.Property(s => s.Notes).HasMaxLength(RegionStakeholder.NotesMaxLength).IsRequired();
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasIndex(s => new { s.CohortRegionId, s.NameKey });
        builder.HasIndex(s => s.Domain);
        builder.HasIndex(s => s.Ein);
        // A proposal's stakeholder is brought into the map once, however often the button is pressed.
        builder.HasIndex(s => new { s.CohortRegionId, s.ProposalStakeholderId }).IsUnique();
        builder.HasOne<CohortRegion>().WithMany(r => r.Stakeholders).HasForeignKey(s => s.CohortRegionId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Stakeholder>().WithMany().HasForeignKey(s => s.ProposalStakeholderId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<RegionStakeholder>().WithMany().HasForeignKey(s => s.MergedIntoId).OnDelete(DeleteBehavior.NoAction);
        builder.HasMany(s => s.Contacts).WithOne().HasForeignKey(c => c.RegionStakeholderId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.History).WithOne().HasForeignKey(c => c.RegionStakeholderId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class StakeholderContactConfiguration : IEntityTypeConfiguration<StakeholderContact>
{
    public void Configure(EntityTypeBuilder<StakeholderContact> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(StakeholderContact.NameMaxLength).IsRequired();
        builder.Property(c => c.Title).HasMaxLength(StakeholderContact.TitleMaxLength).IsRequired();
        builder.Property(c => c.Email).HasMaxLength(StakeholderContact.EmailMaxLength).IsRequired();
        builder.Property(c => c.EmailKey).HasMaxLength(StakeholderContact.EmailMaxLength);
        builder.Property(c => c.Phone).HasMaxLength(StakeholderContact.PhoneMaxLength).IsRequired();
        builder.HasIndex(c => c.EmailKey);
    }
}

public sealed class EngagementChangeConfiguration : IEntityTypeConfiguration<EngagementChange>
{
    public void Configure(EntityTypeBuilder<EngagementChange> builder)
    {
        builder.Property(c => c.Note).HasMaxLength(EngagementChange.NoteMaxLength).IsRequired();
        builder.Property(c => c.ByUserId).HasMaxLength(IdentityColumnLengths.Key);
        builder.HasIndex(c => new { c.RegionStakeholderId, c.AtUtc });
        builder.HasOne<AppUser>().WithMany().HasForeignKey(c => c.ByUserId).OnDelete(DeleteBehavior.NoAction);
    }
}

public sealed class StakeholderDistinctionConfiguration : IEntityTypeConfiguration<StakeholderDistinction>
{
    public void Configure(EntityTypeBuilder<StakeholderDistinction> builder)
    {
        builder.Property(d => d.DecidedByUserId).HasMaxLength(IdentityColumnLengths.Key).IsRequired();
        builder.HasIndex(d => new { d.FirstId, d.SecondId }).IsUnique();
        builder.HasIndex(d => d.SecondId);
        builder.HasOne<RegionStakeholder>().WithMany().HasForeignKey(d => d.FirstId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<RegionStakeholder>().WithMany().HasForeignKey(d => d.SecondId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(d => d.DecidedByUserId).OnDelete(DeleteBehavior.NoAction);
    }
}

public sealed class StakeholderImportConfiguration : IEntityTypeConfiguration<StakeholderImport>
{
    public void Configure(EntityTypeBuilder<StakeholderImport> builder)
    {
        builder.Property(i => i.FileName).HasMaxLength(StakeholderImport.FileNameMaxLength).IsRequired();
        // The file as uploaded, at most 1 MB of text (nvarchar(max) on SQL Server).
        builder.Property(i => i.Content).HasMaxLength(StakeholderImport.MaxBytes).IsRequired();
        builder.Property(i => i.UploadedByUserId).HasMaxLength(IdentityColumnLengths.Key).IsRequired();
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.HasIndex(i => i.CohortRegionId);
        builder.HasOne<CohortRegion>().WithMany().HasForeignKey(i => i.CohortRegionId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(i => i.UploadedByUserId).OnDelete(DeleteBehavior.NoAction);
    }
}

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

public sealed class ResearchActivityConfiguration : IEntityTypeConfiguration<ResearchActivity>
{
    public void Configure(EntityTypeBuilder<ResearchActivity> builder)
    {
        builder.Property(a => a.Title).HasMaxLength(ResearchActivity.TitleMaxLength).IsRequired();
        builder.Property(a => a.Findings).HasMaxLength(ResearchActivity.FindingsMaxLength).IsRequired();
        builder.Property(a => a.Method).HasConversion<string>().HasMaxLength(30);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasIndex(a => new { a.CohortRegionId, a.HeldOn });
        builder.HasOne<CohortRegion>().WithMany().HasForeignKey(a => a.CohortRegionId).OnDelete(DeleteBehavior.NoAction);
        builder.HasMany(a => a.Populations).WithOne().HasForeignKey(p => p.ResearchActivityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Files).WithOne().HasForeignKey(f => f.ResearchActivityId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ResearchPopulationConfiguration : IEntityTypeConfiguration<ResearchPopulation>
{
    public void Configure(EntityTypeBuilder<ResearchPopulation> builder) =>
        builder.HasIndex(p => new { p.ResearchActivityId, p.Population }).IsUnique();
}

public sealed class ResearchFileConfiguration : IEntityTypeConfiguration<ResearchFile>
{
    public void Configure(EntityTypeBuilder<ResearchFile> builder)
    {
        builder.HasIndex(f => new { f.ResearchActivityId, f.RegionFileId }).IsUnique();
        builder.HasOne<RegionFile>().WithMany().HasForeignKey(f => f.RegionFileId).OnDelete(DeleteBehavior.NoAction);
    }
}

public sealed class PilotConfiguration : IEntityTypeConfiguration<Pilot>
{
    public void Configure(EntityTypeBuilder<Pilot> builder)
    {
        builder.Property(p => p.Title).HasMaxLength(Pilot.TitleMaxLength).IsRequired();
        builder.Property(p => p.Hypothesis).HasMaxLength(Pilot.TextMaxLength).IsRequired();
        builder.Property(p => p.Partners).HasMaxLength(Pilot.TextMaxLength).IsRequired();
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasIndex(p => p.CohortRegionId);
        builder.HasOne<CohortRegion>().WithMany().HasForeignKey(p => p.CohortRegionId).OnDelete(DeleteBehavior.NoAction);
        builder.HasMany(p => p.Dimensions).WithOne().HasForeignKey(d => d.PilotId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Cycles).WithOne().HasForeignKey(c => c.PilotId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class PilotDimensionConfiguration : IEntityTypeConfiguration<PilotDimension>
{
    public void Configure(EntityTypeBuilder<PilotDimension> builder)
    {
        builder.HasIndex(d => new { d.PilotId, d.PlanDimensionId }).IsUnique();
        builder.HasOne<PlanDimension>().WithMany().HasForeignKey(d => d.PlanDimensionId).OnDelete(DeleteBehavior.NoAction);
    }
}

public sealed class PdsaCycleConfiguration : IEntityTypeConfiguration<PdsaCycle>
{
    public void Configure(EntityTypeBuilder<PdsaCycle> builder)
    {
        foreach (var text in new[] { nameof(PdsaCycle.Plan), nameof(PdsaCycle.Do), nameof(PdsaCycle.Study), nameof(PdsaCycle.Act) })
            builder.Property<string>(text).HasMaxLength(PdsaCycle.TextMaxLength).IsRequired();
        // Numbered once a pilot: two people adding a cycle at once, the second is told.
        builder.HasIndex(c => new { c.PilotId, c.Number }).IsUnique();
    }
}
