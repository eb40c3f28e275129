using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Domain.Proposals;
using Raaqj.Web.Domain.Reviews;

namespace Raaqj.Web.Data.Configurations;

public sealed class ReviewAssignmentConfiguration : IEntityTypeConfiguration<ReviewAssignment>, IEntityTypeConfiguration<ConflictDeclaration>
{
    public void Configure(EntityTypeBuilder<ReviewAssignment> builder)
    {
        builder.Property(a => a.ReviewerUserId).HasMaxLength(IdentityColumnLengths.Key).IsRequired();
        builder.Property(a => a.AssignedByUserId).HasMaxLength(IdentityColumnLengths.Key).IsRequired();
        builder.HasIndex(a => new { a.ProposalId, a.ReviewerUserId }).IsUnique();
        builder.HasIndex(a => a.ReviewerUserId);
        builder.HasOne<Proposal>().WithMany().HasForeignKey(a => a.ProposalId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(a => a.ReviewerUserId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<ConflictDeclaration> builder)
    {
        builder.Property(c => c.ReviewerUserId).HasMaxLength(IdentityColumnLengths.Key).IsRequired();
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.Note).HasMaxLength(ConflictDeclaration.NoteMaxLength).IsRequired();
        builder.HasIndex(c => new { c.ProposalId, c.ReviewerUserId }).IsUnique();
        builder.HasOne<Proposal>().WithMany().HasForeignKey(c => c.ProposalId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(c => c.ReviewerUserId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(c => c.IsConflict);
    }
}
