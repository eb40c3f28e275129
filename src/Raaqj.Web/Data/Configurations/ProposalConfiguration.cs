using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Raaqj.Web.Domain.Organizations;
using Raaqj.Web.Domain.Proposals;
using Raaqj.Web.Domain.Rfp;

namespace Raaqj.Web.Data.Configurations;

public sealed class ProposalConfiguration : IEntityTypeConfiguration<Proposal>
{
    public const int MoneyPrecision = 18;
    public const int MoneyScale = 2;

    public void Configure(EntityTypeBuilder<Proposal> builder)
    {
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.ReceiptNumber).HasMaxLength(Proposal.ReceiptNumberMaxLength);
        builder.Property(p => p.SubmittedByUserId).HasMaxLength(IdentityColumnLengths.Key);
        builder.Property(p => p.RegionName).HasMaxLength(Proposal.RegionNameMaxLength).IsRequired();
        builder.Property(p => p.PermanentEvidence).HasMaxLength(Proposal.EvidenceMaxLength).IsRequired();
        builder.Property(p => p.PlaceBasedEvidence).HasMaxLength(Proposal.EvidenceMaxLength).IsRequired();
        builder.Property(p => p.ConvenedEvidence).HasMaxLength(Proposal.EvidenceMaxLength).IsRequired();
        builder.Property(p => p.Strategy).HasMaxLength(WordLimits.StrategyMaxLength).IsRequired();
        builder.Property(p => p.JobQualityRationale).HasMaxLength(WordLimits.RationaleMaxLength).IsRequired();
        builder.Property(p => p.FundraisingNarrative).HasMaxLength(WordLimits.NarrativeMaxLength).IsRequired();
        builder.Property(p => p.AmountRequested).HasPrecision(MoneyPrecision, MoneyScale);
        builder.Property(p => p.TotalBudget).HasPrecision(MoneyPrecision, MoneyScale);
        foreach (var version in new[] { nameof(Proposal.RegionVersion), nameof(Proposal.StrategyVersion), nameof(Proposal.PopulationsVersion),
                     nameof(Proposal.StakeholdersVersion), nameof(Proposal.PartnershipsVersion), nameof(Proposal.JobQualityVersion), nameof(Proposal.FundraisingVersion) })
            builder.Property(version).IsConcurrencyToken();
        // A status change and an attachment each check what they read: two at once cannot both pass (a double submit, parallel uploads past the limit).
        builder.Property(p => p.Status).IsConcurrencyToken();
        builder.Property(p => p.AttachmentBytes).IsConcurrencyToken();

        // One proposal per organization and round; receipt numbers are unique where given.
        builder.HasIndex(p => new { p.RequestForActionId, p.OrganizationId }).IsUnique();
        builder.HasIndex(p => p.ReceiptNumber).IsUnique();
        builder.HasIndex(p => new { p.RequestForActionId, p.Status });
        builder.HasIndex(p => new { p.RequestForActionId, p.SubmittedAtUtc });
        builder.HasOne<RequestForAction>().WithMany().HasForeignKey(p => p.RequestForActionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organization>().WithMany().HasForeignKey(p => p.OrganizationId).OnDelete(DeleteBehavior.Restrict);

        builder.HasMany(p => p.Counties).WithOne().HasForeignKey(c => c.ProposalId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.PopulationFigures).WithOne().HasForeignKey(f => f.ProposalId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Stakeholders).WithOne().HasForeignKey(s => s.ProposalId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Partnerships).WithOne().HasForeignKey(s => s.ProposalId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.MatchCommitments).WithOne().HasForeignKey(m => m.ProposalId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Attachments).WithOne().HasForeignKey(a => a.ProposalId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(p => p.IsEditable);
        builder.Ignore(p => p.CommittedMatch);
        builder.Ignore(p => p.PendingMatch);
        builder.Ignore(p => p.TotalMatch);
        builder.Ignore(p => p.MatchRatio);
    }
}

public sealed class ProposalPartsConfiguration :
    IEntityTypeConfiguration<ProposalCounty>, IEntityTypeConfiguration<PopulationFigure>, IEntityTypeConfiguration<Stakeholder>,
    IEntityTypeConfiguration<PastPartnership>, IEntityTypeConfiguration<MatchCommitment>
{
    public void Configure(EntityTypeBuilder<ProposalCounty> builder)
    {
        builder.Property(c => c.Fips).HasMaxLength(5).IsFixedLength().IsRequired();
        builder.Property(c => c.StateCode).HasMaxLength(2).IsFixedLength().IsRequired();
        builder.HasIndex(c => new { c.ProposalId, c.Fips }).IsUnique();
        builder.HasIndex(c => c.StateCode);
    }

    public void Configure(EntityTypeBuilder<PopulationFigure> builder)
    {
        builder.Property(f => f.Population).HasConversion<string>().HasMaxLength(40);
        builder.Property(f => f.SharePercent).HasPrecision(5, 2);
        builder.Property(f => f.Source).HasMaxLength(PopulationFigure.SourceMaxLength).IsRequired();
        builder.HasIndex(f => new { f.ProposalId, f.Population }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<Stakeholder> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(Stakeholder.NameMaxLength).IsRequired();
        builder.Property(s => s.Sector).HasConversion<string>().HasMaxLength(40);
        builder.Property(s => s.Role).HasMaxLength(Stakeholder.RoleMaxLength).IsRequired();
    }

    public void Configure(EntityTypeBuilder<PastPartnership> builder)
    {
        builder.Property(p => p.Partner).HasMaxLength(PastPartnership.PartnerMaxLength).IsRequired();
        builder.Property(p => p.Achievements).HasMaxLength(PastPartnership.AchievementsMaxLength).IsRequired();
    }

    public void Configure(EntityTypeBuilder<MatchCommitment> builder)
    {
        builder.Property(m => m.Source).HasMaxLength(MatchCommitment.SourceMaxLength).IsRequired();
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Amount).HasPrecision(ProposalConfiguration.MoneyPrecision, ProposalConfiguration.MoneyScale);
    }
}
