using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Domain.Proposals;
using Raaqj.Web.Domain.Rfp;
using Raaqj.Web.Domain.Selection;

namespace Raaqj.Web.Data.Configurations;

public sealed class SelectionConfiguration : IEntityTypeConfiguration<SelectionDecision>
{
    public void Configure(EntityTypeBuilder<SelectionDecision> builder)
    {
        builder.Property(d => d.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.ReleasedOutcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Rationale).HasMaxLength(SelectionDecision.RationaleMaxLength).IsRequired();
        builder.Property(d => d.Feedback).HasMaxLength(SelectionDecision.FeedbackMaxLength).IsRequired();
        builder.Property(d => d.ReleasedFeedback).HasMaxLength(SelectionDecision.FeedbackMaxLength).IsRequired();
        builder.Property(d => d.DecidedByUserId).HasMaxLength(IdentityColumnLengths.Key);
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.Ignore(d => d.IsReleased);
        builder.Ignore(d => d.HasUnreleasedChange);
        builder.HasIndex(d => d.ProposalId).IsUnique();
        builder.HasIndex(d => d.RequestForActionId);
        builder.HasOne<Proposal>().WithMany().HasForeignKey(d => d.ProposalId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<RequestForAction>().WithMany().HasForeignKey(d => d.RequestForActionId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(d => d.DecidedByUserId).OnDelete(DeleteBehavior.NoAction);
    }
}
