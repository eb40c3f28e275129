using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Raaqj.Web.Domain.Assistance;
using Raaqj.Web.Domain.Cohort;
using Raaqj.Web.Domain.Documents;
using Raaqj.Web.Domain.Proposals;
using Raaqj.Web.Domain.Timeline;

namespace Raaqj.Web.Data.Configurations;

// Every uploaded file in one table, its Kind naming the record that owns it: one download endpoint can find any
// file by its id and ask that record who may have it.
public sealed class DocumentConfiguration : IEntityTypeConfiguration<Document>
{
    public const string KindColumn = "Kind";

    public void Configure(EntityTypeBuilder<Document> builder)
    {
        builder.ToTable("Documents");
        builder.HasDiscriminator<string>(KindColumn)
            .HasValue<ProposalAttachment>("proposal")
            .HasValue<MilestoneEvidence>("milestone")
            .HasValue<RegionFileVersion>("region-file")
            .HasValue<TaMessageFile>("ta-message")
            .HasValue<Domain.Community.CommunityResourceFile>("community-resource")
            .HasValue<Domain.Funding.MatchEvidence>("match-evidence")
            .HasValue<Domain.Reporting.ReportEvidence>("report-evidence");
        builder.Property(KindColumn).HasMaxLength(20);
        builder.Property(a => a.FileName).HasMaxLength(Document.FileNameMaxLength).IsRequired();
        builder.Property(a => a.StoredName).HasMaxLength(64).IsRequired();
        builder.Property(a => a.ContentType).HasMaxLength(100).IsRequired();
        builder.Property(a => a.Sha256).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.Property(a => a.Description).HasMaxLength(Document.DescriptionMaxLength).IsRequired();
        builder.Property(a => a.UploadedByUserId).HasMaxLength(IdentityColumnLengths.Key).IsRequired();
        builder.HasIndex(a => a.StoredName).IsUnique();
    }
}

// A version number is given once per file, however many uploads arrive at once.
public sealed class RegionFileVersionConfiguration : IEntityTypeConfiguration<RegionFileVersion>
{
    public void Configure(EntityTypeBuilder<RegionFileVersion> builder) =>
        builder.HasIndex(v => new { v.RegionFileId, v.Number }).IsUnique();
}
