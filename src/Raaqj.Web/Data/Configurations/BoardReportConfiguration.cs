using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Raaqj.Web.Domain.Impact;
using Raaqj.Web.Domain.Timeline;

namespace Raaqj.Web.Data.Configurations;

public sealed class BoardReportIntroductionConfiguration : IEntityTypeConfiguration<BoardReportIntroduction>
{
    public void Configure(EntityTypeBuilder<BoardReportIntroduction> builder)
    {
        builder.Property(i => i.Text).HasMaxLength(BoardReportIntroduction.TextMaxLength).IsRequired();
        builder.Property(i => i.UpdatedByUserId).HasMaxLength(IdentityColumnLengths.Key).IsRequired();
        builder.Property(i => i.Version).IsConcurrencyToken();
        // One a program: two first saves at once make one row, the second told of the first.
        builder.HasIndex(i => i.ProgramEditionId).IsUnique();
        builder.HasOne<ProgramEdition>().WithMany().HasForeignKey(i => i.ProgramEditionId).OnDelete(DeleteBehavior.Cascade);
    }
}
