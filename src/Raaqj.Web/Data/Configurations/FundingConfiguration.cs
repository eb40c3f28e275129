using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Raaqj.Web.Domain.Cohort;
using Raaqj.Web.Domain.Funding;
using Raaqj.Web.Domain.Proposals;
using Raaqj.Web.Domain.Timeline;

namespace Raaqj.Web.Data.Configurations;

public sealed class FunderConfiguration : IEntityTypeConfiguration<Funder>
{
    public void Configure(EntityTypeBuilder<Funder> builder)
    {
        builder.Property(f => f.Name).HasMaxLength(Funder.NameMaxLength).IsRequired();
        builder.Property(f => f.Kind).HasConversion<string>().HasMaxLength(20);
        // Kept as its number: the pipeline sorts by stage.
        builder.Property(f => f.AskAmount).HasPrecision(ProposalConfiguration.MoneyPrecision, ProposalConfiguration.MoneyScale);
        builder.Property(f => f.ContactName).HasMaxLength(Funder.ContactMaxLength);
        builder.Property(f => f.ContactEmail).HasMaxLength(Funder.EmailMaxLength);
        builder.Property(f => f.NextStep).HasMaxLength(Funder.NextStepMaxLength);
        builder.Property(f => f.Notes).HasMaxLength(Funder.NotesMaxLength);
        builder.Property(f => f.Version).IsConcurrencyToken();
        builder.HasIndex(f => new { f.ProgramEditionId, f.Stage });
        builder.HasIndex(f => new { f.ProgramEditionId, f.Name });
        builder.HasOne<ProgramEdition>().WithMany().HasForeignKey(f => f.ProgramEditionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(f => f.Pledges).WithOne().HasForeignKey(p => p.FunderId).OnDelete(DeleteBehavior.Cascade);
        // Not cascaded: a funder would reach its payments by two paths (directly and through its pledges).
        builder.HasMany(f => f.Payments).WithOne().HasForeignKey(p => p.FunderId).OnDelete(DeleteBehavior.NoAction);
    }
}

public sealed class PledgeConfiguration : IEntityTypeConfiguration<Pledge>
{
    public void Configure(EntityTypeBuilder<Pledge> builder)
    {
        builder.Property(p => p.Amount).HasPrecision(ProposalConfiguration.MoneyPrecision, ProposalConfiguration.MoneyScale);
        builder.Property(p => p.Restriction).HasMaxLength(Pledge.RestrictionMaxLength);
        builder.Property(p => p.Note).HasMaxLength(Pledge.NoteMaxLength);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.RecordedByUserId).HasMaxLength(IdentityColumnLengths.Key).IsRequired();
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasIndex(p => p.FormKey).IsUnique();
        builder.HasMany(p => p.Installments).WithOne().HasForeignKey(i => i.PledgeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany<Payment>().WithOne().HasForeignKey(p => p.PledgeId).OnDelete(DeleteBehavior.NoAction);
    }
}

public sealed class PledgeInstallmentConfiguration : IEntityTypeConfiguration<PledgeInstallment>
{
    public void Configure(EntityTypeBuilder<PledgeInstallment> builder)
    {
        builder.Property(i => i.Amount).HasPrecision(ProposalConfiguration.MoneyPrecision, ProposalConfiguration.MoneyScale);
        builder.HasIndex(i => new { i.PledgeId, i.DueOn });
    }
}

public sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> builder)
    {
        builder.Property(p => p.Amount).HasPrecision(ProposalConfiguration.MoneyPrecision, ProposalConfiguration.MoneyScale);
        builder.Property(p => p.Reference).HasMaxLength(Payment.ReferenceMaxLength);
        builder.Property(p => p.RecordedByUserId).HasMaxLength(IdentityColumnLengths.Key).IsRequired();
        builder.HasIndex(p => p.FormKey).IsUnique();
        builder.HasIndex(p => new { p.FunderId, p.ReceivedOn });
    }
}

public sealed class MatchEntryConfiguration : IEntityTypeConfiguration<MatchEntry>
{
    public void Configure(EntityTypeBuilder<MatchEntry> builder)
    {
        builder.Property(m => m.Contributor).HasMaxLength(MatchEntry.ContributorMaxLength).IsRequired();
        builder.Property(m => m.Source).HasConversion<string>().HasMaxLength(30);
        builder.Property(m => m.Form).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Amount).HasPrecision(ProposalConfiguration.MoneyPrecision, ProposalConfiguration.MoneyScale);
        builder.Property(m => m.Note).HasMaxLength(MatchEntry.NoteMaxLength);
        builder.Property(m => m.VerifiedByUserId).HasMaxLength(IdentityColumnLengths.Key);
        builder.Property(m => m.VerificationNote).HasMaxLength(MatchEntry.NoteMaxLength);
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.HasIndex(m => m.FormKey).IsUnique();
        // A proposal's commitment is brought into the ledger once, however often the button is pressed.
        builder.HasIndex(m => new { m.CohortRegionId, m.MatchCommitmentId }).IsUnique();
        builder.HasOne<CohortRegion>().WithMany(r => r.MatchEntries).HasForeignKey(m => m.CohortRegionId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<MatchCommitment>().WithMany().HasForeignKey(m => m.MatchCommitmentId).OnDelete(DeleteBehavior.NoAction);
        builder.HasMany(m => m.Evidence).WithOne().HasForeignKey(e => e.MatchEntryId).OnDelete(DeleteBehavior.Cascade);
    }
}
