using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Domain.Proposals;
using Raaqj.Web.Domain.Reviews;
using Raaqj.Web.Domain.Rfp;

namespace Raaqj.Web.Data.Configurations;

public sealed class ReviewConfiguration : IEntityTypeConfiguration<Review>, IEntityTypeConfiguration<ReviewScore>
{
    public void Configure(EntityTypeBuilder<Review> builder)
    {
        builder.Property(r => r.ReviewerUserId).HasMaxLength(IdentityColumnLengths.Key).IsRequired();
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Recommendation).HasConversion<string>().HasMaxLength(40);
        builder.Property(r => r.OverallComment).HasMaxLength(Review.CommentMaxLength).IsRequired();
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasIndex(r => new { r.ProposalId, r.ReviewerUserId }).IsUnique();
        builder.HasOne<Proposal>().WithMany().HasForeignKey(r => r.ProposalId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(r => r.ReviewerUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Scores).WithOne().HasForeignKey(s => s.ReviewId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<ReviewScore> builder)
    {
        builder.Property(s => s.Score).HasPrecision(5, 2);
        builder.Property(s => s.Comment).HasMaxLength(Review.CommentMaxLength).IsRequired();
        builder.HasIndex(s => new { s.ReviewId, s.CriterionId }).IsUnique();
        // A criterion in use by reviews cannot be deleted (and published criteria are frozen anyway).
        builder.HasOne<SelectionCriterion>().WithMany().HasForeignKey(s => s.CriterionId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class DiscussionCommentConfiguration : IEntityTypeConfiguration<DiscussionComment>
{
    public void Configure(EntityTypeBuilder<DiscussionComment> builder)
    {
        builder.Property(c => c.AuthorUserId).HasMaxLength(IdentityColumnLengths.Key).IsRequired();
        builder.Property(c => c.Body).HasMaxLength(DiscussionComment.BodyMaxLength).IsRequired();
        builder.HasIndex(c => new { c.ProposalId, c.PostedAtUtc });
        builder.HasOne<Proposal>().WithMany().HasForeignKey(c => c.ProposalId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(c => c.AuthorUserId).OnDelete(DeleteBehavior.Restrict);
    }
}
